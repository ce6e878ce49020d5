import { describe, expect, it } from 'vitest';
import type { Classification } from '@ctcp/shared';
import {
  cssString,
  firstDeclassificationDay,
  isBelowFloor,
  isDeclassificationDay,
  lowerMarkings,
  markingTargets,
  recordMarkingTargets,
} from './marking';

const CLASSIFICATIONS_IN_ORDER = ['UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'];

describe('markingTargets', () => {
  it('offers higher markings to those who may raise, lower ones (and the same, for its day) to those who may lower', () => {
    expect(markingTargets('UNCLASSIFIED', { mayRaise: true, mayLower: false })).toEqual([
      'CONFIDENTIAL',
      'STRICTLY_CONFIDENTIAL',
    ]);
    expect(markingTargets('CONFIDENTIAL', { mayRaise: true, mayLower: false })).toEqual(['STRICTLY_CONFIDENTIAL']);
    expect(markingTargets('STRICTLY_CONFIDENTIAL', { mayRaise: false, mayLower: true })).toEqual([
      'UNCLASSIFIED',
      'CONFIDENTIAL',
      'STRICTLY_CONFIDENTIAL',
    ]);
    expect(markingTargets('CONFIDENTIAL', { mayRaise: true, mayLower: true })).toEqual(CLASSIFICATIONS_IN_ORDER);
    // Nothing to keep or lower on an unclassified thread.
    expect(markingTargets('UNCLASSIFIED', { mayRaise: false, mayLower: true })).toEqual([]);
    expect(markingTargets('CONFIDENTIAL', { mayRaise: false, mayLower: false })).toEqual([]);
  });
});

describe('recordMarkingTargets', () => {
  const marked = (classification: Classification, mayRaise: boolean, mayLower: boolean) => ({
    classification,
    viewerCanRaiseClassification: mayRaise,
    viewerCanLowerClassification: mayLower,
  });

  it('offers a request or a project the markings the viewer may give it, the same one to those who may lower it', () => {
    expect(recordMarkingTargets(marked('UNCLASSIFIED', true, false))).toEqual([
      'CONFIDENTIAL',
      'STRICTLY_CONFIDENTIAL',
    ]);
    expect(recordMarkingTargets(marked('CONFIDENTIAL', true, true))).toEqual(CLASSIFICATIONS_IN_ORDER);
    // Keeping the marking, to set the day it drops: for those who may lower it.
    expect(recordMarkingTargets(marked('STRICTLY_CONFIDENTIAL', false, true))).toEqual(CLASSIFICATIONS_IN_ORDER);
    expect(recordMarkingTargets(marked('CONFIDENTIAL', true, false))).toEqual(['STRICTLY_CONFIDENTIAL']);
    expect(recordMarkingTargets(marked('UNCLASSIFIED', false, true))).toEqual([]);
    expect(recordMarkingTargets(marked('CONFIDENTIAL', false, false))).toEqual([]);
  });
});

describe('lowerMarkings', () => {
  it('lists what a marking may drop to, the nearest first', () => {
    expect(lowerMarkings('STRICTLY_CONFIDENTIAL')).toEqual(['CONFIDENTIAL', 'UNCLASSIFIED']);
    expect(lowerMarkings('CONFIDENTIAL')).toEqual(['UNCLASSIFIED']);
    expect(lowerMarkings('UNCLASSIFIED')).toEqual([]);
  });

  it('lists none below the floor of a thread’s workspace', () => {
    expect(lowerMarkings('STRICTLY_CONFIDENTIAL', 'CONFIDENTIAL')).toEqual(['CONFIDENTIAL']);
    expect(lowerMarkings('CONFIDENTIAL', 'CONFIDENTIAL')).toEqual([]);
    expect(lowerMarkings('STRICTLY_CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')).toEqual([]);
  });
});

describe('isBelowFloor', () => {
  it('tells the markings a thread of the workspace may not carry', () => {
    expect(isBelowFloor('UNCLASSIFIED', 'CONFIDENTIAL')).toBe(true);
    expect(isBelowFloor('CONFIDENTIAL', 'CONFIDENTIAL')).toBe(false);
    expect(isBelowFloor('STRICTLY_CONFIDENTIAL', 'UNCLASSIFIED')).toBe(false);
  });
});

describe('declassification days', () => {
  it('are calendar days after today, in UTC as the api counts them', () => {
    const now = new Date('2030-06-30T23:30:00Z');
    expect(firstDeclassificationDay(now)).toBe('2030-07-01');
    expect(isDeclassificationDay('2030-07-01', now)).toBe(true);
    expect(isDeclassificationDay('2030-06-30', now)).toBe(false);
    expect(isDeclassificationDay('', now)).toBe(false);
    expect(isDeclassificationDay('2030-13-45', now)).toBe(false);
  });
});

describe('cssString', () => {
  it('quotes text for a CSS content property', () => {
    expect(cssString('STRICTLY CONFIDENTIAL')).toBe('"STRICTLY CONFIDENTIAL"');
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
  });
});

import { describe, expect, it } from 'vitest';
import { allowedMoves, moveNeedsNote } from './status';

describe('moveNeedsNote', () => {
  it('asks for a note when declining and for every move back', () => {
    expect(moveNeedsNote('SUBMITTED', 'DECLINED')).toBe(true);
    expect(moveNeedsNote('MATCHED', 'UNDER_REVIEW')).toBe(true);
    expect(moveNeedsNote('DECLINED', 'UNDER_REVIEW')).toBe(true);
    expect(moveNeedsNote('DELIVERED', 'IN_PROGRESS')).toBe(true);
  });

  it('leaves the note optional when the request moves on', () => {
    expect(moveNeedsNote('SUBMITTED', 'UNDER_REVIEW')).toBe(false);
    expect(moveNeedsNote('MATCHED', 'IN_PROGRESS')).toBe(false);
    expect(moveNeedsNote('UNDER_REVIEW', 'WITHDRAWN')).toBe(false);
  });
});

describe('allowedMoves', () => {
  it('adds MATCHED for those who may match, in the order of the workflow', () => {
    expect(
      allowedMoves({ status: 'UNDER_REVIEW', viewerTransitions: ['WITHDRAWN', 'DECLINED'], viewerCanMatch: true }),
    ).toEqual(['MATCHED', 'DECLINED', 'WITHDRAWN']);
  });

  it('does not offer to match again a request that is matched', () => {
    expect(
      allowedMoves({ status: 'MATCHED', viewerTransitions: ['UNDER_REVIEW', 'IN_PROGRESS'], viewerCanMatch: true }),
    ).toEqual(['UNDER_REVIEW', 'IN_PROGRESS']);
  });

  it('is empty for those who may only read', () => {
    expect(allowedMoves({ status: 'SUBMITTED', viewerTransitions: [], viewerCanMatch: false })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentionQuery, insertMention } from './mentions';

describe('findMentionQuery', () => {
  it('finds "@" and letters typed right before the caret', () => {
    expect(findMentionQuery('Hello @ing', 10)).toEqual({ start: 6, query: 'ing' });
    expect(findMentionQuery('@Ma', 3)).toEqual({ start: 0, query: 'Ma' });
    expect(findMentionQuery('(@amina', 7)).toEqual({ start: 1, query: 'amina' });
  });

  it('follows a whole address being typed', () => {
    expect(findMentionQuery('cc @member@inter', 16)).toEqual({ start: 3, query: 'member@inter' });
  });

  it('ignores addresses, a bare "@", digits first, and text after the caret', () => {
    expect(findMentionQuery('write to me@host', 16)).toBeNull();
    expect(findMentionQuery('at @', 4)).toBeNull();
    expect(findMentionQuery('room @12', 8)).toBeNull();
    expect(findMentionQuery('@ing and more', 13)).toBeNull();
    expect(findMentionQuery('@ing and more', 4)).toEqual({ start: 0, query: 'ing' });
  });
});

describe('insertMention', () => {
  it('replaces the query with the address and one space, and puts the caret after it', () => {
    const text = 'Hi @ing, see this';
    expect(insertMention(text, 7, { start: 3, query: 'ing' }, 'ingrid@unodc.example')).toEqual({
      text: 'Hi @ingrid@unodc.example , see this',
      caret: 25,
    });
    expect(insertMention('Hi @ing more', 7, { start: 3, query: 'ing' }, 'a@b.org')).toEqual({
      text: 'Hi @a@b.org more',
      caret: 12,
    });
  });
});

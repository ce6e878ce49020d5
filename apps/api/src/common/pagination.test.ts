import { describe, expect, it } from 'vitest';
import { readPage, toConnection } from './pagination.js';

describe('pagination', () => {
  it('clamps `first` to 100 and defaults to 20', () => {
    expect(readPage({ first: 5000 })).toEqual({ offset: 0, limit: 100 });
    expect(readPage({})).toEqual({ offset: 0, limit: 20 });
  });

  it('continues after the end cursor of the previous page', () => {
    const first = toConnection(['a', 'b'], 5, readPage({ first: 2 }));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = readPage({ first: 2, after: first.pageInfo.endCursor });
    expect(next).toEqual({ offset: 2, limit: 2 });
    const last = toConnection(
      ['e'],
      5,
      readPage({ first: 2, after: toConnection(['c', 'd'], 5, next).pageInfo.endCursor }),
    );
    expect(last.pageInfo).toMatchObject({ hasNextPage: false });
  });

  it('rejects malformed cursors and negative sizes', () => {
    expect(() => readPage({ after: 'bm9wZQ' })).toThrow(/cursor/);
    expect(() => readPage({ first: -1 })).toThrow(/negative/);
  });
});

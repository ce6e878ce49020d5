import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReferenceRows } from './reference-rows.js';

interface Row {
  id: string;
  name: string;
}

/** A table in memory, and every read the rows made of it. */
function table(rows: Row[]) {
  const reads: string[][] = [];
  const read = async (ids: string[]) => {
    reads.push(ids);
    return rows.filter((row) => ids.includes(row.id)).map((row) => ({ ...row }));
  };
  return { rows, reads, read };
}

afterEach(() => vi.useRealTimers());

describe('ReferenceRows', () => {
  it('answers in the order asked, undefined where there is no row, reading each missing row once per batch', async () => {
    const source = table([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ]);
    const kept = new ReferenceRows(source.read, 30_000);
    expect((await kept.byIds(['b', 'x', 'a', 'b'])).map((row) => row?.name)).toEqual(['B', undefined, 'A', 'B']);
    expect(await kept.byIds(['a', 'b'])).toEqual([source.rows[0], source.rows[1]]);
    expect(source.reads).toEqual([['b', 'x', 'a']]);
  });

  it('reads a row again once it has been kept for its time, or forgotten, and drops one that is gone', async () => {
    vi.useFakeTimers();
    const source = table([{ id: 'a', name: 'A' }]);
    const kept = new ReferenceRows(source.read, 30_000);
    await kept.byIds(['a']);
    source.rows[0].name = 'A, corrected';
    vi.advanceTimersByTime(29_999);
    expect((await kept.byIds(['a']))[0]?.name).toBe('A');
    vi.advanceTimersByTime(1);
    expect((await kept.byIds(['a']))[0]?.name).toBe('A, corrected');
    source.rows[0].name = 'A, corrected again';
    kept.forget('a');
    expect((await kept.byIds(['a']))[0]?.name).toBe('A, corrected again');
    source.rows.pop();
    vi.advanceTimersByTime(30_000);
    expect(await kept.byIds(['a'])).toEqual([undefined]);
    expect(source.reads).toHaveLength(4);
  });

  it('answers what it found kept, though another call reads it again or forgets it meanwhile', async () => {
    vi.useFakeTimers();
    const rows = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ];
    const pending: ((rows: Row[]) => void)[] = [];
    const kept = new ReferenceRows(
      (ids: string[]) =>
        new Promise<Row[]>((resolve) => pending.push(() => resolve(rows.filter((row) => ids.includes(row.id))))),
      30_000,
    );
    const first = kept.byIds(['a']);
    pending.shift()!([]);
    await first;
    // 'a' is kept; this call waits for 'b'...
    const waiting = kept.byIds(['a', 'b']);
    // ...while 'a' expires and another call reads it again, and a correction forgets it.
    vi.advanceTimersByTime(30_000);
    const again = kept.byIds(['a']);
    kept.forget('a');
    pending.shift()!([]);
    expect((await waiting).map((row) => row?.name)).toEqual(['A', 'B']);
    pending.shift()!([]);
    expect((await again).map((row) => row?.name)).toEqual(['A']);
    // That read began before the correction: what it read is not kept.
    void kept.byIds(['a']);
    expect(pending).toHaveLength(1);
  });

  it('hands out frozen rows, shared by every request', async () => {
    const kept = new ReferenceRows(table([{ id: 'a', name: 'A' }]).read, 30_000);
    const [row] = await kept.byIds(['a']);
    expect(() => Object.assign(row!, { name: 'changed' })).toThrow(TypeError);
  });
});

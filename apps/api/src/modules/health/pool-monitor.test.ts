import pino from 'pino';
import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PoolMonitor } from './pool-monitor.js';

/** A data source whose pool reports what the test sets. */
function fakePool() {
  const pool = { totalCount: 10, idleCount: 0, waitingCount: 0, options: { max: 10 } };
  return { pool, dataSource: { driver: { master: pool } } as unknown as DataSource };
}

describe('PoolMonitor', () => {
  let lines: { level: number; msg: string; saturatedForMs?: number }[];
  let monitor: PoolMonitor;
  let pool: ReturnType<typeof fakePool>['pool'];

  beforeEach(() => {
    vi.useFakeTimers();
    lines = [];
    const fake = fakePool();
    pool = fake.pool;
    monitor = new PoolMonitor(fake.dataSource, pino({}, { write: (line: string) => lines.push(JSON.parse(line)) }));
    monitor.onModuleInit();
  });
  afterEach(() => {
    monitor.onModuleDestroy();
    vi.useRealTimers();
  });

  it('says nothing of a short burst of waiting requests', () => {
    pool.waitingCount = 3;
    vi.advanceTimersByTime(3000);
    pool.waitingCount = 0;
    vi.advanceTimersByTime(3000);
    expect(lines).toEqual([]);
  });

  it('warns when requests keep waiting, at most every 30 s, and says when it ends', () => {
    pool.waitingCount = 3;
    vi.advanceTimersByTime(6000);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        msg: expect.stringContaining('database pool saturated'),
        saturatedForMs: 5000,
      }),
    ]);
    vi.advanceTimersByTime(20_000);
    expect(lines).toHaveLength(1);
    vi.advanceTimersByTime(15_000);
    expect(lines).toHaveLength(2);
    pool.waitingCount = 0;
    vi.advanceTimersByTime(1000);
    expect(lines.at(-1)).toMatchObject({ level: 30, msg: 'database pool no longer saturated' });
  });
});

import { randomUUID } from 'node:crypto';
import { DataSource, type QueryRunner } from 'typeorm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PREPARED_PER_CONNECTION } from '../src/database/prepared-statements.js';
import { type TestApp, startTestApp } from './harness.js';

let api: TestApp;
let runner: QueryRunner;

beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

// One connection of the api's pool, held for the test: prepared statements belong to their connection.
beforeEach(async () => {
  runner = api.app.get(DataSource).createQueryRunner();
  await runner.connect();
});
afterEach(() => runner.release());

/** A word no other statement holds, to find a test's own statements among the connection's. */
const uniqueMarker = () => `m${randomUUID().replaceAll('-', '')}`;

/** The statements prepared on the held connection whose text contains `marker`. */
async function preparedWith(marker: string): Promise<{ name: string; statement: string }[]> {
  return runner.query(`SELECT name, statement FROM pg_prepared_statements WHERE strpos(statement, $1) > 0`, [marker]);
}

describe('statements the api repeats', () => {
  it('are prepared once on the connection after a few runs, and answer each run with its own values', async () => {
    const marker = uniqueMarker();
    const text = `SELECT $1::int * 2 AS doubled, '${marker}' AS marker`;
    const answers = [];
    for (let n = 1; n <= 6; n++) answers.push((await runner.query(text, [n]))[0].doubled);
    expect(answers).toEqual([2, 4, 6, 8, 10, 12]);
    const prepared = await preparedWith(marker);
    expect(prepared).toEqual([{ name: expect.stringMatching(/^ctcp_/), statement: text }]);
  });

  it('are not prepared when they run once, or when they have no parameters', async () => {
    const once = uniqueMarker();
    await runner.query(`SELECT $1::text AS once, '${once}'`, ['x']);
    const bare = uniqueMarker();
    for (let n = 0; n < 5; n++) await runner.query(`SELECT '${bare}' AS bare`);
    expect(await preparedWith(once)).toEqual([]);
    expect(await preparedWith(bare)).toEqual([]);
  });

  it('that fail keep failing with their own error, not with a missing prepared statement', async () => {
    const marker = uniqueMarker();
    const text = `SELECT $1::int FROM no_such_table_${marker}`;
    for (let n = 0; n < 6; n++)
      await expect(runner.query(text, [n])).rejects.toThrow(`relation "no_such_table_${marker}" does not exist`);
  });

  it('are not prepared when the pool is told not to', async () => {
    const unprepared = await startTestApp({
      databasePool: { size: 2, timeoutMs: 10_000, statementTimeoutMs: 30_000, preparedStatements: false },
    });
    try {
      const connection = unprepared.app.get(DataSource).createQueryRunner();
      await connection.connect();
      try {
        for (let n = 0; n < 6; n++) await connection.query(`SELECT $1::int AS n`, [n]);
        expect(await connection.query(`SELECT name FROM pg_prepared_statements`)).toEqual([]);
      } finally {
        await connection.release();
      }
    } finally {
      await unprepared.close();
    }
  });

  it('are prepared no more than the cap on one connection, and the others still run', async () => {
    const marker = uniqueMarker();
    const texts = Array.from(
      { length: PREPARED_PER_CONNECTION + 20 },
      (_, i) => `SELECT $1::int + ${i} AS n, '${marker}'`,
    );
    for (let run = 0; run < 5; run++) {
      for (const [i, text] of texts.entries()) expect((await runner.query(text, [run]))[0].n).toBe(run + i);
    }
    const prepared = await runner.query(`SELECT count(*)::int AS count FROM pg_prepared_statements`);
    expect(prepared[0].count).toBeLessThanOrEqual(PREPARED_PER_CONNECTION);
    expect((await preparedWith(marker)).length).toBeGreaterThan(0);
  });
});

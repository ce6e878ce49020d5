import { DataSource, type Repository } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/modules/users/user.entity.js';
import { type TestApp, startTestApp } from './harness.js';

let api: TestApp;
let dataSource: DataSource;
let users: Repository<User>;

const backendOf = async (runner: { query(sql: string): Promise<{ pid: number }[]> }) =>
  (await runner.query('SELECT pg_backend_pid() AS pid'))[0].pid;

beforeAll(async () => {
  api = await startTestApp();
  dataSource = api.app.get(DataSource);
  users = dataSource.getRepository(User);
});
afterAll(() => api.close());

describe('queries inside a transaction', () => {
  it('go through its connection from the repositories and the data source, without passing the manager', async () => {
    await dataSource.transaction(async (manager) => {
      const own = await backendOf(manager);
      expect(await backendOf(users)).toBe(own);
      expect(await backendOf(dataSource.manager)).toBe(own);
      expect(await users.createQueryBuilder('u').select('pg_backend_pid()', 'pid').getRawOne()).toEqual({ pid: own });
    });
  });

  it('see the transaction’s own uncommitted writes, and nothing of them is left after a rollback', async () => {
    const failure = new Error('rolled back on purpose');
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE users SET name = 'Renamed inside' WHERE email = 'admin@unoct.example'`);
        expect((await users.findOneByOrFail({ email: 'admin@unoct.example' })).name).toBe('Renamed inside');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect((await users.findOneByOrFail({ email: 'admin@unoct.example' })).name).not.toBe('Renamed inside');
  });

  it('nest as savepoints on the same connection', async () => {
    await dataSource.transaction(async (outer) => {
      const own = await backendOf(outer);
      await users.manager.transaction(async (inner) => expect(await backendOf(inner)).toBe(own));
    });
  });

  it('may not ask the pool for another connection: that throws instead of waiting', async () => {
    await expect(dataSource.transaction(() => dataSource.query('SELECT 1'))).rejects.toThrow(
      /second connection while its request holds one in a transaction/,
    );
    await expect(dataSource.transaction(() => dataSource.createQueryRunner().query('SELECT 1'))).rejects.toThrow(
      /second connection/,
    );
  });

  it('let work that outlives the transaction go back to the pool', async () => {
    let committed!: () => void;
    const afterCommit = new Promise<void>((resolve) => (committed = resolve));
    let later: Promise<number> | undefined;
    await dataSource.transaction(async () => {
      // Started inside the transaction, run after it: its connection is released by then.
      later = afterCommit.then(() => backendOf(users));
    });
    committed();
    await expect(later).resolves.toEqual(expect.any(Number));
  });

  it('keep to their own connection while others open and end around them', async () => {
    let opened!: () => void;
    const firstOpen = new Promise<void>((resolve) => (opened = resolve));
    let mayEnd!: () => void;
    const firstMayEnd = new Promise<void>((resolve) => (mayEnd = resolve));
    const first = dataSource.transaction(async (manager) => {
      const own = await backendOf(manager);
      opened();
      await firstMayEnd;
      return { own, seen: await backendOf(users) };
    });
    await firstOpen;
    // A second one opens and ends while the first is open...
    await dataSource.transaction(async (manager) => expect(await backendOf(users)).toBe(await backendOf(manager)));
    mayEnd();
    // ...and the first still reads through its own connection.
    const { own, seen } = await first;
    expect(seen).toBe(own);
    // Once none is open, the next one finds its own again, and work outside any goes to the pool.
    await dataSource.transaction(async (manager) => expect(await backendOf(users)).toBe(await backendOf(manager)));
    await expect(backendOf(users)).resolves.toEqual(expect.any(Number));
  });

  it('complete when three times the pool size run at once, each reading through a repository', async () => {
    const size = (dataSource.driver.options.extra as { max: number }).max;
    const names = await Promise.all(
      Array.from({ length: size * 3 }, () =>
        dataSource.transaction(async (manager) => {
          await manager.query('SELECT pg_sleep(0.01)');
          return (await users.findOneByOrFail({ email: 'admin@unoct.example' })).email;
        }),
      ),
    );
    expect(new Set(names)).toEqual(new Set(['admin@unoct.example']));
  });
});

describe('the pool’s connections', () => {
  it('carry a statement timeout and an idle-in-transaction timeout', async () => {
    const [settings] = await dataSource.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(settings).toEqual({ statement: '30s', idle: '30s' });
  });
});

import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * Every query made while a transaction is open runs on that transaction's connection.
 *
 * A request that holds a pooled connection in a transaction and then asks the pool for another one
 * deadlocks as soon as every connection is held that way (ten concurrent posts once froze the api for
 * good). So each transaction's manager is carried in AsyncLocalStorage, and the repositories and the
 * data source hand it out instead of their own while it is open: services need not pass a manager
 * around for their queries to join the transaction. What would still reach the pool (a raw
 * `dataSource.query`, a query runner or query builder made from the data source) is a violation: it
 * throws outside production and is logged in production, where the pool's bounded wait answers it.
 */
interface OpenTransaction {
  readonly manager: EntityManager;
  open: boolean;
}

const transactions = new AsyncLocalStorage<OpenTransaction>();

/**
 * Transactions open in the process. On Node 20 a storage in use hooks every promise the process makes
 * (a fifth of the api's CPU on reads, which open none), so the storage is switched off whenever none is
 * open: `run` switches it on again, and work left from a closed transaction finds no open one either way.
 */
let openTransactions = 0;

/** Where a query that goes around the open transaction is reported; thrown when there is none. */
let reportViolation: ((error: Error) => void) | undefined;

/** Reports such queries to `report` (production) instead of throwing them (the default, for tests). */
export function reportTransactionViolations(report: ((error: Error) => void) | undefined): void {
  reportViolation = report;
}

/** The manager of the transaction open in this asynchronous context on `dataSource`, if any. */
export function openTransactionOn(dataSource: DataSource): EntityManager | undefined {
  const transaction = transactions.getStore();
  return transaction?.open && transaction.manager.connection === dataSource ? transaction.manager : undefined;
}

const ownManager = Symbol('ownManager');
type WithOwnManager = { [ownManager]: EntityManager };

/** Replaces `manager` on instances of `type` by a getter that prefers the open transaction's manager. */
function followOpenTransaction(type: typeof Repository | typeof DataSource): void {
  Object.defineProperty(type.prototype, 'manager', {
    configurable: true,
    get(this: WithOwnManager) {
      const own = this[ownManager];
      // A manager bound to a query runner (inside a transaction already) is used as it is.
      if (!own || own.queryRunner) return own;
      return openTransactionOn(own.connection) ?? own;
    },
    set(this: WithOwnManager, manager: EntityManager) {
      this[ownManager] = manager;
    },
  });
}

let installed = false;

/** Installs the redirection and the guard once per process; data sources created afterwards follow it. */
export function installTransactionContext(): void {
  if (installed) return;
  installed = true;
  followOpenTransaction(Repository);
  followOpenTransaction(DataSource);

  // Every transaction, however it is started, makes its manager the one of its asynchronous context.
  const transaction = EntityManager.prototype.transaction as (
    this: EntityManager,
    isolation: unknown,
    work?: unknown,
  ) => Promise<unknown>;
  EntityManager.prototype.transaction = function (
    this: EntityManager,
    isolationOrWork: unknown,
    maybeWork?: unknown,
  ): Promise<unknown> {
    const work = (typeof isolationOrWork === 'function' ? isolationOrWork : maybeWork) as (
      manager: EntityManager,
    ) => Promise<unknown>;
    const inContext = (manager: EntityManager) => {
      const open: OpenTransaction = { manager, open: true };
      openTransactions++;
      return transactions.run(open, async () => {
        try {
          return await work(manager);
        } finally {
          // Work left running after the transaction (a DataLoader batch, say) goes back to the pool.
          open.open = false;
          if (--openTransactions === 0) transactions.disable();
        }
      });
    };
    return typeof isolationOrWork === 'function'
      ? transaction.call(this, inContext)
      : transaction.call(this, isolationOrWork, inContext);
  } as typeof EntityManager.prototype.transaction;

  // The guard: a connection asked of the pool while this context holds one in a transaction.
  const obtain = PostgresDriver.prototype.obtainMasterConnection;
  PostgresDriver.prototype.obtainMasterConnection = async function (this: PostgresDriver) {
    const transaction = transactions.getStore();
    if (transaction?.open && transaction.manager.connection.driver === this) {
      const error = new Error(
        'A query asked the pool for a second connection while its request holds one in a transaction; ' +
          "run it through the transaction's manager",
      );
      if (!reportViolation) throw error;
      reportViolation(error);
    }
    return obtain.call(this);
  };
}

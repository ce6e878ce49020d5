import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** How the api's connections are used at this moment. */
export interface PoolUse {
  /** Connections open, in use or idle. */
  open: number;
  max: number;
  idle: number;
  /** Requests waiting for a connection: above zero, every connection is busy. */
  waiting: number;
}

export function poolUse(dataSource: DataSource): PoolUse {
  const pool = (dataSource.driver as PostgresDriver).master as pg.Pool;
  return { open: pool.totalCount, max: pool.options.max, idle: pool.idleCount, waiting: pool.waitingCount };
}

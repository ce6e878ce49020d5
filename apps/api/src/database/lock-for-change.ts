import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { notFound } from '../common/errors.js';

/**
 * The row `id`, locked until the transaction ends. Call it once the actor may read the row, so that a
 * refusal never waits for, nor takes, a lock; a row deleted since that check is NOT_FOUND as `what`.
 */
export async function lockForChange<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  what: string,
): Promise<T> {
  const where = { id } as FindOptionsWhere<T>;
  const row = await manager.findOne(entity, { where, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(what);
  return row;
}

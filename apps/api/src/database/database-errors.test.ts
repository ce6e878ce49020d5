import { describe, expect, it } from 'vitest';
import { databaseError } from './database-errors.js';

const withCode = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('databaseError', () => {
  it('says UNAVAILABLE when the database is away, whatever the way it went', () => {
    for (const error of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('read ECONNRESET', 'ECONNRESET'),
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('Connection terminated unexpectedly'), // the server or the network dropped a query under way
      withCode('timeout exceeded when trying to connect'),
    ]) {
      expect(databaseError(error)?.extensions.code, error.message).toBe('UNAVAILABLE');
    }
  });

  it('says CONFLICT for crossed transactions and NOT_FOUND for an id that is no UUID', () => {
    expect(databaseError(withCode('deadlock detected', '40P01'))?.extensions.code).toBe('CONFLICT');
    expect(databaseError(withCode('invalid input syntax for type uuid', '22P02'))?.extensions.code).toBe('NOT_FOUND');
  });

  it('leaves other errors to the caller', () => {
    expect(databaseError(withCode('duplicate key value', '23505'))).toBeUndefined();
    expect(databaseError('not an error')).toBeUndefined();
  });
});

import { AppError, conflict, unavailable } from '../common/errors.js';

/** PostgreSQL error codes that mean "busy or unreachable now", not "this request is wrong". */
const UNAVAILABLE_CODES = new Set([
  '57014', // statement_timeout
  '25P03', // idle_in_transaction_session_timeout
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P03', // cannot_connect_now
  'ECONNREFUSED',
  'ECONNRESET',
]);
/** Two transactions crossed: the same request may well succeed when tried again. */
const RETRYABLE_CODES = new Set(['40P01', '40001']); // deadlock_detected, serialization_failure

/** invalid_text_representation: a value PostgreSQL cannot read as its column's type, such as an id that is no UUID. */
const UNREADABLE_VALUE = '22P02';

/**
 * pg's errors without a code for a database that is away: no connection came free within
 * `connectionTimeoutMillis`, or the server (a restart) or the network dropped a query under way.
 */
const AWAY =
  /timeout exceeded when trying to connect|Connection terminated due to connection timeout|Connection terminated unexpectedly/;

/** The contract error for a failure of the database rather than of the request, if it is one. */
export function databaseError(error: unknown): AppError | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (AWAY.test(error.message) || (typeof code === 'string' && UNAVAILABLE_CODES.has(code))) {
    return unavailable();
  }
  if (typeof code === 'string' && RETRYABLE_CODES.has(code)) {
    return conflict('Someone else changed this at the same moment. Try again.');
  }
  // Ids arrive as the ID scalar, any string: one that cannot be a record's id names no record.
  if (code === UNREADABLE_VALUE) return new AppError('NOT_FOUND', 'No record has this id.');
  return undefined;
}

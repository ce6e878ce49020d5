import { HttpException } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { ERROR_CODES, type ErrorCode } from '@ctcp/shared';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { databaseError } from '../database/database-errors.js';

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

/** Apollo's own codes for requests that never reached a resolver. */
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Maps every error to a code of the contract. Unknown errors become INTERNAL with a generic message:
 * their details go to the log, never to the client.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const original = unwrapResolverError(error);

  if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL') {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (typeof code === 'string' && APOLLO_INPUT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof HttpException) {
    const mapped = HTTP_STATUS_CODES[original.getStatus()];
    if (mapped) return { message: httpMessage(original), path: formatted.path, extensions: { code: mapped } };
  }
  const fromDatabase = databaseError(original);
  if (fromDatabase) {
    const code = fromDatabase.extensions.code;
    logger.warn({ err: original, operation: formatted.path?.[0], code }, 'database refused a GraphQL operation');
    return { message: fromDatabase.message, path: formatted.path, extensions: { code } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

function httpMessage(exception: HttpException): string {
  const status = exception.getStatus();
  if (status === 401) return 'Sign in to continue.';
  if (status === 403) return 'You are not allowed to do this.';
  return exception.message;
}

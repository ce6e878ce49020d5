import { GraphQLError } from 'graphql';
import pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { formatGraphQLError } from './format-error.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

/** An error as Apollo hands it to formatError: the resolver's error wrapped with the field's path. */
function fromResolver(original: Error, path = ['createPost']) {
  const wrapped = new GraphQLError(original.message, { path, originalError: original });
  return { formatted: { message: original.message, path }, wrapped };
}

function pgError(code: string) {
  return new QueryFailedError('SELECT 1', [], Object.assign(new Error(`pg ${code}`), { code }));
}

describe('formatGraphQLError for failures of the database', () => {
  it('answers a pool that gave no connection in time as UNAVAILABLE, and logs the operation', () => {
    const { logger, lines } = capture();
    const { formatted, wrapped } = fromResolver(new Error('timeout exceeded when trying to connect'));
    expect(formatGraphQLError(formatted, wrapped, logger)).toEqual({
      message: 'The service is busy. Try again in a moment.',
      path: ['createPost'],
      extensions: { code: 'UNAVAILABLE' },
    });
    expect(lines).toEqual([expect.objectContaining({ level: 40, operation: 'createPost', code: 'UNAVAILABLE' })]);
  });

  it('answers statement and idle-transaction timeouts as UNAVAILABLE', () => {
    for (const code of ['57014', '25P03']) {
      const { formatted, wrapped } = fromResolver(pgError(code));
      expect(formatGraphQLError(formatted, wrapped, capture().logger).extensions).toEqual({ code: 'UNAVAILABLE' });
    }
  });

  it('answers a deadlock or a serialization failure as CONFLICT, to be tried again', () => {
    for (const code of ['40P01', '40001']) {
      const { formatted, wrapped } = fromResolver(pgError(code));
      expect(formatGraphQLError(formatted, wrapped, capture().logger).extensions).toEqual({ code: 'CONFLICT' });
    }
  });

  it('keeps any other database error INTERNAL, with no details for the client', () => {
    const { logger, lines } = capture();
    const { formatted, wrapped } = fromResolver(pgError('23505'));
    expect(formatGraphQLError(formatted, wrapped, logger)).toEqual({
      message: 'Internal server error.',
      path: ['createPost'],
      extensions: { code: 'INTERNAL' },
    });
    expect(lines[0]).toMatchObject({ level: 50 });
  });
});

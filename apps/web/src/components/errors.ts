import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { ERROR_CODES, type ErrorCode } from '@ctcp/shared';

/** The contract's `extensions.code` of the first GraphQL error, if the error carries one. */
export function errorCode(error: unknown): ErrorCode | undefined {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)) return code as ErrorCode;
  }
  return undefined;
}

/** A number the api put next to the code, e.g. `retryAfterSeconds` of RATE_LIMITED. */
export function errorExtensionNumber(error: unknown, name: string): number | undefined {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const value = graphQLError.extensions?.[name];
    if (typeof value === 'number') return value;
  }
  return undefined;
}

/** A string the api put next to the code, e.g. `mfaToken` of MFA_REQUIRED. */
export function errorExtensionString(error: unknown, name: string): string | undefined {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const value = graphQLError.extensions?.[name];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** Why the api refused an input, when it names a reason the web app says in the reader's language. */
export function errorReason(error: unknown): string | undefined {
  return errorExtensionString(error, 'reason');
}

/** The input field a BAD_USER_INPUT error names (`extensions.field`), to show the message next to it. */
export function errorField(error: unknown): string | undefined {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const field = graphQLError.extensions?.field;
    if (graphQLError.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string') return field;
  }
  return undefined;
}

/** The message the api wrote, for the first GraphQL error, or the error's own message. */
export function errorDetail(error: unknown): string | undefined {
  const [first] = graphQLErrorsOf(error);
  if (first) return first.message;
  return error instanceof Error ? error.message : undefined;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

function graphQLErrorsOf(error: unknown): readonly GraphQLErrorLike[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  // Errors answered with a non-200 status still carry the GraphQL body.
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (isObject(body) && Array.isArray(body.errors)) return body.errors.filter(isGraphQLErrorLike);
    } catch {
      return [];
    }
  }
  return [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isGraphQLErrorLike(value: unknown): value is GraphQLErrorLike {
  return isObject(value) && typeof value.message === 'string';
}

import { ApolloLink, CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';

export interface AuthRefreshLinkOptions {
  /** Renews the session cookies, one renewal at a time (see `createSessionRenewer`); false when it cannot. */
  renewSession: () => Promise<boolean>;
  /** Called once per failed renewal: the caller clears what the old session loaded. */
  onSessionExpired: () => void;
  /** Operations for which UNAUTHENTICATED is a final answer (sign in, refresh itself, ...). */
  isAuthOperation: (operationName: string | undefined) => boolean;
}

/**
 * One refresh at a time, shared by everything that found the session expired meanwhile (GraphQL
 * operations and the live connection): the refresh token rotates, so two concurrent refreshes would
 * end the session. Resolves true when the cookies were renewed.
 */
export function createSessionRenewer(refreshSession: () => Promise<unknown>): () => Promise<boolean> {
  let refreshInFlight: Promise<boolean> | null = null;
  return () => {
    refreshInFlight ??= refreshSession()
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        refreshInFlight = null;
      });
    return refreshInFlight;
  };
}

/**
 * Access tokens live 15 minutes. When an operation is answered UNAUTHENTICATED, this link renews the
 * session once (through the shared renewer) and retries the operation once.
 * If renewal fails, the original answer goes through and `onSessionExpired` runs.
 */
export function createAuthRefreshLink(options: AuthRefreshLinkOptions): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (options.isAuthOperation(operation.operationName)) return forward(operation);

    let retried = false;
    const renewThenRetry = (originalAnswer: Observable<ApolloLink.Result>): Observable<ApolloLink.Result> => {
      if (retried) return originalAnswer;
      retried = true;
      return from(options.renewSession()).pipe(
        mergeMap((renewed) => {
          if (renewed) return forward(operation);
          options.onSessionExpired();
          return originalAnswer;
        }),
      );
    };

    return forward(operation).pipe(
      mergeMap((result) => (resultIsUnauthenticated(result) ? renewThenRetry(of(result)) : of(result))),
      catchError((error: unknown) =>
        errorIsUnauthenticated(error) ? renewThenRetry(throwError(() => error)) : throwError(() => error),
      ),
    );
  });
}

const UNAUTHENTICATED = 'UNAUTHENTICATED';

function resultIsUnauthenticated(result: ApolloLink.Result): boolean {
  const errors = 'errors' in result ? result.errors : undefined;
  return Array.isArray(errors) && errors.some((error) => error.extensions?.code === UNAUTHENTICATED);
}

function errorIsUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === UNAUTHENTICATED);
  // An HTTP 401 means the same, whatever its body.
  return ServerError.is(error) && error.statusCode === 401;
}

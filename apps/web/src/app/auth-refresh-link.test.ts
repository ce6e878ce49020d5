import { describe, expect, it, vi } from 'vitest';
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import { createAuthRefreshLink, createSessionRenewer } from './auth-refresh-link';

// Parsed here rather than tagged with gql: codegen only collects the app's real operations.
const PeopleQuery = parse('query People { people }');
const PlacesQuery = parse('query Places { places }');
const SignInMutation = parse('mutation SignIn { signIn }');

/**
 * A stand-in for the api: answers UNAUTHENTICATED until the session is renewed, then the data.
 * `renew` decides whether renewing works; with `holdRefresh`, the refresh waits for `releaseRefresh()`.
 */
function setUp({ renewWorks, holdRefresh = false }: { renewWorks: boolean; holdRefresh?: boolean }) {
  let sessionValid = false;
  const requests: string[] = [];
  const api = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        requests.push(operation.operationName ?? '?');
        if (sessionValid) observer.next({ data: { people: 'data', places: 'data', signIn: true } });
        else observer.next({ errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] });
        observer.complete();
      }),
  );
  let releaseRefresh = () => {};
  const released = holdRefresh ? new Promise<void>((resolve) => (releaseRefresh = resolve)) : undefined;
  const refreshSession = vi.fn(async () => {
    await released;
    if (!renewWorks) throw new Error('refresh token expired');
    sessionValid = true;
  });
  const onSessionExpired = vi.fn();
  const link = createAuthRefreshLink({
    renewSession: createSessionRenewer(refreshSession),
    onSessionExpired,
    isAuthOperation: (name) => name === 'SignIn',
  });
  const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.from([link, api]) });
  return { client, requests, refreshSession, onSessionExpired, releaseRefresh };
}

describe('createAuthRefreshLink', () => {
  it('renews the session once and retries the operation', async () => {
    const { client, requests, refreshSession, onSessionExpired } = setUp({ renewWorks: true });

    const result = await client.query({ query: PeopleQuery, fetchPolicy: 'network-only' });

    expect(result.data).toEqual({ people: 'data' });
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(['People', 'People']);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('shares one refresh between operations that fail at the same time', async () => {
    const { client, requests, refreshSession, releaseRefresh } = setUp({ renewWorks: true, holdRefresh: true });

    const both = Promise.all([
      client.query({ query: PeopleQuery, fetchPolicy: 'network-only' }),
      client.query({ query: PlacesQuery, fetchPolicy: 'network-only' }),
    ]);
    // The refresh lasts until both have been refused, however long that takes.
    await vi.waitFor(() => expect(requests).toHaveLength(2), { timeout: 10_000 });
    releaseRefresh();
    const [people, places] = await both;

    expect(people.data).toEqual({ people: 'data' });
    expect(places.data).toEqual({ places: 'data' });
    expect(refreshSession).toHaveBeenCalledTimes(1);
  });

  it('passes the original error on and reports the expired session when renewal fails', async () => {
    const { client, requests, refreshSession, onSessionExpired } = setUp({ renewWorks: false });

    const failure = await client.query({ query: PeopleQuery, fetchPolicy: 'network-only' }).catch((error) => error);

    expect(CombinedGraphQLErrors.is(failure)).toBe(true);
    expect(CombinedGraphQLErrors.is(failure) && failure.errors[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(['People']);
  });

  it('does not retry a second time when the retried operation is still refused', async () => {
    const { client, requests, refreshSession } = setUp({ renewWorks: true });
    // The refresh "works" but the api keeps refusing: one refresh, one retry, then the error.
    refreshSession.mockImplementation(async () => undefined);

    const failure = await client.query({ query: PeopleQuery, fetchPolicy: 'network-only' }).catch((error) => error);

    expect(CombinedGraphQLErrors.is(failure)).toBe(true);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(['People', 'People']);
  });

  it('leaves the answers to sign-in operations alone', async () => {
    const { client, requests, refreshSession, onSessionExpired } = setUp({ renewWorks: true });

    const failure = await client.mutate({ mutation: SignInMutation }).catch((error) => error);

    expect(CombinedGraphQLErrors.is(failure)).toBe(true);
    expect(refreshSession).not.toHaveBeenCalled();
    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(requests).toEqual(['SignIn']);
  });
});

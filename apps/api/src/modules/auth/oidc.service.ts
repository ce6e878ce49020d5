import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  allowInsecureRequests,
  authorizationCodeGrant,
  AuthorizationResponseError,
  buildAuthorizationUrl,
  calculatePKCECodeChallenge,
  ClientSecretBasic,
  type Configuration,
  discovery,
  fetchUserInfo,
  randomNonce,
  randomPKCECodeVerifier,
  randomState,
} from 'openid-client';
import type { Logger } from 'pino';
import type { Repository } from 'typeorm';
import type { OidcSettings } from '../../config/config.js';
import { LOGGER, RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { AuditService } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import { normalizeEmail, UsersService } from '../users/users.service.js';
import { AuthSession } from './auth-session.entity.js';
import { AuthService } from './auth.service.js';
import type { ClientContext } from '../../common/client-context.js';
import type { IssuedSession } from './auth.types.js';
import { sameHash } from './tokens.js';

/** How long a sign-in may stay at the provider before its transaction expires. */
export const OIDC_TRANSACTION_TTL_SECONDS = 10 * 60;
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';
export const OIDC_START_PATH = '/auth/oidc/start';
/** Longer paths are not kept: the transaction travels in a cookie. */
const NEXT_PATH_MAX_LENGTH = 1000;

/** Why a single sign-on was refused; the sign-in page shows one message per reason (`/sign-in?sso=`). */
export type SingleSignOnFailure = 'cancelled' | 'unknown_account' | 'unverified_email' | 'failed';

/** What the browser keeps between the redirect to the provider and its way back (signed, in a cookie). */
interface Transaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export type CallbackOutcome =
  { signedIn: true; session: IssuedSession; next: string } | { signedIn: false; failure: SingleSignOnFailure };

/**
 * Sign-in with the organization's OpenID Connect provider: authorization code flow with PKCE, state and
 * nonce. It only signs existing, enabled people in, matched by a verified email address: nobody is created.
 *
 * Two-factor: a single sign-on does not ask for CTCP's own TOTP code. The person proved who they are to
 * the provider, with the factors the organization enforces there; asking again here would only add a step.
 */
@Injectable()
export class OidcService {
  /** The provider's metadata, fetched once; a failed discovery is tried again on the next sign-in. */
  private configuration?: Promise<Configuration>;

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
  ) {}

  get settings(): OidcSettings | undefined {
    return this.config.oidc;
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}${OIDC_CALLBACK_PATH}`;
  }

  /** The provider's authorization URL for a new sign-in, and the sealed transaction for the browser's cookie. */
  async start(next: string): Promise<{ authorizationUrl: URL; sealedTransaction: string }> {
    const configuration = await this.discover();
    const transaction: Transaction = {
      state: randomState(),
      nonce: randomNonce(),
      codeVerifier: randomPKCECodeVerifier(),
      next: safeNextPath(next),
      expiresAt: Date.now() + OIDC_TRANSACTION_TTL_SECONDS * 1000,
    };
    const authorizationUrl = buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email',
      code_challenge: await calculatePKCECodeChallenge(transaction.codeVerifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    });
    return { authorizationUrl, sealedTransaction: this.seal(transaction) };
  }

  /**
   * The provider's answer at the callback: the code is exchanged (state, nonce and PKCE checked by the
   * client library against the transaction), then the verified email must name an enabled account.
   */
  async finish(
    callbackUrl: URL,
    sealedTransaction: string | undefined,
    client: ClientContext,
  ): Promise<CallbackOutcome> {
    const transaction = sealedTransaction ? this.unseal(sealedTransaction) : null;
    if (!transaction) return this.refuse('failed', client, { error: 'no_transaction' });

    let claims: Record<string, unknown>;
    try {
      const configuration = await this.discover();
      const tokens = await authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      claims = { ...idToken };
      // Providers that follow the OpenID Connect defaults give the email at the userinfo endpoint, not in
      // the ID token, when an access token is issued.
      if (typeof idToken.email !== 'string') {
        claims = { ...(await fetchUserInfo(configuration, tokens.access_token, idToken.sub)), ...idToken };
      }
    } catch (error) {
      if (error instanceof AuthorizationResponseError && error.error === 'access_denied') {
        return this.refuse('cancelled', client, { error: error.error });
      }
      // The error's name and message only: its cause holds the provider's parameters (the code among them).
      const reason = { error: errorName(error), message: error instanceof Error ? error.message : String(error) };
      this.logger.warn(reason, 'single sign-on refused by the protocol checks');
      return this.refuse('failed', client, reason);
    }

    const details = { issuer: claims.iss, subject: claims.sub };
    if (typeof claims.email !== 'string' || claims.email_verified !== true) {
      return this.refuse('unverified_email', client, { ...details, email: claims.email ?? null });
    }
    const email = normalizeEmail(claims.email);
    const user = await this.users.findByEmail(email);
    if (!user || user.disabledAt !== null) {
      return this.refuse('unknown_account', client, { ...details, email }, user);
    }

    const session = await this.auth.startSession(user, client, 'SSO');
    await this.audit.record(
      this.sessions.manager,
      { userId: user.id },
      'sign_in.sso',
      'User',
      user.id,
      details,
      client,
    );
    return { signedIn: true, session, next: transaction.next };
  }

  private discover(): Promise<Configuration> {
    const settings = this.settings;
    if (!settings) throw new Error('Single sign-on is not configured');
    this.configuration ??= discovery(
      new URL(settings.issuerUrl),
      settings.clientId,
      undefined,
      ClientSecretBasic(settings.clientSecret),
      // The configuration accepts http:// only for a provider on this machine (development and tests).
      { execute: new URL(settings.issuerUrl).protocol === 'http:' ? [allowInsecureRequests] : [] },
    ).catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private async refuse(
    failure: SingleSignOnFailure,
    client: ClientContext,
    details: Record<string, unknown>,
    user?: User | null,
  ): Promise<CallbackOutcome> {
    await this.audit.record(
      this.sessions.manager,
      null,
      'sign_in.sso_failed',
      user ? 'User' : 'SingleSignOn',
      user ? user.id : (this.settings?.issuerUrl ?? ''),
      { reason: failure, ...details },
      client,
    );
    return { signedIn: false, failure };
  }

  /** `<payload>.<signature>`: the browser keeps the transaction, and cannot change it. */
  private seal(transaction: Transaction): string {
    const payload = Buffer.from(JSON.stringify(transaction)).toString('base64url');
    return `${payload}.${this.signature(payload)}`;
  }

  private unseal(sealed: string): Transaction | null {
    const [payload, signature, extra] = sealed.split('.');
    if (!payload || !signature || extra !== undefined || !sameHash(signature, this.signature(payload))) return null;
    const transaction = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Transaction;
    return transaction.expiresAt > Date.now() ? transaction : null;
  }

  /** A key of its own, derived from the app's secret, so that no other signed value passes for a transaction. */
  private signature(payload: string): string {
    const key = createHmac('sha256', this.config.jwtSecret).update('oidc-transaction').digest();
    return createHmac('sha256', key).update(payload).digest('base64url');
  }
}

/**
 * Where to go after signing in: a path of this app only, as the web app decides it, so that a crafted
 * link cannot send someone to another site ("//evil.example", "https://...") once signed in.
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > NEXT_PATH_MAX_LENGTH) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === '/sign-in' || raw.startsWith('/sign-in?')) return '/';
  return raw;
}

function errorName(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}

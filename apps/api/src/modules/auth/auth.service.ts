import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  REFRESH_TOKEN_TTL_SECONDS,
  SIGN_IN_DELAY_AFTER_FAILURES,
  SIGN_IN_DELAY_BASE_MS,
  SIGN_IN_DELAY_MAX_MS,
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  SIGN_IN_MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_SECONDS,
} from '@ctcp/shared';
import Bowser from 'bowser';
import { IsNull, MoreThan, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import type { ClientContext } from '../../common/client-context.js';
import { badInput, notFound, rateLimited, unauthenticated } from '../../common/errors.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { AuditService } from '../audit/audit.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import type { User } from '../users/user.entity.js';
import { normalizeEmail, UsersService } from '../users/users.service.js';
import { AuthSession, SignInAttempt, type SignInMethod } from './auth-session.entity.js';
import type { IssuedSession } from './auth.types.js';
import { assertPasswordCheckRoom, dummyPasswordHash, verifyPassword } from './passwords.js';
import { formatIdAndSecret, parseIdAndSecret, randomToken, sameHash, sha256 } from './tokens.js';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

export interface SessionSummary {
  id: string;
  createdAt: Date;
  lastUsedAt: Date;
  ipAddress: string | null;
  device: string | null;
  current: boolean;
}

interface LiveSession {
  expiresAt: Date;
  signedInWith: SignInMethod;
  twoFactorOn: boolean;
}

const SESSION_ENDED = 'Your session has ended. Sign in again.';

@Injectable()
export class AuthService implements OnModuleInit, OnModuleDestroy {
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly jwt: JwtService,
    private readonly realtime: RealtimeService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    @InjectRepository(SignInAttempt) private readonly attempts: Repository<SignInAttempt>,
  ) {}

  onModuleInit(): void {
    this.pruneTimer = setInterval(() => void this.pruneOldRecords().catch(() => undefined), 60 * 60 * 1000);
    this.pruneTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.pruneTimer);
  }

  /**
   * Checks a password sign-in. Attempts are counted in PostgreSQL (reserveAttempt), so the limits hold
   * across api instances; an unknown account costs the same time as a known one.
   */
  async verifyCredentials(email: string, password: string, client: ClientContext): Promise<User> {
    // The password guard runs before input validation: check the sizes here.
    if (email.length > EMAIL_MAX_LENGTH) throw badInput('email', 'The email address is too long.');
    if (password.length > PASSWORD_MAX_LENGTH) throw badInput('password', 'The password is too long.');
    assertPasswordCheckRoom();
    const normalized = normalizeEmail(email);
    const attemptId = await this.reserveAttempt(normalized, client.ipAddress);
    const user = await this.users.findByEmail(normalized);
    const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    const succeeded = user !== null && passwordMatches && user.disabledAt === null;
    await this.attempts.manager.transaction(async (manager) => {
      await manager.update(SignInAttempt, { id: attemptId }, { succeeded });
      if (succeeded) return; // the session that follows is recorded when it starts
      await this.audit.record(
        manager,
        user ? { userId: user.id, organizationId: user.organizationId } : null,
        'sign_in.failed',
        'User',
        user?.id ?? normalized,
        { email: normalized, reason: !user ? 'unknown account' : passwordMatches ? 'disabled' : 'wrong password' },
        client,
      );
    });
    if (!succeeded) throw unauthenticated('The email address or password is incorrect.');
    return user;
  }

  async startSession(
    user: User,
    client: ClientContext,
    signedInWith: SignInMethod = 'PASSWORD',
  ): Promise<IssuedSession> {
    const secret = randomToken();
    const now = new Date();
    const session = await this.sessions.manager.transaction(async (manager) => {
      const started = await manager.save(
        manager.create(AuthSession, {
          userId: user.id,
          refreshTokenHash: sha256(secret),
          expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000),
          lastUsedAt: now,
          ipAddress: client.ipAddress,
          userAgent: client.userAgent,
          signedInWith,
        }),
      );
      await this.audit.record(
        manager,
        { userId: user.id, organizationId: user.organizationId },
        'sign_in.succeeded',
        'AuthSession',
        started.id,
        { method: signedInWith },
        client,
      );
      return started;
    });
    await this.users.recordSignIn(user.id);
    return this.payload(user, session.id, secret);
  }

  /**
   * Rotates the refresh token. A token that was already rotated away means someone else holds a copy:
   * the whole session is revoked.
   */
  async refresh(refreshToken: string | undefined, client: ClientContext): Promise<IssuedSession> {
    const parsed = refreshToken ? parseIdAndSecret(refreshToken) : null;
    if (!parsed) throw unauthenticated(SESSION_ENDED);

    const outcome = await this.sessions.manager.transaction(async (manager) => {
      const session = await manager.findOne(AuthSession, {
        where: { id: parsed.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || session.revokedAt || session.expiresAt <= new Date()) return { kind: 'ended' as const };
      if (!sameHash(sha256(parsed.secret), session.refreshTokenHash)) {
        session.revokedAt = new Date();
        await manager.save(session);
        await this.audit.record(
          manager,
          { userId: session.userId },
          'session.refresh_token_reused',
          'AuthSession',
          session.id,
          { userAgent: client.userAgent, sessionEnded: true },
          client,
        );
        return { kind: 'ended' as const };
      }
      const secret = randomToken();
      session.refreshTokenHash = sha256(secret);
      session.lastUsedAt = new Date();
      await manager.save(session);
      return { kind: 'rotated' as const, session, secret };
    });
    if (outcome.kind === 'ended') {
      this.realtime.disconnectSession(parsed.id);
      throw unauthenticated(SESSION_ENDED);
    }

    const [user] = await this.users.findByIds([outcome.session.userId]);
    if (!user || user.disabledAt) throw unauthenticated(SESSION_ENDED);
    return this.payload(user, outcome.session.id, outcome.secret);
  }

  /** Ends the session of the signed-in actor, or of the refresh token presented. */
  async signOut(actor: Actor | undefined, refreshToken: string | undefined): Promise<void> {
    const parsed = refreshToken ? parseIdAndSecret(refreshToken) : null;
    if (actor) {
      await this.sessions.update({ id: actor.sessionId }, { revokedAt: new Date() });
      this.realtime.disconnectSession(actor.sessionId);
    } else if (parsed) {
      const result = await this.sessions.update(
        { id: parsed.id, refreshTokenHash: sha256(parsed.secret) },
        { revokedAt: new Date() },
      );
      if (result.affected) this.realtime.disconnectSession(parsed.id);
    }
  }

  /** The actor behind a verified access token, or null when the user or the session is no longer active. */
  async actorFor(claims: AccessTokenClaims): Promise<Actor | null> {
    return (await this.sessionOf(claims))?.actor ?? null;
  }

  /** The actor of a live session, and when the session ends (sockets are closed then). */
  async sessionOf(claims: AccessTokenClaims): Promise<{ actor: Actor; expiresAt: Date } | null> {
    // Both at once: every signed-in request waits for them.
    const [session, user] = await Promise.all([
      this.liveSession(claims.sub, claims.sid),
      this.users.findActive(claims.sub),
    ]);
    if (!session || !user) return null;
    const actor: Actor = {
      userId: user.id,
      organizationId: user.organizationId,
      organizationKind: user.organizationKind,
      role: user.role,
      isOrganizationAdmin: user.isOrganizationAdmin,
      language: user.preferredLanguage,
      sessionId: claims.sid,
      // Single sign-on brings the provider's own factors: a required second factor is asked of password sessions.
      mustEnrolTwoFactor:
        session.signedInWith === 'PASSWORD' && !session.twoFactorOn && this.config.requireMfaRoles.includes(user.role),
    };
    return { actor, expiresAt: session.expiresAt };
  }

  /** The person's signed-in sessions that have not ended, the most recently used first. */
  async listSessions(actor: Actor): Promise<SessionSummary[]> {
    const sessions = await this.sessions.find({
      where: { userId: actor.userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastUsedAt: 'DESC' },
    });
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastUsedAt: session.lastUsedAt,
      ipAddress: session.ipAddress,
      device: describeDevice(session.userAgent),
      current: session.id === actor.sessionId,
    }));
  }

  /** Ends one of the person's own sessions (its sockets close); another person's is NOT_FOUND. */
  async revokeSession(actor: Actor, sessionId: string): Promise<boolean> {
    const ended = await this.sessions.manager.transaction(async (manager) => {
      const result = await manager.update(
        AuthSession,
        { id: sessionId, userId: actor.userId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected) return false;
      await this.audit.record(manager, actor, 'session.revoked', 'AuthSession', sessionId, { by: 'self' });
      return true;
    });
    if (!ended) throw notFound('Session');
    this.realtime.disconnectSession(sessionId);
    return true;
  }

  /** Ends every session of the person but the current one; answers how many ended. */
  async revokeOtherSessions(actor: Actor): Promise<number> {
    const ended = await this.sessions.manager.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE auth_sessions SET revoked_at = now()
          WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
        [actor.userId, actor.sessionId],
      );
      const ids = (rows as { id: string }[]).map((row) => row.id);
      await this.audit.record(manager, actor, 'session.others_revoked', 'User', actor.userId, { count: ids.length });
      return ids;
    });
    for (const id of ended) this.realtime.disconnectSession(id);
    return ended.length;
  }

  /** The user's live session (not revoked, not expired), how it began, and whether two-factor sign-in is on. */
  private async liveSession(userId: string, sessionId: string): Promise<LiveSession | null> {
    const rows: LiveSession[] = await this.sessions.query(
      `SELECT s.expires_at AS "expiresAt", s.signed_in_with AS "signedInWith",
              EXISTS (SELECT 1 FROM totp_factors f WHERE f.user_id = s.user_id AND f.confirmed_at IS NOT NULL) AS "twoFactorOn"
         FROM auth_sessions s
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [sessionId, userId],
    );
    return rows[0] ?? null;
  }

  private async payload(user: User, sessionId: string, secret: string): Promise<IssuedSession> {
    const claims: AccessTokenClaims = { sub: user.id, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    return {
      accessToken,
      expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000),
      refreshToken: formatIdAndSecret(sessionId, secret),
      user,
    };
  }

  /**
   * Counts an attempt before its password is checked (the check is slow), refusing it beyond the limits:
   * per account and address, per address, and per account from every address, where each failure beyond
   * the first few also makes the next attempt wait longer. The count and the new attempt are one step,
   * serialized per account then per address (advisory locks), so attempts in parallel cannot all pass.
   * Attempts still being checked count as failures. Returns the attempt's id, to record its outcome.
   */
  private async reserveAttempt(email: string, ipAddress: string): Promise<string> {
    const { id, accountFailures } = await this.attempts.manager.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sign-in account ' || $1, 0))`, [email]);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sign-in address ' || $1, 0))`, [ipAddress]);
      const [failures] = await manager.query(
        `SELECT count(*) FILTER (WHERE email = $1 AND ip_address = $2)::int AS pair,
                count(*) FILTER (WHERE ip_address = $2)::int AS address,
                count(*) FILTER (WHERE email = $1)::int AS account
           FROM sign_in_attempts
          WHERE (email = $1 OR ip_address = $2) AND succeeded IS NOT TRUE
            AND attempted_at > now() - make_interval(secs => $3)`,
        [email, ipAddress, SIGN_IN_WINDOW_SECONDS],
      );
      if (
        failures.pair >= SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS ||
        failures.address >= SIGN_IN_MAX_FAILURES_PER_ADDRESS ||
        failures.account >= SIGN_IN_MAX_FAILURES_PER_ACCOUNT
      ) {
        throw rateLimited(SIGN_IN_WINDOW_SECONDS);
      }
      const [attempt] = await manager.query(
        `INSERT INTO sign_in_attempts (email, ip_address, succeeded) VALUES ($1, $2, NULL) RETURNING id`,
        [email, ipAddress],
      );
      return { id: String(attempt.id), accountFailures: failures.account as number };
    });
    const beyond = accountFailures - SIGN_IN_DELAY_AFTER_FAILURES;
    if (beyond >= 0) await sleep(Math.min(SIGN_IN_DELAY_BASE_MS * 2 ** beyond, SIGN_IN_DELAY_MAX_MS));
    return id;
  }

  private async pruneOldRecords(): Promise<void> {
    await this.attempts.query(`DELETE FROM sign_in_attempts WHERE attempted_at < now() - interval '1 day'`);
    await this.sessions.query(`DELETE FROM auth_sessions WHERE expires_at < now() - interval '7 days'`);
    await this.sessions.query(`DELETE FROM mfa_challenges WHERE expires_at < now() - interval '1 day'`);
    await this.sessions.query(`DELETE FROM mfa_failures WHERE failed_at < now() - interval '1 day'`);
    await this.sessions.query(`DELETE FROM token_guesses WHERE guessed_at < now() - interval '1 day'`);
  }
}

/** "Firefox 128 · Windows" from a user agent (names only, in no language), or null when there is none. */
function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = Bowser.parse(userAgent);
  const name = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ');
  if (!name) return userAgent.slice(0, 60);
  return os.name ? `${name} · ${os.name}` : name;
}

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MFA_CHALLENGE_TTL_SECONDS, MFA_MAX_FAILURES, MFA_WINDOW_SECONDS, RECOVERY_CODE_COUNT } from '@ctcp/shared';
import { generateSecret, generateURI, verify } from 'otplib';
import { type EntityManager, IsNull, Not, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import type { ClientContext } from '../../common/client-context.js';
import { badInput, conflict, rateLimited, unauthenticated } from '../../common/errors.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { AuditService } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { formatIdAndSecret, parseIdAndSecret, randomToken, sha256 } from './tokens.js';
import { MfaChallenge, RecoveryCode, TotpFactor } from './two-factor.entity.js';

const SIGN_IN_EXPIRED = 'This sign-in has expired. Sign in again.';
const WRONG_CODE = 'The code is incorrect.';
/** Codes of the step before and after the current one are accepted, for clocks a little apart. */
const CLOCK_TOLERANCE_SECONDS = 30;

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}

/**
 * Two-factor sign-in with an authenticator app (TOTP) and single-use recovery codes. Every code checked
 * for a person is serialized (an advisory lock) and counted when wrong, so guesses in parallel cannot pass
 * the limit; a code is accepted once.
 */
@Injectable()
export class TwoFactorService {
  private readonly key: Buffer;

  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
    @InjectRepository(TotpFactor) private readonly factors: Repository<TotpFactor>,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', config.jwtSecret, '', 'ctcp totp secret', 32));
  }

  async isOn(userId: string): Promise<boolean> {
    return (await this.factors.countBy({ userId, confirmedAt: Not(IsNull()) })) > 0;
  }

  async status(userId: string): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
    const [row] = await this.factors.query(
      `SELECT EXISTS (SELECT 1 FROM totp_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS enabled,
              (SELECT count(*)::int FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL) AS "recoveryCodesLeft"`,
      [userId],
    );
    return row;
  }

  /** A new secret for the person's authenticator; replaces one not yet confirmed, never a confirmed one. */
  async enroll(actor: Actor): Promise<TotpEnrolment> {
    const [user] = await this.users.findByIds([actor.userId]);
    const secret = generateSecret();
    const stored = await this.factors.query(
      `INSERT INTO totp_factors (user_id, secret_ciphertext) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret_ciphertext = EXCLUDED.secret_ciphertext, created_at = now()
         WHERE totp_factors.confirmed_at IS NULL
       RETURNING user_id`,
      [actor.userId, this.encrypt(secret)],
    );
    if (stored.length === 0) throw conflict('Two-factor sign-in is already on. Turn it off first to change apps.');
    return { secret, otpauthUri: generateURI({ issuer: 'CTCP', label: user!.email, secret }) };
  }

  /** Turns two-factor sign-in on with a first code from the app; answers ten new recovery codes. */
  async confirm(actor: Actor, code: string): Promise<string[]> {
    const outcome = await this.factors.manager.transaction(async (manager) => {
      const factor = await this.lockedFactor(manager, actor.userId);
      if (!factor || factor.confirmedAt) throw conflict('Start setting up two-factor sign-in first.');
      if (!(await this.checkCode(manager, factor, code, { recoveryCodes: false }))) return null;
      factor.confirmedAt = new Date();
      await manager.save(factor);
      const codes = await this.replaceRecoveryCodes(manager, actor.userId);
      await this.audit.record(manager, actor, 'two_factor.enabled', 'User', actor.userId, { method: 'TOTP' });
      return codes;
    });
    if (!outcome) throw badInput('code', WRONG_CODE);
    return outcome;
  }

  /** Turns two-factor sign-in off, given a current code or a recovery code. */
  async disable(actor: Actor, code: string): Promise<boolean> {
    const disabled = await this.factors.manager.transaction(async (manager) => {
      const factor = await this.lockedFactor(manager, actor.userId);
      if (!factor?.confirmedAt) throw conflict('Two-factor sign-in is not on.');
      if (!(await this.checkCode(manager, factor, code, { recoveryCodes: true }))) return false;
      await manager.delete(TotpFactor, { userId: actor.userId });
      await manager.delete(RecoveryCode, { userId: actor.userId });
      await this.audit.record(manager, actor, 'two_factor.disabled', 'User', actor.userId, { method: 'TOTP' });
      return true;
    });
    if (!disabled) throw badInput('code', WRONG_CODE);
    return true;
  }

  /** After the right password: the single-use token that completeSignIn exchanges, with a code, for a session. */
  async startChallenge(userId: string): Promise<string> {
    const secret = randomToken();
    const challenge = await this.factors.manager.save(
      this.factors.manager.create(MfaChallenge, {
        userId,
        tokenHash: sha256(secret),
        expiresAt: new Date(Date.now() + MFA_CHALLENGE_TTL_SECONDS * 1000),
      }),
    );
    return formatIdAndSecret(challenge.id, secret);
  }

  /** The person of a challenge answered with a right code (the challenge is used up), else an error. */
  async completeChallenge(mfaToken: string, code: string, client: ClientContext): Promise<User> {
    const parsed = parseIdAndSecret(mfaToken);
    if (!parsed) throw unauthenticated(SIGN_IN_EXPIRED);
    const outcome = await this.factors.manager.transaction(async (manager) => {
      const challenge = await manager.findOne(MfaChallenge, {
        where: { id: parsed.id, tokenHash: sha256(parsed.secret) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!challenge || challenge.usedAt || challenge.expiresAt <= new Date()) return 'expired' as const;
      const factor = await this.lockedFactor(manager, challenge.userId);
      if (!factor?.confirmedAt || !(await this.checkCode(manager, factor, code, { recoveryCodes: true }))) {
        return 'wrong' as const;
      }
      challenge.usedAt = new Date();
      await manager.save(challenge);
      await this.audit.record(
        manager,
        { userId: challenge.userId },
        'sign_in.two_factor',
        'User',
        challenge.userId,
        { method: 'TOTP' },
        client,
      );
      return challenge.userId;
    });
    if (outcome === 'expired') throw unauthenticated(SIGN_IN_EXPIRED);
    if (outcome === 'wrong') throw badInput('code', WRONG_CODE);
    const [user] = await this.users.findByIds([outcome]);
    if (!user || user.disabledAt) throw unauthenticated(SIGN_IN_EXPIRED);
    return user;
  }

  // ---- internals ----

  private lockedFactor(manager: EntityManager, userId: string): Promise<TotpFactor | null> {
    return manager.findOne(TotpFactor, { where: { userId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Whether the code is the authenticator's current one (newer than the last accepted) or, where allowed,
   * an unused recovery code, which it uses up. A wrong code is recorded in the caller's transaction, which
   * must commit it: the caller answers the error after the transaction.
   */
  private async checkCode(
    manager: EntityManager,
    factor: TotpFactor,
    code: string,
    { recoveryCodes }: { recoveryCodes: boolean },
  ): Promise<boolean> {
    const userId = factor.userId;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('second factor ' || $1, 0))`, [userId]);
    const [{ failures }] = await manager.query(
      `SELECT count(*)::int AS failures FROM mfa_failures
        WHERE user_id = $1 AND failed_at > now() - make_interval(secs => $2)`,
      [userId, MFA_WINDOW_SECONDS],
    );
    if (failures >= MFA_MAX_FAILURES) throw rateLimited(MFA_WINDOW_SECONDS);

    const digits = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(digits)) {
      const secret = this.decrypt(factor.secretCiphertext);
      const result =
        secret &&
        (await verify({
          secret,
          token: digits,
          epochTolerance: CLOCK_TOLERANCE_SECONDS,
          ...(factor.lastTimeStep === null ? {} : { afterTimeStep: Number(factor.lastTimeStep) }),
        }));
      if (result && result.valid && 'timeStep' in result) {
        factor.lastTimeStep = String(result.timeStep);
        await manager.save(factor);
        return true;
      }
    } else if (recoveryCodes) {
      const used = await manager.query(
        `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
        [userId, sha256(normalizeRecoveryCode(code))],
      );
      if (used[1] > 0) return true;
    }
    await manager.query(`INSERT INTO mfa_failures (user_id) VALUES ($1)`, [userId]);
    return false;
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    await manager.delete(RecoveryCode, { userId });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newRecoveryCode());
    await manager.insert(
      RecoveryCode,
      codes.map((code) => ({ userId, codeHash: sha256(normalizeRecoveryCode(code)) })),
    );
    return codes;
  }

  private encrypt(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
  }

  /** The secret, or null when it was encrypted under another key (JWT_SECRET changed): recovery codes still work. */
  private decrypt(stored: string): string | null {
    try {
      const bytes = Buffer.from(stored, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}

/** Ten lower-case letters and digits in two groups, easy to read out and type: `k7q2m-x9d4p`. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

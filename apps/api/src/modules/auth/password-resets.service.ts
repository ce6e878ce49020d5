import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EMAIL_MAX_LENGTH, PASSWORD_RESET_TTL_SECONDS } from '@ctcp/shared';
import { IsNull, MoreThan, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import type { ClientContext } from '../../common/client-context.js';
import { badInput, notFound } from '../../common/errors.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { AuditService } from '../audit/audit.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { normalizeEmail, UsersService } from '../users/users.service.js';
import { AuthSessionsService } from './auth-sessions.service.js';
import { assertUncommonPassword } from './common-passwords.js';
import { PasswordReset } from './password-reset.entity.js';
import type { ChangePasswordInput, ResetPasswordInput } from './password-resets.types.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { TokenGuesses } from './token-guesses.js';
import { randomToken, sha256 } from './tokens.js';

const REQUESTED = 'password_reset_requested';
const LINK_UNUSABLE = 'Password reset link';
/** Links mailed to one account per hour at most: asking more often cannot flood a mailbox. */
const LINKS_PER_HOUR = 5;

/** Forgotten and changed passwords. A new password ends the person's other sessions. */
@Injectable()
export class PasswordResetsService implements OnModuleInit {
  constructor(
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly users: UsersService,
    private readonly sessions: AuthSessionsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly tokenGuesses: TokenGuesses,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(REQUESTED, (payload) => {
      const { email, ipAddress } = payload as { email: string; ipAddress: string };
      return this.sendLink(email, ipAddress);
    });
  }

  /**
   * The same answer after the same work (one job added) whether or not the address has an account: the job
   * looks the account up and mails the link, so neither the answer nor its timing tells who has one.
   */
  async request(email: string, ipAddress: string): Promise<boolean> {
    if (email.length > EMAIL_MAX_LENGTH) throw badInput('email', 'The email address is too long.');
    await this.resets.manager.transaction((manager) =>
      this.jobs.add(manager, REQUESTED, [{ payload: { email: normalizeEmail(email), ipAddress } }]),
    );
    return true;
  }

  /** Sets the password of the link's account, uses the link up and ends every session of that person. */
  async reset(input: ResetPasswordInput, client: ClientContext): Promise<boolean> {
    await this.tokenGuesses.assertAllowed(client.ipAddress);
    const tokenHash = sha256(input.token);
    // The link is checked before the costly hash, so that bogus tokens cost nothing.
    const link = await this.usable(tokenHash);
    if (!link) {
      await this.tokenGuesses.recordFailure(client.ipAddress);
      throw notFound(LINK_UNUSABLE);
    }
    const [user] = await this.users.findByIds([link.userId]);
    assertUncommonPassword(input.password, 'password', user?.email);
    const passwordHash = await hashPassword(input.password);
    return this.resets.manager.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordReset, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      if (!reset || !isUsable(reset)) throw notFound(LINK_UNUSABLE);
      reset.usedAt = new Date();
      await manager.save(reset);
      await this.users.setPasswordHash(manager, reset.userId, passwordHash);
      await this.sessions.revokeAllOf(manager, reset.userId);
      await this.audit.record(
        manager,
        { userId: reset.userId },
        'password.reset',
        'User',
        reset.userId,
        { resetId: reset.id, otherSessionsEnded: true },
        client,
      );
      return true;
    });
  }

  /**
   * The signed-in person's new password, given the current one; their other sessions end. The password
   * is replaced only if it is still the one checked, so of two changes at once the second finds its
   * "current password" out of date.
   */
  async change(actor: Actor, input: ChangePasswordInput): Promise<boolean> {
    const wrongCurrent = () => badInput('currentPassword', 'The current password is incorrect.');
    const [user] = await this.users.findByIds([actor.userId]);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) throw wrongCurrent();
    assertUncommonPassword(input.newPassword, 'newPassword', user.email);
    const passwordHash = await hashPassword(input.newPassword);
    await this.resets.manager.transaction(async (manager) => {
      if (!(await this.users.replacePasswordHash(manager, actor.userId, user.passwordHash, passwordHash))) {
        throw wrongCurrent();
      }
      await this.sessions.revokeAllOf(manager, actor.userId, actor.sessionId);
      await this.audit.record(manager, actor, 'password.changed', 'User', actor.userId, { otherSessionsEnded: true });
    });
    return true;
  }

  // ---- internals ----

  /**
   * The job behind `request`: a new link for an enabled account, mailed in its language, unless the account
   * had its fill of links this hour; nothing for an unknown address.
   */
  private async sendLink(email: string, ipAddress: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.disabledAt) return;
    const token = randomToken();
    await this.resets.manager.transaction(async (manager) => {
      // One request after the other per account, so that the count below holds.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('password-reset:' || $1, 0))`, [user.id]);
      const lastHour = await manager.count(PasswordReset, {
        where: { userId: user.id, createdAt: MoreThan(new Date(Date.now() - 60 * 60 * 1000)) },
      });
      if (lastHour >= LINKS_PER_HOUR) return;
      // A new link replaces the earlier unused ones (kept, used up, for the count).
      await manager.update(PasswordReset, { userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      await manager.insert(PasswordReset, {
        userId: user.id,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_SECONDS * 1000),
        usedAt: null,
      });
      await this.audit.record(
        manager,
        { userId: user.id },
        'password.reset_requested',
        'User',
        user.id,
        { email: user.email },
        // The job runs apart from the request: only the address it came from was kept.
        { ipAddress, userAgent: null },
      );
      await this.mail.enqueue(manager, [
        {
          kind: 'PASSWORD_RESET',
          to: user.email,
          language: user.preferredLanguage,
          params: {
            minutes: String(PASSWORD_RESET_TTL_SECONDS / 60),
            url: `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
          },
        },
      ]);
    });
  }

  /** The link of the token, if it can still be used. */
  private async usable(tokenHash: string): Promise<PasswordReset | null> {
    const reset = await this.resets.findOneBy({ tokenHash });
    return reset !== null && isUsable(reset) ? reset : null;
  }
}

function isUsable(reset: PasswordReset): boolean {
  return reset.usedAt === null && reset.expiresAt > new Date();
}

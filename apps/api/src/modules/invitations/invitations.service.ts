import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DEFAULT_LANGUAGE, INVITATION_TTL_SECONDS } from '@ctcp/shared';
import { type EntityManager, IsNull, MoreThan, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import type { ClientContext } from '../../common/client-context.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { findPage, type Page } from '../../common/pagination.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { AuditService } from '../audit/audit.service.js';
import { assertUncommonPassword } from '../auth/common-passwords.js';
import { hashPassword } from '../auth/passwords.js';
import { TokenGuesses } from '../auth/token-guesses.js';
import { randomToken, sha256 } from '../auth/tokens.js';
import { MailService, type NewMail } from '../mail/mail.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { mayInvite, mayManageAllInvitations, mayManageInvitationsOf } from '../policy/invitations.js';
import type { User } from '../users/user.entity.js';
import { normalizeEmail, UsersService } from '../users/users.service.js';
import { Invitation } from './invitation.entity.js';
import type {
  AcceptInvitationInput,
  InvitationPreview,
  InviteUserInput,
  InviteUserPayload,
} from './invitations.types.js';

const INVITATION_UNUSABLE = 'Invitation';

@Injectable()
export class InvitationsService {
  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly tokenGuesses: TokenGuesses,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /**
   * Invites `input.email` to an organization. The answer is the same whether or not the address already
   * has an account (that person gets a mail saying someone tried to invite them), and the link goes only
   * by mail when mail leaves the machine.
   */
  async invite(actor: Actor, input: InviteUserInput): Promise<InviteUserPayload> {
    const organization = await this.organizations.findByIdUnchecked(input.organizationId);
    if (!organization) throw notFound('Organization');
    assertAllowed(
      mayInvite(actor, {
        organizationId: organization.id,
        organizationKind: organization.kind,
        role: input.role,
        isOrganizationAdmin: input.isOrganizationAdmin,
      }),
    );
    const email = normalizeEmail(input.email);
    const token = randomToken();
    const invitation = await this.invitations.manager.transaction(async (manager) => {
      // A new invitation replaces the organization's pending one for the same address (never another
      // organization's); invitations of one address are made one after the other.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('invitation:' || $1, 0))`, [email]);
      await manager.delete(Invitation, { email, organizationId: organization.id, acceptedAt: IsNull() });
      const saved = await manager.save(
        manager.create(Invitation, {
          email,
          organizationId: organization.id,
          role: input.role,
          isOrganizationAdmin: input.isOrganizationAdmin,
          tokenHash: sha256(token),
          invitedById: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_SECONDS * 1000),
          acceptedAt: null,
        }),
      );
      await this.audit.record(manager, actor, 'invitation.created', 'Invitation', saved.id, {
        email,
        role: input.role,
      });
      await this.mail.enqueue(manager, [await this.invitationMail(actor, saved, organization, token)]);
      return saved;
    });
    return { invitation, acceptUrl: this.mail.delivers ? null : this.acceptUrl(token) };
  }

  /** A new link for a pending invitation (the old one stops working), sent again, valid again in full. */
  async resend(actor: Actor, id: string): Promise<InviteUserPayload> {
    const token = randomToken();
    const invitation = await this.invitations.manager.transaction(async (manager) => {
      const pending = await this.requireManageable(manager, actor, id);
      const organization = (await this.organizations.findByIdUnchecked(pending.organizationId))!;
      pending.tokenHash = sha256(token);
      pending.expiresAt = new Date(Date.now() + INVITATION_TTL_SECONDS * 1000);
      const saved = await manager.save(pending);
      await this.audit.record(manager, actor, 'invitation.resent', 'Invitation', id, {
        email: saved.email,
        expiresAt: saved.expiresAt,
      });
      await this.mail.enqueue(manager, [await this.invitationMail(actor, saved, organization, token)]);
      return saved;
    });
    return { invitation, acceptUrl: this.mail.delivers ? null : this.acceptUrl(token) };
  }

  /** Withdraws a pending invitation: its link stops working at once. */
  async revoke(actor: Actor, id: string): Promise<boolean> {
    return this.invitations.manager.transaction(async (manager) => {
      const pending = await this.requireManageable(manager, actor, id);
      await manager.delete(Invitation, { id: pending.id });
      await this.audit.record(manager, actor, 'invitation.revoked', 'Invitation', id, { email: pending.email });
      return true;
    });
  }

  async listPending(actor: Actor, organizationId: string | null, page: Page) {
    if (organizationId) assertAllowed(mayManageInvitationsOf(actor, organizationId));
    else assertAllowed(mayManageAllInvitations(actor));
    const query = this.invitations
      .createQueryBuilder('i')
      .where('i.accepted_at IS NULL AND i.expires_at > now()')
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'ASC');
    if (organizationId) query.andWhere('i.organization_id = :organizationId', { organizationId });
    return findPage(query, page);
  }

  /** Public: a valid token shows what it invites to; any other answers NOT_FOUND. */
  async preview(token: string, ipAddress: string): Promise<InvitationPreview> {
    await this.tokenGuesses.assertAllowed(ipAddress);
    const invitation = await this.invitations.findOneBy({
      tokenHash: sha256(token),
      acceptedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    const organization = invitation && (await this.organizations.findByIdUnchecked(invitation.organizationId));
    if (!invitation || !organization) {
      await this.tokenGuesses.recordFailure(ipAddress);
      throw notFound(INVITATION_UNUSABLE);
    }
    return {
      email: invitation.email,
      organization,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    };
  }

  /** Creates the account and uses up the invitation in one transaction. */
  async accept(input: AcceptInvitationInput, client: ClientContext): Promise<User> {
    const name = input.name.trim();
    if (!name) throw badInput('name', 'Enter your name.');
    // The token first: a guess costs a lookup, never a hash (tens of milliseconds and 64 MiB).
    await this.tokenGuesses.assertAllowed(client.ipAddress);
    const tokenHash = sha256(input.token);
    const found = await this.invitations.findOneBy({ tokenHash });
    if (!found || found.acceptedAt || found.expiresAt <= new Date()) {
      await this.tokenGuesses.recordFailure(client.ipAddress);
      throw notFound(INVITATION_UNUSABLE);
    }
    assertUncommonPassword(input.password, 'password', found.email);
    const passwordHash = await hashPassword(input.password);
    return this.invitations.manager.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, {
        where: { tokenHash },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date())
        throw notFound(INVITATION_UNUSABLE);
      if (await this.users.findByEmail(invitation.email)) {
        throw conflict('Someone with this email address already has an account.', 'email');
      }
      const user = await this.users.create(manager, {
        email: invitation.email,
        name,
        passwordHash,
        organizationId: invitation.organizationId,
        role: invitation.role,
        isOrganizationAdmin: invitation.isOrganizationAdmin,
        preferredLanguage: input.preferredLanguage ?? DEFAULT_LANGUAGE,
      });
      invitation.acceptedAt = new Date();
      await manager.save(invitation);
      await this.audit.record(
        manager,
        { userId: user.id },
        'invitation.accepted',
        'Invitation',
        invitation.id,
        { email: user.email, role: invitation.role, organizationId: invitation.organizationId },
        client,
      );
      return user;
    });
  }

  // ---- internals ----

  /** A pending invitation the actor manages, locked; any other (or none) is NOT_FOUND. */
  private async requireManageable(manager: EntityManager, actor: Actor, id: string): Promise<Invitation> {
    const found = await manager.findOneBy(Invitation, { id, acceptedAt: IsNull() });
    if (!found || !mayManageInvitationsOf(actor, found.organizationId)) throw notFound(INVITATION_UNUSABLE);
    return lockForChange(manager, Invitation, id, INVITATION_UNUSABLE);
  }

  private acceptUrl(token: string): string {
    return `${this.config.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
  }

  /**
   * The invitation's mail in the inviter's language; to an address that already has an account, a notice in
   * that person's language instead, which holds no token.
   */
  private async invitationMail(
    actor: Actor,
    invitation: Invitation,
    organization: Organization,
    token: string,
  ): Promise<NewMail> {
    const [[inviter], member] = await Promise.all([
      this.users.findByIds([actor.userId]),
      this.users.findByEmail(invitation.email),
    ]);
    const language = member?.preferredLanguage ?? inviter?.preferredLanguage ?? DEFAULT_LANGUAGE;
    const params = { inviter: inviter?.name ?? '', organization: organization.names[language] ?? organization.key };
    if (member) {
      return {
        kind: 'INVITATION_TO_MEMBER',
        to: invitation.email,
        language,
        params: { ...params, url: `${this.config.publicUrl}/sign-in` },
      };
    }
    const expires = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      invitation.expiresAt,
    );
    return {
      kind: 'INVITATION',
      to: invitation.email,
      language,
      params: { ...params, expires, url: this.acceptUrl(token) },
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Language, type OrganizationKind, type PlatformRole } from '@ctcp/shared';
import { type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { likePattern } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { mayChangeRole, mayDisable, maySeePeopleOf, type PersonFacts, visiblePeopleWhere } from '../policy/people.js';
import { User } from './user.entity.js';
import type { SetUserDisabledInput, SetUserRoleInput, UpdateMyProfileInput, UserFilter } from './users.inputs.js';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  organizationId: string;
  role: PlatformRole;
  isOrganizationAdmin: boolean;
  preferredLanguage: Language;
}

/** What the request guard needs to know about the user behind a token, in one query. */
export interface ActiveUserRow {
  id: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: PlatformRole;
  isOrganizationAdmin: boolean;
  preferredLanguage: Language;
  sessionExpiresAt: Date;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
  ) {}

  async me(actor: Actor): Promise<User> {
    const user = await this.users.findOneBy({ id: actor.userId });
    if (!user) throw notFound('User');
    return user;
  }

  async list(actor: Actor, filter: UserFilter, page: Page) {
    const query = this.visibleTo(actor);
    if (filter.organizationId) query.andWhere('u.organization_id = :organizationId', filter);
    if (filter.role) query.andWhere('u.role = :role', filter);
    if (filter.search) {
      query.andWhere('(u.name ILIKE :pattern OR u.email ILIKE :pattern)', { pattern: likePattern(filter.search) });
    }
    query.orderBy('u.name', 'ASC').addOrderBy('u.id', 'ASC');
    return findPage(query, page);
  }

  async get(actor: Actor, id: string): Promise<User> {
    const user = await this.visibleTo(actor).andWhere('u.id = :id', { id }).getOne();
    if (!user) throw notFound('User');
    return user;
  }

  async updateMyProfile(actor: Actor, input: UpdateMyProfileInput): Promise<User> {
    // Only the fields given: a rename in one tab and a language switch in another both stay.
    const changes: Partial<Pick<User, 'name' | 'preferredLanguage'>> = {};
    if (input.name != null) {
      if (!input.name.trim()) throw badInput('name', 'Enter a name.');
      changes.name = input.name.trim();
    }
    if (input.preferredLanguage != null) changes.preferredLanguage = input.preferredLanguage;
    if (Object.keys(changes).length > 0) await this.users.update({ id: actor.userId }, changes);
    return this.me(actor);
  }

  /** Takes effect at once: the person's open sockets are closed and reconnect with the rooms of the new role. */
  async setRole(actor: Actor, input: SetUserRoleInput, ipAddress: string): Promise<User> {
    const user = await this.users.manager.transaction(async (manager) => {
      const target = await this.lockVisiblePerson(manager, actor, input.userId);
      assertAllowed(mayChangeRole(actor, this.factsOf(target)));
      const before = { role: target.role, isOrganizationAdmin: target.isOrganizationAdmin };
      target.role = input.role;
      target.isOrganizationAdmin = input.isOrganizationAdmin;
      await manager.save(target);
      await this.audit.record(
        manager,
        actor,
        'user.role_changed',
        'User',
        target.id,
        { before, after: input },
        ipAddress,
      );
      return target;
    });
    this.realtime.disconnectUser(user.id);
    return user;
  }

  /** Disabling also ends every session of the user, so their tokens stop working at once. */
  async setDisabled(actor: Actor, input: SetUserDisabledInput, ipAddress: string): Promise<User> {
    const user = await this.users.manager.transaction(async (manager) => {
      const target = await this.lockVisiblePerson(manager, actor, input.userId);
      assertAllowed(mayDisable(actor, this.factsOf(target)));
      target.disabledAt = input.disabled ? (target.disabledAt ?? new Date()) : null;
      await manager.save(target);
      if (input.disabled) {
        await manager.query('UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
          target.id,
        ]);
      }
      const action = input.disabled ? 'user.disabled' : 'user.enabled';
      await this.audit.record(manager, actor, action, 'User', target.id, {}, ipAddress);
      return target;
    });
    if (input.disabled) this.realtime.disconnectUser(user.id);
    return user;
  }

  /** Ids of the enabled people with these emails whom the actor may see, by email. */
  async findVisibleByEmails(actor: Actor, emails: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.visibleTo(actor)
      .andWhere('u.email IN (:...emails) AND u.disabled_at IS NULL', { emails: emails.map(normalizeEmail) })
      .getMany();
    return new Map(rows.map((row) => [row.email, row.id]));
  }

  // ---- for other modules' services (auth, invitations, loaders); no policy: callers apply it ----

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  async findByIds(ids: readonly string[]): Promise<(User | undefined)[]> {
    const rows = await this.users.findBy({ id: In([...ids]) });
    return inOrderOf(ids, rows);
  }

  /** The enabled user behind a live session, or null. */
  async findActiveForSession(userId: string, sessionId: string): Promise<ActiveUserRow | null> {
    const rows: ActiveUserRow[] = await this.users.query(
      `SELECT u.id, u.organization_id AS "organizationId", o.kind AS "organizationKind", u.role,
              u.is_organization_admin AS "isOrganizationAdmin", u.preferred_language AS "preferredLanguage",
              s.expires_at AS "sessionExpiresAt"
         FROM users u
         JOIN organizations o ON o.id = u.organization_id
         JOIN auth_sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND u.disabled_at IS NULL
          AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [userId, sessionId],
    );
    return rows[0] ?? null;
  }

  async create(manager: EntityManager, input: NewUser): Promise<User> {
    return manager.save(manager.create(User, { ...input, email: normalizeEmail(input.email) }));
  }

  async recordSignIn(userId: string): Promise<void> {
    await this.users.update({ id: userId }, { lastSignInAt: new Date() });
  }

  /** People of States are visible to their own State and to the Compact side only (need-to-know). */
  private visibleTo(actor: Actor): SelectQueryBuilder<User> {
    const visible = visiblePeopleWhere(actor);
    return this.users.createQueryBuilder('u').innerJoin('u.organization', 'o').where(visible.sql, visible.params);
  }

  /** Locks the person for the change; someone the actor may not see is NOT_FOUND, not FORBIDDEN. */
  private async lockVisiblePerson(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<User & { organization: { kind: OrganizationKind } }> {
    const person = () =>
      manager.createQueryBuilder(User, 'u').innerJoinAndSelect('u.organization', 'o').where('u.id = :id', { id });
    const seen = await person().getOne();
    if (!seen?.organization || !maySeePeopleOf(actor, seen.organization)) throw notFound('User');
    const user = await person().setLock('pessimistic_write', undefined, ['u']).getOneOrFail();
    return user as User & { organization: { kind: OrganizationKind } };
  }

  private factsOf(user: User & { organization: { kind: OrganizationKind } }): PersonFacts {
    return {
      id: user.id,
      organizationId: user.organizationId,
      organizationKind: user.organization.kind,
      role: user.role,
    };
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EmailFrequency, type Language, type OrganizationKind, type PlatformRole } from '@ctcp/shared';
import { type EntityManager, In, IsNull, Not, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { likePattern } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthSessionsService } from '../auth/auth-sessions.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationUnitsService } from '../organizations/organization-units.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { mayPlaceInUnitOf } from '../policy/organizations.js';
import { isStaffSql, type SqlCondition } from '../policy/actors.js';
import { mayChangeRole, mayDisable, maySeePeopleOf, type PersonFacts, visiblePeopleWhere } from '../policy/people.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { User } from './user.entity.js';
import type {
  SetUserDisabledInput,
  SetUserRoleInput,
  SetUserUnitInput,
  UpdateMyProfileInput,
  UpdateNotificationPreferencesInput,
  UserFilter,
} from './users.inputs.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  organizationId: string;
  role: PlatformRole;
  isOrganizationAdmin: boolean;
  preferredLanguage: Language;
}

/** What the request guard needs to know about the enabled user behind a token. */
export interface ActiveUser {
  id: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: PlatformRole;
  isOrganizationAdmin: boolean;
  preferredLanguage: Language;
}

/** People with a platform role, of any organization or of these organizations only (none: nobody). */
export interface PeopleGroup {
  role: PlatformRole;
  organizationIds?: readonly string[];
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly organizations: OrganizationsService,
    private readonly units: OrganizationUnitsService,
    private readonly sessions: AuthSessionsService,
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

  async updateNotificationPreferences(actor: Actor, input: UpdateNotificationPreferencesInput): Promise<User> {
    await this.users.update({ id: actor.userId }, { emailFrequency: input.emailFrequency });
    return this.me(actor);
  }

  /** A one-click unsubscribe from a mail: no more notification mail for this person. */
  async stopNotificationMail(userId: string): Promise<void> {
    await this.users.update({ id: userId }, { emailFrequency: 'OFF' });
  }

  /** Takes effect at once: the person's open sockets are closed and reconnect with the rooms of the new role. */
  async setRole(actor: Actor, input: SetUserRoleInput): Promise<User> {
    const user = await this.users.manager.transaction(async (manager) => {
      const target = await this.lockVisiblePerson(manager, actor, input.userId);
      assertAllowed(mayChangeRole(actor, this.factsOf(target)));
      const before = { role: target.role, isOrganizationAdmin: target.isOrganizationAdmin };
      target.role = input.role;
      target.isOrganizationAdmin = input.isOrganizationAdmin;
      await manager.save(target);
      await this.audit.record(manager, actor, 'user.role_changed', 'User', target.id, { before, after: input });
      return target;
    });
    this.realtime.disconnectUser(user.id);
    return user;
  }

  /** The unit must be one of the person's own organization. */
  async setUnit(actor: Actor, input: SetUserUnitInput): Promise<User> {
    return this.users.manager.transaction(async (manager) => {
      const target = await this.lockVisiblePerson(manager, actor, input.userId);
      assertAllowed(mayPlaceInUnitOf(actor, target.organizationId));
      const unitId = input.unitId ?? null;
      if (unitId) await this.units.requireUnitOf(manager, unitId, target.organizationId, 'unitId');
      const before = target.unitId;
      target.unitId = unitId;
      await manager.save(target);
      await this.audit.record(manager, actor, 'user.unit_changed', 'User', target.id, { before, after: unitId });
      return target;
    });
  }

  /** Disabling also ends every session of the user, so their tokens stop working at once. */
  async setDisabled(actor: Actor, input: SetUserDisabledInput): Promise<User> {
    const user = await this.users.manager.transaction(async (manager) => {
      const target = await this.lockVisiblePerson(manager, actor, input.userId);
      assertAllowed(mayDisable(actor, this.factsOf(target)));
      target.disabledAt = input.disabled ? (target.disabledAt ?? new Date()) : null;
      await manager.save(target);
      if (input.disabled) await this.sessions.revokeAllOf(manager, target.id);
      const action = input.disabled ? 'user.disabled' : 'user.enabled';
      await this.audit.record(manager, actor, action, 'User', target.id, { email: target.email });
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
    if (ids.length === 0) return [];
    const rows = await rowsWhereIn(this.users.manager, User, 'id', ids);
    return inOrderOf(ids, rows);
  }

  /**
   * The user, when enabled, with their organization's kind (the session is AuthService's to check). Asked at
   * every signed-in request: the five columns it needs, without building a whole User.
   */
  async findActive(userId: string): Promise<ActiveUser | null> {
    const [user]: Omit<ActiveUser, 'organizationKind'>[] = await this.users.query(
      `SELECT id, organization_id AS "organizationId", role, is_organization_admin AS "isOrganizationAdmin",
              preferred_language AS "preferredLanguage"
         FROM users WHERE id = $1 AND disabled_at IS NULL`,
      [userId],
    );
    const organization = user && (await this.organizations.fixedFactsOf(user.organizationId));
    return organization ? { ...user, organizationKind: organization.kind } : null;
  }

  /** Sets a person's password (hashed by the caller) in the caller's transaction. */
  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.update(User, { id: userId }, { passwordHash });
  }

  /** Replaces the password only if it is still `expectedHash` (no change in between); false otherwise. */
  async replacePasswordHash(
    manager: EntityManager,
    userId: string,
    expectedHash: string,
    passwordHash: string,
  ): Promise<boolean> {
    const result = await manager.update(User, { id: userId, passwordHash: expectedHash }, { passwordHash });
    return result.affected === 1;
  }

  /** These people, by name (the order of lists of people). */
  findByIdsByName(ids: readonly string[]): Promise<User[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.users.find({ where: { id: In([...ids]) }, order: { name: 'ASC' } });
  }

  /** Ids of the people (enabled or not) of these organizations. */
  async idsInOrganizations(organizationIds: readonly string[]): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const rows = await this.users.find({ select: { id: true }, where: { organizationId: In([...organizationIds]) } });
    return rows.map((row) => row.id);
  }

  /** Of these people, those the actor may not see by the people rule (policy/people.ts). */
  async idsNotVisibleTo(actor: Actor, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const visible = visiblePeopleWhere(actor);
    const rows = await this.users
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.id = ANY(:ids)', { ids })
      .andWhere(`NOT ${visible.sql}`, visible.params)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Ids of the people (enabled or not) with these emails, but `exceptId`. */
  async idsByEmails(emails: readonly string[], exceptId: string): Promise<string[]> {
    if (emails.length === 0) return [];
    const rows = await this.users.find({ select: { id: true }, where: { email: In([...emails]), id: Not(exceptId) } });
    return rows.map((row) => row.id);
  }

  /**
   * Ids of the enabled people `u` (all, or those `among`) who meet `condition`: a rule's SQL twin on `u`,
   * as another module words it for its own records (who may read a workspace, say).
   */
  async enabledIdsWhere(condition: SqlCondition, among?: readonly string[]): Promise<string[]> {
    if (among?.length === 0) return [];
    const query = this.users
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.disabled_at IS NULL')
      .andWhere(condition.sql, condition.params);
    if (among) query.andWhere('u.id = ANY(:among)', { among });
    const rows = await query.getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Of these people, the enabled ones whose notification mail comes at one of `frequencies`. */
  mailRecipients(ids: readonly string[], frequencies: readonly EmailFrequency[]): Promise<User[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.users.findBy({ id: In([...ids]), emailFrequency: In([...frequencies]), disabledAt: IsNull() });
  }

  /** The enabled coordinators and admins, by name. */
  enabledStaff(): Promise<User[]> {
    return this.users
      .createQueryBuilder('u')
      .where(`${isStaffSql('u.role')} AND u.disabled_at IS NULL`)
      .orderBy('u.name')
      .getMany();
  }

  /** The enabled people in any of these groups, but `exceptId` (the one who acts): whom to notify. */
  async enabledMembersOf(groups: readonly (PeopleGroup | null)[], exceptId: string): Promise<User[]> {
    const params: Record<string, unknown> = { exceptId };
    const conditions = groups.flatMap((group, index) => {
      if (!group || group.organizationIds?.length === 0) return [];
      params[`role${index}`] = group.role;
      if (!group.organizationIds) return [`u.role = :role${index}`];
      params[`organizations${index}`] = group.organizationIds;
      return [`(u.role = :role${index} AND u.organization_id = ANY(:organizations${index}))`];
    });
    if (conditions.length === 0) return [];
    return this.users
      .createQueryBuilder('u')
      .where(`u.disabled_at IS NULL AND u.id <> :exceptId AND (${conditions.join(' OR ')})`, params)
      .getMany();
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
    return this.users.createQueryBuilder('u').where(visible.sql, visible.params);
  }

  /** Locks the person for the change; someone the actor may not see is NOT_FOUND, not FORBIDDEN. */
  private async lockVisiblePerson(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<User & { organization: Organization }> {
    const seen = await manager.findOneBy(User, { id });
    const organization = seen && (await this.organizations.findByIdUnchecked(seen.organizationId));
    if (!organization || !maySeePeopleOf(actor, organization)) throw notFound('User');
    const user = await lockForChange(manager, User, id, 'User');
    return Object.assign(user, { organization });
  }

  private factsOf(user: User & { organization: Organization }): PersonFacts {
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

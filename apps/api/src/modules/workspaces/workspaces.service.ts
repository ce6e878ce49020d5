import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { OrganizationKind, WorkspaceOrganizationRole, WorkspaceRole, WorkspaceVisibility } from '@ctcp/shared';
import { type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { notificationTitle } from '../notifications/notification-texts.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  mayCreateWorkspace,
  mayGrantWorkspaceRole,
  maySeeWorkspaceMember,
  workspaceAccess,
  type WorkspaceAccess,
} from '../policy/policy.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';
import { Workspace, WorkspaceMember, WorkspaceOrganization } from './workspace.entity.js';
import type { AddWorkspaceMemberInput, CreateWorkspaceInput, RemoveWorkspaceMemberInput } from './workspaces.inputs.js';

export interface WorkspaceWithAccess {
  workspace: Workspace;
  access: WorkspaceAccess;
}

type Need = 'read' | 'post' | 'moderate' | 'manageMembers';

/** SQL true when the person (:userId of organization :organizationId) may read workspace `w`. */
const READABLE = `(w.visibility = 'OPEN'
  OR EXISTS (SELECT 1 FROM workspace_members m WHERE m.workspace_id = w.id AND m.user_id = :userId)
  OR EXISTS (SELECT 1 FROM workspace_organizations wo WHERE wo.workspace_id = w.id AND wo.organization_id = :organizationId))`;

@Injectable()
export class WorkspacesService {
  constructor(
    @InjectRepository(Workspace) private readonly workspaces: Repository<Workspace>,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, page: Page) {
    const query = this.readable(actor)
      .orderBy(`CASE w.kind WHEN 'WORKING_GROUP' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('w.name', 'ASC')
      .addOrderBy('w.id', 'ASC');
    return findPage(query, page);
  }

  async get(actor: Actor, id: string): Promise<Workspace> {
    return (await this.require(actor, id, 'read')).workspace;
  }

  /**
   * The workspace and what the actor may do in it. A workspace the actor may not read is NOT_FOUND;
   * one they read but may not act in this way is FORBIDDEN.
   */
  async require(actor: Actor, workspaceId: string, need: Need, manager?: EntityManager): Promise<WorkspaceWithAccess> {
    const found = await this.accessOf(actor, workspaceId, manager);
    if (!found || !(found.access.read || (need === 'manageMembers' && found.access.manageMembers))) {
      throw notFound('Workspace');
    }
    assertAllowed(found.access[need]);
    return found;
  }

  /** What each of these workspaces allows the actor (for `viewerRole` and friends, via a DataLoader). */
  async accessForMany(actor: Actor, workspaceIds: readonly string[]): Promise<WorkspaceAccess[]> {
    const rows: {
      id: string;
      visibility: WorkspaceVisibility;
      userRole: WorkspaceRole | null;
      organizationRole: WorkspaceOrganizationRole | null;
    }[] = await this.workspaces.query(
      `SELECT w.id, w.visibility, m.role AS "userRole", wo.role AS "organizationRole"
           FROM workspaces w
           LEFT JOIN workspace_members m ON m.workspace_id = w.id AND m.user_id = $2
           LEFT JOIN workspace_organizations wo ON wo.workspace_id = w.id AND wo.organization_id = $3
          WHERE w.id = ANY($1)`,
      [workspaceIds, actor.userId, actor.organizationId],
    );
    const byId = new Map(rows.map((row) => [row.id, workspaceAccess(row, actor.role)]));
    return workspaceIds.map(
      (id) => byId.get(id) ?? workspaceAccess({ visibility: 'PRIVATE', userRole: null, organizationRole: null }),
    );
  }

  /** Ids of every workspace the user may read: the socket rooms they join. */
  async readableIds(actor: Actor): Promise<string[]> {
    const rows = await this.readable(actor).select('w.id', 'id').getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Of these users, those who may read the workspace now (enabled accounts only). */
  async readersAmong(manager: EntityManager, workspaceId: string, userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u, workspaces w
        WHERE w.id = $1 AND u.id = ANY($2) AND u.disabled_at IS NULL
          AND (w.visibility = 'OPEN'
            OR EXISTS (SELECT 1 FROM workspace_members m WHERE m.workspace_id = w.id AND m.user_id = u.id)
            OR EXISTS (SELECT 1 FROM workspace_organizations wo WHERE wo.workspace_id = w.id AND wo.organization_id = u.organization_id))`,
      [workspaceId, userIds],
    );
    return rows.map((row) => row.id);
  }

  async create(actor: Actor, input: CreateWorkspaceInput): Promise<Workspace> {
    assertAllowed(mayCreateWorkspace(actor));
    const name = input.name.trim();
    if (!name) throw badInput('name', 'Enter a name.');
    const organizationIds = [...new Set(input.memberOrganizationIds)];
    const memberUserIds: string[] = [];
    const workspace = await this.workspaces.manager.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Workspace, {
          name,
          description: input.description.trim(),
          visibility: input.visibility,
          kind: 'AD_HOC',
          workingGroupId: null,
          createdById: actor.userId,
        }),
      );
      await manager.insert(WorkspaceMember, { workspaceId: saved.id, userId: actor.userId, role: 'OWNER' });
      if (organizationIds.length > 0) {
        const found: { id: string }[] = await manager.query('SELECT id FROM organizations WHERE id = ANY($1)', [
          organizationIds,
        ]);
        if (found.length !== organizationIds.length)
          throw badInput('memberOrganizationIds', 'An organization does not exist.');
        await manager.insert(
          WorkspaceOrganization,
          organizationIds.map((organizationId) => ({ workspaceId: saved.id, organizationId, role: 'MEMBER' as const })),
        );
        const people: { id: string }[] = await manager.query('SELECT id FROM users WHERE organization_id = ANY($1)', [
          organizationIds,
        ]);
        memberUserIds.push(...people.map((person) => person.id));
      }
      await this.audit.record(
        manager,
        actor,
        'workspace.created',
        'Workspace',
        saved.id,
        { visibility: saved.visibility },
        null,
      );
      return saved;
    });
    this.realtime.joinWorkspace(
      workspace.id,
      workspace.visibility === 'OPEN' ? 'everyone' : [actor.userId, ...memberUserIds],
    );
    return workspace;
  }

  async addMember(actor: Actor, input: AddWorkspaceMemberInput): Promise<WorkspaceMember> {
    const { result, events } = await this.workspaces.manager.transaction(async (manager) => {
      const { workspace, access } = await this.require(actor, input.workspaceId, 'manageMembers', manager);
      assertAllowed(mayGrantWorkspaceRole(actor, access, input.role), 'Only owners can make owners or moderators.');
      const person = await this.users.get(actor, input.userId); // NOT_FOUND when not visible to the actor
      const existing = await manager.findOneBy(WorkspaceMember, { workspaceId: workspace.id, userId: person.id });
      if (existing?.role === 'OWNER' && access.role !== 'OWNER' && actor.role !== 'ADMIN') {
        throw conflict('Only owners can change an owner.');
      }
      await manager.upsert(WorkspaceMember, { workspaceId: workspace.id, userId: person.id, role: input.role }, [
        'workspaceId',
        'userId',
      ]);
      const events = existing
        ? []
        : await this.notifications.create(manager, [
            {
              userId: person.id,
              type: 'WORKSPACE_ADDED',
              title: notificationTitle(person.preferredLanguage, 'WORKSPACE_ADDED', { workspace: workspace.name }),
              link: `/workspaces/${workspace.id}`,
            },
          ]);
      await this.audit.record(
        manager,
        actor,
        'workspace.member_added',
        'Workspace',
        workspace.id,
        { userId: person.id, role: input.role },
        null,
      );
      const result = await manager.findOneByOrFail(WorkspaceMember, { workspaceId: workspace.id, userId: person.id });
      return { result, events };
    });
    this.realtime.joinWorkspace(input.workspaceId, [input.userId]);
    this.realtime.publish(events);
    return result;
  }

  /** Takes effect at once: the person's open sockets leave the workspace's room unless they still may read. */
  async removeMember(actor: Actor, input: RemoveWorkspaceMemberInput): Promise<boolean> {
    const stillReads = await this.workspaces.manager.transaction(async (manager) => {
      const { workspace } = await this.require(actor, input.workspaceId, 'manageMembers', manager);
      const member = await manager.findOne(WorkspaceMember, {
        where: { workspaceId: workspace.id, userId: input.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!member) throw notFound('Workspace member');
      if (member.role === 'OWNER') {
        const owners = await manager.countBy(WorkspaceMember, { workspaceId: workspace.id, role: 'OWNER' });
        if (owners <= 1) throw conflict('A workspace keeps at least one owner.');
      }
      await manager.delete(WorkspaceMember, { workspaceId: workspace.id, userId: input.userId });
      await this.audit.record(
        manager,
        actor,
        'workspace.member_removed',
        'Workspace',
        workspace.id,
        { userId: input.userId },
        null,
      );
      return (await this.readersAmong(manager, workspace.id, [input.userId])).length > 0;
    });
    if (!stillReads) this.realtime.leaveWorkspace(input.workspaceId, [input.userId]);
    return true;
  }

  /**
   * A private workspace made by another feature for its own record (an assistance request, a project),
   * inside the caller's transaction; the caller joins the returned people to its room after commit.
   */
  async createPrivate(
    manager: EntityManager,
    values: Pick<Workspace, 'name' | 'description' | 'kind' | 'workingGroupId' | 'createdById'>,
    organizationIds: readonly string[],
    members: readonly { userId: string; role: WorkspaceRole }[],
  ): Promise<{ workspace: Workspace; userIds: string[] }> {
    const workspace = await manager.save(manager.create(Workspace, { ...values, visibility: 'PRIVATE' }));
    if (members.length > 0) {
      await manager.insert(
        WorkspaceMember,
        members.map((member) => ({ workspaceId: workspace.id, ...member })),
      );
    }
    const userIds = await this.addOrganizations(manager, workspace.id, organizationIds);
    return { workspace, userIds: [...new Set([...members.map((member) => member.userId), ...userIds])] };
  }

  /** Adds member organizations (those already in stay as they are); returns the ids of their people. */
  async addOrganizations(manager: EntityManager, workspaceId: string, organizationIds: readonly string[]) {
    if (organizationIds.length === 0) return [];
    await manager.query(
      `INSERT INTO workspace_organizations (workspace_id, organization_id, role)
       SELECT $1, unnest($2::uuid[]), 'MEMBER' ON CONFLICT DO NOTHING`,
      [workspaceId, organizationIds],
    );
    const people: { id: string }[] = await manager.query('SELECT id FROM users WHERE organization_id = ANY($1)', [
      organizationIds,
    ]);
    return people.map((person) => person.id);
  }

  /** Makes the person a member with this role unless they already are one (their role is kept). */
  async ensureMember(manager: EntityManager, workspaceId: string, userId: string, role: WorkspaceRole) {
    await manager.query(
      `INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [workspaceId, userId, role],
    );
  }

  /** Member people with their roles; in a PRIVATE workspace a State's people see no other State's. */
  async members(
    actor: Actor,
    workspace: Workspace,
  ): Promise<(WorkspaceMember & { organizationKind: OrganizationKind })[]> {
    const rows = await this.workspaces.manager
      .createQueryBuilder(WorkspaceMember, 'm')
      .innerJoinAndSelect('m.user', 'u')
      .innerJoin('u.organization', 'o')
      .addSelect('o.kind', 'organization_kind')
      .where('m.workspace_id = :id', { id: workspace.id })
      .orderBy(`CASE m.role WHEN 'OWNER' THEN 0 WHEN 'MODERATOR' THEN 1 WHEN 'MEMBER' THEN 2 ELSE 3 END`)
      .addOrderBy('u.name')
      .getRawAndEntities();
    return rows.entities
      .map((member, index) =>
        Object.assign(member, { organizationKind: rows.raw[index].organization_kind as OrganizationKind }),
      )
      .filter((member) =>
        maySeeWorkspaceMember(actor, workspace.visibility, {
          organizationId: member.user!.organizationId,
          organizationKind: member.organizationKind,
        }),
      );
  }

  async memberOrganizations(actor: Actor, workspace: Workspace): Promise<WorkspaceOrganization[]> {
    const rows = await this.workspaces.manager.find(WorkspaceOrganization, {
      where: { workspaceId: workspace.id },
      relations: { organization: true },
    });
    return rows
      .filter((row) =>
        maySeeWorkspaceMember(actor, workspace.visibility, {
          organizationId: row.organizationId,
          organizationKind: row.organization!.kind,
        }),
      )
      .sort((a, b) =>
        (a.organization!.acronym ?? a.organization!.names.en).localeCompare(
          b.organization!.acronym ?? b.organization!.names.en,
        ),
      );
  }

  /** Threads with activity the actor has not read, per workspace (for the workspaces list). */
  async unreadThreadCounts(actor: Actor, workspaceIds: readonly string[]): Promise<number[]> {
    const rows: { workspaceId: string; count: number }[] = await this.workspaces.query(
      `SELECT t.workspace_id AS "workspaceId", count(*)::int AS count
         FROM threads t
         LEFT JOIN thread_reads r ON r.thread_id = t.id AND r.user_id = $2
        WHERE t.workspace_id = ANY($1) AND (r.last_read_at IS NULL OR t.last_activity_at > r.last_read_at)
        GROUP BY t.workspace_id`,
      [workspaceIds, actor.userId],
    );
    const byId = new Map(rows.map((row) => [row.workspaceId, row.count]));
    return workspaceIds.map((id) => byId.get(id) ?? 0);
  }

  async findByIds(ids: readonly string[]): Promise<(Workspace | undefined)[]> {
    const rows = await this.workspaces.findBy({ id: In([...ids]) });
    return inOrderOf(ids, rows);
  }

  private readable(actor: Actor): SelectQueryBuilder<Workspace> {
    return this.workspaces
      .createQueryBuilder('w')
      .where(READABLE, { userId: actor.userId, organizationId: actor.organizationId });
  }

  /** The workspace and what the actor may do in it, or null when it does not exist. No policy applied. */
  async accessOf(actor: Actor, workspaceId: string, manager?: EntityManager): Promise<WorkspaceWithAccess | null> {
    const { userId, organizationId } = actor;
    const query = (manager ?? this.workspaces.manager)
      .createQueryBuilder(Workspace, 'w')
      .leftJoin(WorkspaceMember, 'm', 'm.workspace_id = w.id AND m.user_id = :userId', { userId })
      .leftJoin(WorkspaceOrganization, 'wo', 'wo.workspace_id = w.id AND wo.organization_id = :organizationId', {
        organizationId,
      })
      .addSelect('m.role', 'user_role')
      .addSelect('wo.role', 'organization_role')
      .where('w.id = :workspaceId', { workspaceId });
    const { entities, raw } = await query.getRawAndEntities();
    if (entities.length === 0) return null;
    const workspace = entities[0];
    const access = workspaceAccess(
      {
        visibility: workspace.visibility,
        userRole: raw[0].user_role ?? null,
        organizationRole: raw[0].organization_role ?? null,
      },
      actor.role,
    );
    return { workspace, access };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  Classification,
  OrganizationKind,
  WatchLevel,
  WorkspaceKind,
  WorkspaceOrganizationRole,
} from '@ctcp/shared';
import { type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { likePattern } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { WorkingGroupsService } from '../working-groups/working-groups.service.js';
import { notificationTitle } from '../notifications/notification-texts.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { mayReadConfidentialIn, THREAD_MARKING_FLOORS_SQL } from '../policy/classification.js';
import {
  actorWorkspaceRoleSql,
  mayCreateWorkspace,
  mayGrantWorkspaceRole,
  readableWorkspacesWhere,
  takingPartWhere,
  viewerParams,
  workspaceAccess,
  type WorkspaceAccess,
  type WorkspaceFacts,
} from '../policy/workspaces.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';
import { Workspace, WorkspaceMember, WorkspaceOrganization, WorkspaceWatch } from './workspace.entity.js';
import { WorkspaceReaders } from './workspace-readers.js';
import { WorkspaceRosters } from './workspace-rosters.js';
import type {
  AddWorkspaceMemberInput,
  CreateWorkspaceInput,
  RemoveWorkspaceMemberInput,
  WatchWorkspaceInput,
  WorkspaceFilter,
} from './workspaces.inputs.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

export interface WorkspaceWithAccess {
  workspace: Workspace;
  access: WorkspaceAccess;
}

type Need = 'read' | 'post' | 'moderate' | 'manageMembers';

@Injectable()
export class WorkspacesService {
  constructor(
    @InjectRepository(Workspace) private readonly workspaces: Repository<Workspace>,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly readers: WorkspaceReaders,
    private readonly rosters: WorkspaceRosters,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    private readonly workingGroups: WorkingGroupsService,
  ) {}

  async list(actor: Actor, filter: WorkspaceFilter, page: Page) {
    const query = this.readable(actor);
    if (filter.search?.trim()) {
      // A working group's workspace is shown by the group's name, in the reader's language: any of them matches.
      const groupIds = await this.workingGroups.idsMatching(filter.search);
      query.andWhere('(w.name ILIKE :pattern OR w.working_group_id = ANY(:groupIds))', {
        pattern: likePattern(filter.search),
        groupIds,
      });
    }
    query
      .orderBy(`CASE w.kind WHEN 'WORKING_GROUP' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('w.name', 'ASC')
      .addOrderBy('w.id', 'ASC');
    return findPage(query, page);
  }

  /** The workspace the actor reads, with what they may do in it. */
  get(actor: Actor, id: string): Promise<WorkspaceWithAccess> {
    return this.require(actor, id, 'read');
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

  /** The lowest marking a thread of each workspace may carry (a marked project's workspace: the project's). */
  async markingFloors(workspaceIds: readonly string[]): Promise<Classification[]> {
    const rows: { id: string; classification: Classification }[] = await this.workspaces.query(
      THREAD_MARKING_FLOORS_SQL,
      [workspaceIds],
    );
    const floors = new Map(rows.map((row) => [row.id, row.classification]));
    return workspaceIds.map((id) => floors.get(id) ?? 'UNCLASSIFIED');
  }

  /** What each of these workspaces allows the actor (for `viewerRole` and friends, via a DataLoader). */
  async accessForMany(actor: Actor, workspaceIds: readonly string[]): Promise<WorkspaceAccess[]> {
    const rows = await withAccessFacts(this.workspaces.createQueryBuilder('w'))
      .where('w.id IN (:...ids)', { ids: workspaceIds })
      .setParameters(viewerParams(actor))
      .getRawMany<{ id: string } & WorkspaceFacts>();
    const byId = new Map(rows.map((row) => [row.id, workspaceAccess(row, actor.role)]));
    return workspaceIds.map(
      (id) => byId.get(id) ?? workspaceAccess({ visibility: 'PRIVATE', kind: 'AD_HOC', role: null }),
    );
  }

  /** Of these workspaces, those where the actor reads CONFIDENTIAL records (policy/classification.ts). */
  async confidentialAmong(actor: Actor, workspaceIds: readonly string[]): Promise<string[]> {
    if (workspaceIds.length === 0) return [];
    const access = await this.accessForMany(actor, workspaceIds);
    return workspaceIds.filter((_, index) => mayReadConfidentialIn(actor, access[index]));
  }

  /** Anyone who reads a workspace chooses what they hear of it. */
  async watch(actor: Actor, input: WatchWorkspaceInput): Promise<Workspace> {
    const { workspace } = await this.require(actor, input.workspaceId, 'read');
    await this.workspaces.manager.upsert(
      WorkspaceWatch,
      { workspaceId: workspace.id, userId: actor.userId, level: input.level },
      ['workspaceId', 'userId'],
    );
    return workspace;
  }

  /** The watch level the actor chose for each of these workspaces, null where they chose none. */
  async chosenWatchLevels(actor: Actor, workspaceIds: readonly string[]): Promise<(WatchLevel | null)[]> {
    const rows = await this.workspaces.manager.findBy(WorkspaceWatch, {
      userId: actor.userId,
      workspaceId: In([...workspaceIds]),
    });
    const byId = new Map(rows.map((row) => [row.workspaceId, row.level]));
    return workspaceIds.map((id) => byId.get(id) ?? null);
  }

  /** Ids of the workspaces of these kinds (or all) that the actor takes part in. */
  async takingPartIds(actor: Actor, kinds: readonly WorkspaceKind[] | 'ALL'): Promise<string[]> {
    const takingPart = takingPartWhere(actor);
    const query = this.workspaces.createQueryBuilder('w').select('w.id', 'id').where(takingPart.sql, takingPart.params);
    if (kinds !== 'ALL') query.andWhere('w.kind IN (:...kinds)', { kinds });
    const rows = await query.getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Ids of every workspace the user may read: the socket rooms they join. */
  async readableIds(actor: Actor): Promise<string[]> {
    const rows = await this.readable(actor).select('w.id', 'id').getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** The workspaces the actor may read and, of those, where they read CONFIDENTIAL records, in one query. */
  async readableAndConfidentialIds(actor: Actor): Promise<{ readable: string[]; confidential: string[] }> {
    const rows = await withAccessFacts(this.readable(actor)).getRawMany<{ id: string } & WorkspaceFacts>();
    return {
      readable: rows.map((row) => row.id),
      confidential: rows
        .filter((row) => mayReadConfidentialIn(actor, workspaceAccess(row, actor.role)))
        .map((row) => row.id),
    };
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
        await this.organizations.requireExisting(
          manager,
          organizationIds,
          'memberOrganizationIds',
          'An organization does not exist.',
        );
        await manager.insert(
          WorkspaceOrganization,
          organizationIds.map((organizationId) => ({ workspaceId: saved.id, organizationId, role: 'MEMBER' as const })),
        );
        memberUserIds.push(...(await this.users.idsInOrganizations(organizationIds)));
      }
      await this.audit.record(manager, actor, 'workspace.created', 'Workspace', saved.id, {
        visibility: saved.visibility,
      });
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
      await this.lockMembership(manager, workspace.id);
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
      await this.audit.record(manager, actor, 'workspace.member_added', 'Workspace', workspace.id, {
        userId: person.id,
        role: input.role,
      });
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
      await this.lockMembership(manager, workspace.id);
      const member = await manager.findOneBy(WorkspaceMember, { workspaceId: workspace.id, userId: input.userId });
      if (!member) throw notFound('Workspace member');
      if (member.role === 'OWNER') {
        const owners = await manager.countBy(WorkspaceMember, { workspaceId: workspace.id, role: 'OWNER' });
        if (owners <= 1) throw conflict('A workspace keeps at least one owner.');
      }
      await manager.delete(WorkspaceMember, { workspaceId: workspace.id, userId: input.userId });
      await this.audit.record(manager, actor, 'workspace.member_removed', 'Workspace', workspace.id, {
        userId: input.userId,
      });
      return (await this.readers.among(workspace.id, [input.userId])).length > 0;
    });
    if (!stillReads) this.realtime.leaveWorkspace(input.workspaceId, [input.userId]);
    return true;
  }

  /**
   * The private workspace of another feature's record (an assistance request, a project), inside the
   * caller's transaction. Who takes part is derived from the record (policy/workspaces.ts); the caller
   * publishes WorkspaceReaders' `partiesChanged` after commit.
   */
  async createDerived(
    manager: EntityManager,
    values: Pick<Workspace, 'name' | 'description' | 'kind' | 'workingGroupId' | 'createdById'>,
  ): Promise<Workspace> {
    return manager.save(manager.create(Workspace, { ...values, visibility: 'PRIVATE' }));
  }

  /** Renames a derived workspace, inside the caller's transaction: its record's name changed. */
  async renameDerived(manager: EntityManager, workspaceId: string, name: string): Promise<void> {
    await manager.update(Workspace, { id: workspaceId }, { name });
  }

  /**
   * A governance body's workspace, inside the caller's transaction: PRIVATE, with `ownerId` as its first
   * owner. The body's organizations take part through setOrganizationRole.
   */
  async createForGovernanceBody(manager: EntityManager, name: string, ownerId: string): Promise<Workspace> {
    const workspace = await manager.save(
      manager.create(Workspace, {
        name,
        description: '',
        visibility: 'PRIVATE',
        kind: 'GOVERNANCE_BODY',
        workingGroupId: null,
        createdById: ownerId,
      }),
    );
    await manager.insert(WorkspaceMember, { workspaceId: workspace.id, userId: ownerId, role: 'OWNER' });
    return workspace;
  }

  /**
   * Makes an organization take part in a workspace with `role`, or no longer (null), inside the caller's
   * transaction; the caller publishes WorkspaceReaders' `partiesChanged` after commit.
   */
  async setOrganizationRole(
    manager: EntityManager,
    workspaceId: string,
    organizationId: string,
    role: WorkspaceOrganizationRole | null,
  ): Promise<void> {
    if (role === null) {
      await manager.delete(WorkspaceOrganization, { workspaceId, organizationId });
    } else {
      await manager.upsert(WorkspaceOrganization, { workspaceId, organizationId, role }, [
        'workspaceId',
        'organizationId',
      ]);
    }
  }

  /** Member people with their roles; in a PRIVATE workspace a State's people see no other State's. */
  members(actor: Actor, workspace: Workspace): Promise<(WorkspaceMember & { organizationKind: OrganizationKind })[]> {
    return this.rosters.people(actor, workspace);
  }

  memberOrganizations(actor: Actor, workspace: Workspace): Promise<WorkspaceOrganization[]> {
    return this.rosters.organizationsOf(actor, workspace);
  }

  /**
   * Changes to a workspace's members are made one after the other (the workspace row is locked), so that
   * two of them cannot both see an owner or a newcomer that the other is changing.
   */
  private async lockMembership(manager: EntityManager, workspaceId: string): Promise<void> {
    await manager.findOne(Workspace, { where: { id: workspaceId }, lock: { mode: 'pessimistic_write' } });
  }

  async findByIds(ids: readonly string[]): Promise<(Workspace | undefined)[]> {
    const rows = await rowsWhereIn(this.workspaces.manager, Workspace, 'id', ids);
    return inOrderOf(ids, rows);
  }

  private readable(actor: Actor): SelectQueryBuilder<Workspace> {
    const readable = readableWorkspacesWhere(actor);
    return this.workspaces.createQueryBuilder('w').where(readable.sql, readable.params);
  }

  /** The workspace and what the actor may do in it, or null when it does not exist. No policy applied. */
  async accessOf(actor: Actor, workspaceId: string, manager?: EntityManager): Promise<WorkspaceWithAccess | null> {
    const { entities, raw } = await (manager ?? this.workspaces.manager)
      .createQueryBuilder(Workspace, 'w')
      .addSelect(actorWorkspaceRoleSql, 'viewer_role')
      .where('w.id = :workspaceId', { workspaceId })
      .setParameters(viewerParams(actor))
      .getRawAndEntities();
    if (entities.length === 0) return null;
    const [workspace] = entities;
    const access = workspaceAccess({ ...workspace, role: raw[0].viewer_role ?? null }, actor.role);
    return { workspace, access };
  }
}

/** Selects each workspace's id and what workspaceAccess needs: visibility, kind and the actor's role. */
function withAccessFacts(query: SelectQueryBuilder<Workspace>): SelectQueryBuilder<Workspace> {
  return query
    .select('w.id', 'id')
    .addSelect('w.visibility', 'visibility')
    .addSelect('w.kind', 'kind')
    .addSelect(actorWorkspaceRoleSql, 'role');
}

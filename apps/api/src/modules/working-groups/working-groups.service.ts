import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { WORKING_GROUP_ROLES } from '@ctcp/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { ReferenceRows } from '../../common/reference-rows.js';
import { likePattern } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { mayEditWorkingGroupMemberships } from '../policy/organizations.js';
import { WorkingGroup, WorkingGroupMembership } from './working-group.entity.js';
import type { RemoveWorkingGroupMembershipInput, SetWorkingGroupMembershipInput } from './working-groups.inputs.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

/** How long an instance shows a working group as it read it (seeding may correct one in another process). */
const WORKING_GROUPS_KEPT_MS = 30_000;

/** Working groups and the organizations in them are readable by every signed-in user. */
@Injectable()
export class WorkingGroupsService {
  /** Working groups as pages show them; nothing changes them but the reference data's seeding. */
  private readonly shown = new ReferenceRows<WorkingGroup>(
    (ids) => rowsWhereIn(this.workingGroups.manager, WorkingGroup, 'id', ids),
    WORKING_GROUPS_KEPT_MS,
  );

  constructor(
    @InjectRepository(WorkingGroup) private readonly workingGroups: Repository<WorkingGroup>,
    @InjectRepository(WorkingGroupMembership) private readonly memberships: Repository<WorkingGroupMembership>,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Platform admins keep the reference data on who takes part: adds the organization, or changes its role
   * and dates. The working group's workspace keeps its own member list, changed there.
   */
  async setMembership(actor: Actor, input: SetWorkingGroupMembershipInput): Promise<WorkingGroupMembership> {
    assertAllowed(mayEditWorkingGroupMemberships(actor));
    const fromDate = input.fromDate ?? null;
    const toDate = input.toDate ?? null;
    if (fromDate && toDate && toDate < fromDate) throw badInput('toDate', 'The end cannot be before the start.');
    return this.memberships.manager.transaction(async (manager) => {
      await this.requireExists(manager, input.workingGroupId);
      await this.organizations.requireExisting(
        manager,
        [input.organizationId],
        'organizationId',
        'This organization does not exist.',
      );
      await manager.query(
        `INSERT INTO working_group_memberships (working_group_id, organization_id, role, from_date, to_date)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (working_group_id, organization_id)
         DO UPDATE SET role = EXCLUDED.role, from_date = EXCLUDED.from_date, to_date = EXCLUDED.to_date`,
        [input.workingGroupId, input.organizationId, input.role, fromDate, toDate],
      );
      await this.audit.record(manager, actor, 'working_group.membership_set', 'WorkingGroup', input.workingGroupId, {
        organizationId: input.organizationId,
        role: input.role,
        fromDate,
        toDate,
      });
      return manager.findOneByOrFail(WorkingGroupMembership, {
        workingGroupId: input.workingGroupId,
        organizationId: input.organizationId,
      });
    });
  }

  /** Takes an organization out of a working group's reference data (its past can be kept with a `toDate`). */
  async removeMembership(actor: Actor, input: RemoveWorkingGroupMembershipInput): Promise<boolean> {
    assertAllowed(mayEditWorkingGroupMemberships(actor));
    return this.memberships.manager.transaction(async (manager) => {
      const removed = await manager.delete(WorkingGroupMembership, {
        workingGroupId: input.workingGroupId,
        organizationId: input.organizationId,
      });
      if (!removed.affected) throw notFound('Working group membership');
      await this.audit.record(
        manager,
        actor,
        'working_group.membership_removed',
        'WorkingGroup',
        input.workingGroupId,
        { organizationId: input.organizationId },
      );
      return true;
    });
  }

  list(_actor: Actor): Promise<WorkingGroup[]> {
    return this.workingGroups.find({ order: { sortOrder: 'ASC', key: 'ASC' } });
  }

  async get(_actor: Actor, id: string): Promise<WorkingGroup> {
    const [workingGroup] = await this.shown.byIds([id]);
    if (!workingGroup) throw notFound('Working group');
    return workingGroup;
  }

  /** Ids of the working groups whose key or name, in any language, holds these words. */
  async idsMatching(search: string): Promise<string[]> {
    const rows: { id: string }[] = await this.workingGroups.query(
      `SELECT g.id FROM working_groups g
        WHERE g.key ILIKE $1 OR EXISTS (SELECT 1 FROM jsonb_each_text(g.names) n WHERE n.value ILIKE $1)`,
      [likePattern(search)],
    );
    return rows.map((row) => row.id);
  }

  findByIds(ids: readonly string[]): Promise<(WorkingGroup | undefined)[]> {
    return this.shown.byIds(ids);
  }

  /** Memberships grouped by working group, chairs first. */
  membershipsByWorkingGroupIds(ids: readonly string[]): Promise<WorkingGroupMembership[][]> {
    return this.membershipsGroupedBy('workingGroupId', ids);
  }

  membershipsByOrganizationIds(ids: readonly string[]): Promise<WorkingGroupMembership[][]> {
    return this.membershipsGroupedBy('organizationId', ids);
  }

  private async membershipsGroupedBy(
    column: 'workingGroupId' | 'organizationId',
    ids: readonly string[],
  ): Promise<WorkingGroupMembership[][]> {
    const memberships = await this.memberships.find({ where: { [column]: In([...ids]) } });
    const organizations = await this.organizations.mapByIds(memberships.map((row) => row.organizationId));
    const rows = memberships.map((row) => Object.assign(row, { organization: organizations.get(row.organizationId) }));
    rows.sort(
      (a, b) =>
        WORKING_GROUP_ROLES.indexOf(a.role) - WORKING_GROUP_ROLES.indexOf(b.role) ||
        (a.organization?.acronym ?? '').localeCompare(b.organization?.acronym ?? ''),
    );
    return ids.map((id) => rows.filter((row) => row[column] === id));
  }

  /** BAD_USER_INPUT on `field` unless a working group has this id (checked inside the caller's transaction). */
  async requireExists(manager: EntityManager, id: string, field = 'workingGroupId'): Promise<void> {
    const found = await manager.query('SELECT 1 FROM working_groups WHERE id::text = $1', [id]);
    if (found.length === 0) throw badInput(field, 'This working group does not exist.');
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { WORKING_GROUP_ROLES } from '@ctcp/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { badInput, notFound } from '../../common/errors.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { WorkingGroup, WorkingGroupMembership } from './working-group.entity.js';

/** Working groups and the organizations in them are readable by every signed-in user. */
@Injectable()
export class WorkingGroupsService {
  constructor(
    @InjectRepository(WorkingGroup) private readonly workingGroups: Repository<WorkingGroup>,
    @InjectRepository(WorkingGroupMembership) private readonly memberships: Repository<WorkingGroupMembership>,
    private readonly organizations: OrganizationsService,
  ) {}

  list(_actor: Actor): Promise<WorkingGroup[]> {
    return this.workingGroups.find({ order: { sortOrder: 'ASC', key: 'ASC' } });
  }

  async get(_actor: Actor, id: string): Promise<WorkingGroup> {
    const workingGroup = await this.workingGroups.findOneBy({ id });
    if (!workingGroup) throw notFound('Working group');
    return workingGroup;
  }

  async findByIds(ids: readonly string[]): Promise<(WorkingGroup | undefined)[]> {
    const rows = await this.workingGroups.findBy({ id: In([...ids]) });
    return inOrderOf(ids, rows);
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

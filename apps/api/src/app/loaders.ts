import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { notFound } from '../common/errors.js';
import { OrganizationsService } from '../modules/organizations/organizations.service.js';
import { WorkingGroupsService } from '../modules/working-groups/working-groups.service.js';

function orNotFound<T>(what: string) {
  return (rows: (T | undefined)[]) => rows.map((row) => row ?? notFound(what));
}

/**
 * Per-request DataLoaders: relations resolve in one query per kind and request, never one per row.
 * Created fresh for each request so nothing is cached across viewers.
 */
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly workingGroups: WorkingGroupsService,
  ) {}

  create() {
    return {
      organization: new DataLoader((ids: readonly string[]) =>
        this.organizations.findByIds(ids).then(orNotFound('Organization')),
      ),
      workingGroup: new DataLoader((ids: readonly string[]) =>
        this.workingGroups.findByIds(ids).then(orNotFound('Working group')),
      ),
      workingGroupMembershipsByWorkingGroup: new DataLoader((ids: readonly string[]) =>
        this.workingGroups.membershipsByWorkingGroupIds(ids),
      ),
      workingGroupMembershipsByOrganization: new DataLoader((ids: readonly string[]) =>
        this.workingGroups.membershipsByOrganizationIds(ids),
      ),
    };
  }
}

export type Loaders = ReturnType<LoadersFactory['create']>;

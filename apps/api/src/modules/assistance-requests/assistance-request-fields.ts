import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { WorkingGroupsService } from '../working-groups/working-groups.service.js';
import { type AssistanceRequest, AssistanceRequestSharedEntity } from './assistance-request.entity.js';

/**
 * What a State or a coordinator writes on a request, checked and stored inside the caller's transaction:
 * its editable fields, the entities it is shared with, the entities it is matched to.
 */
@Injectable()
export class AssistanceRequestFields {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly workingGroups: WorkingGroupsService,
  ) {}

  /** Validates the editable fields: they must name things that exist, and the named entities must be Compact entities. */
  async checked(
    manager: EntityManager,
    input: Pick<
      AssistanceRequest,
      | 'title'
      | 'description'
      | 'workingGroupId'
      | 'pillars'
      | 'priority'
      | 'desiredTimeframe'
      | 'beneficiaryInstitutions'
      | 'sharingScope'
    > & { sharedEntityIds: readonly string[] },
  ) {
    const title = input.title.trim();
    const description = input.description.trim();
    if (!title) throw badInput('title', 'Enter a title.');
    if (!description) throw badInput('description', 'Describe the assistance needed.');
    if (input.workingGroupId) await this.workingGroups.requireExists(manager, input.workingGroupId);
    const sharedEntityIds = [...new Set(input.sharedEntityIds)];
    if (input.sharingScope === 'NAMED_ENTITIES') {
      if (sharedEntityIds.length === 0) throw badInput('sharedEntityIds', 'Name at least one entity to share with.');
      await this.requireEntities(manager, sharedEntityIds, 'sharedEntityIds');
    }
    return {
      title,
      description,
      workingGroupId: input.workingGroupId,
      pillars: [...new Set(input.pillars)],
      priority: input.priority,
      desiredTimeframe: input.desiredTimeframe.trim(),
      beneficiaryInstitutions: input.beneficiaryInstitutions.trim(),
      sharingScope: input.sharingScope,
      sharedEntityIds,
    };
  }

  /** The entities a State names when it shares the request with NAMED_ENTITIES only (none otherwise). */
  async setSharedEntities(manager: EntityManager, requestId: string, scope: string, ids: readonly string[]) {
    await manager.delete(AssistanceRequestSharedEntity, { requestId });
    if (scope !== 'NAMED_ENTITIES' || ids.length === 0) return;
    await manager.insert(
      AssistanceRequestSharedEntity,
      [...new Set(ids)].map((organizationId) => ({ requestId, organizationId })),
    );
  }

  /** BAD_USER_INPUT on `field` unless every id names a Compact entity. */
  requireEntities(manager: EntityManager, ids: readonly string[], field: string) {
    return this.organizations.requireKinds(manager, ids, ['COMPACT_ENTITY'], field, 'Choose Compact entities only.');
  }
}

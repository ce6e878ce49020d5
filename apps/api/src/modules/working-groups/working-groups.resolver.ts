import { Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Language } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { LanguageEnum } from '../../common/graphql-enums.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { mayEditWorkingGroupMemberships } from '../policy/organizations.js';
import { Organization } from '../organizations/organization.entity.js';
import { WorkingGroup, WorkingGroupMembership } from './working-group.entity.js';
import { RemoveWorkingGroupMembershipInput, SetWorkingGroupMembershipInput } from './working-groups.inputs.js';
import { WorkingGroupsService } from './working-groups.service.js';

@Resolver(() => WorkingGroup)
export class WorkingGroupsResolver {
  constructor(private readonly service: WorkingGroupsService) {}

  @Query(() => [WorkingGroup], { description: 'The Coordination Committee and the thematic working groups' })
  workingGroups(@CurrentActor() actor: Actor) {
    return this.service.list(actor);
  }

  @Query(() => WorkingGroup)
  workingGroup(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => WorkingGroupMembership, {
    description: 'Platform admins add an organization to a working group or change its role and dates',
  })
  setWorkingGroupMembership(@CurrentActor() actor: Actor, @Args('input') input: SetWorkingGroupMembershipInput) {
    return this.service.setMembership(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Platform admins take an organization out of a working group' })
  removeWorkingGroupMembership(@CurrentActor() actor: Actor, @Args('input') input: RemoveWorkingGroupMembershipInput) {
    return this.service.removeMembership(actor, input);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may change who takes part, and their roles' })
  viewerCanEditMemberships(_parent: unknown, _args: unknown, context: GraphQLContext): boolean {
    return mayEditWorkingGroupMemberships(actorIn(context));
  }

  @ResolveField(() => String, { description: "The name in `language`, by default the viewer's language" })
  name(
    @Parent() workingGroup: WorkingGroup,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => LanguageEnum, nullable: true }) language: Language | null,
  ): string {
    return workingGroup.names[language ?? context.req.user?.language ?? 'en'] ?? workingGroup.names.en;
  }

  @ResolveField(() => [WorkingGroupMembership], { description: 'Member organizations, chairs first' })
  memberships(workingGroup: WorkingGroup, _args: unknown, context: GraphQLContext) {
    return context.loaders.workingGroupMembershipsByWorkingGroup.load(workingGroup.id);
  }
}

@Resolver(() => WorkingGroupMembership)
export class WorkingGroupMembershipResolver {
  @ResolveField(() => Organization)
  organization(membership: WorkingGroupMembership, _args: unknown, context: GraphQLContext) {
    return membership.organization ?? context.loaders.organization.load(membership.organizationId);
  }

  @ResolveField(() => WorkingGroup)
  workingGroup(membership: WorkingGroupMembership, _args: unknown, context: GraphQLContext) {
    return context.loaders.workingGroup.load(membership.workingGroupId);
  }
}

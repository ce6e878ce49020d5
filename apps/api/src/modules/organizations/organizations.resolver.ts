import { Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Language } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { LanguageEnum } from '../../common/graphql-enums.js';
import { ConnectionType, readPage } from '../../common/pagination.js';
import { CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { WorkingGroupMembership } from '../working-groups/working-group.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationsArgs } from './organizations.inputs.js';
import { OrganizationsService } from './organizations.service.js';

const OrganizationConnection = ConnectionType(Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => OrganizationConnection, { description: 'The directory: Compact entities, States and others' })
  organizations(@CurrentActor() actor: Actor, @Args() args: OrganizationsArgs) {
    return this.service.list(actor, args.filter ?? {}, readPage(args), args.language ?? actor.language);
  }

  @Query(() => Organization)
  organization(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @ResolveField(() => String, { description: "The name in `language`, by default the viewer's language" })
  name(
    @Parent() organization: Organization,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => LanguageEnum, nullable: true }) language: Language | null,
  ): string {
    return organization.names[language ?? context.req.user?.language ?? 'en'] ?? organization.names.en;
  }

  @ResolveField(() => [WorkingGroupMembership], { description: 'The working groups it takes part in' })
  workingGroups(@Parent() organization: Organization, @Context() context: GraphQLContext) {
    return context.loaders.workingGroupMembershipsByOrganization.load(organization.id);
  }
}

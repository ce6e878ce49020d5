import { Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Language } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { LanguageEnum } from '../../common/graphql-enums.js';
import { ConnectionType, readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { mayEditOrganization, mayManageUnitsOf } from '../policy/organizations.js';
import { WorkingGroupMembership } from '../working-groups/working-group.entity.js';
import { OrganizationUnit } from './organization-unit.entity.js';
import { OrganizationUnitsService } from './organization-units.service.js';
import { Organization } from './organization.entity.js';
import {
  CreateOrganizationUnitInput,
  OrganizationsArgs,
  UpdateOrganizationInput,
  UpdateOrganizationUnitInput,
} from './organizations.inputs.js';
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

  @Mutation(() => Organization, {
    description: 'Platform admins correct reference data: names, status, joining and leaving dates, confirmed',
  })
  updateOrganization(@CurrentActor() actor: Actor, @Args('input') input: UpdateOrganizationInput) {
    return this.service.update(actor, input);
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
  workingGroups(organization: Organization, _args: unknown, context: GraphQLContext) {
    return context.loaders.workingGroupMembershipsByOrganization.load(organization.id);
  }

  @ResolveField(() => [OrganizationUnit], {
    description: 'Its units, every level (each names its parent), top-level ones first by acronym',
  })
  units(organization: Organization, _args: unknown, context: GraphQLContext) {
    return context.loaders.organizationUnitsByOrganization.load(organization.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may correct this record (updateOrganization)' })
  viewerCanEdit(_parent: unknown, _args: unknown, context: GraphQLContext): boolean {
    return mayEditOrganization(actorIn(context));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may create and change its units' })
  viewerCanManageUnits(organization: Organization, _args: unknown, context: GraphQLContext): boolean {
    return mayManageUnitsOf(actorIn(context), organization.id);
  }
}

@Resolver(() => OrganizationUnit)
export class OrganizationUnitsResolver {
  constructor(private readonly service: OrganizationUnitsService) {}

  @Mutation(() => OrganizationUnit, { description: "Platform admins, and the organization's admins, add a unit" })
  createOrganizationUnit(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganizationUnitInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => OrganizationUnit, { description: "Platform admins, and the organization's admins, change a unit" })
  updateOrganizationUnit(@CurrentActor() actor: Actor, @Args('input') input: UpdateOrganizationUnitInput) {
    return this.service.update(actor, input);
  }

  @ResolveField(() => String, { description: "The name in `language` (else in English), by default the viewer's" })
  name(
    @Parent() unit: OrganizationUnit,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => LanguageEnum, nullable: true }) language: Language | null,
  ): string {
    return unit.names[language ?? context.req.user?.language ?? 'en'] ?? unit.names.en;
  }

  @ResolveField(() => String, { nullable: true, description: 'The name given in `language`, if any (for editing)' })
  givenName(
    @Parent() unit: OrganizationUnit,
    @Args('language', { type: () => LanguageEnum }) language: Language,
  ): string | null {
    return unit.names[language] ?? null;
  }

  @ResolveField(() => Organization)
  organization(unit: OrganizationUnit, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(unit.organizationId);
  }

  @ResolveField(() => OrganizationUnit, { nullable: true })
  parent(unit: OrganizationUnit, _args: unknown, context: GraphQLContext) {
    return unit.parentId ? context.loaders.organizationUnit.load(unit.parentId) : null;
  }
}

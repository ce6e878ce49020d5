import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Organization } from '../organizations/organization.entity.js';
import { mayRecordActivity } from '../policy/projects.js';
import { Project } from '../projects/project.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { ActivityFilter, RecordActivityInput, UpdateActivityInput } from './activities.inputs.js';
import { ActivitiesService } from './activities.service.js';
import { Activity } from './activity.entity.js';

export const ActivityConnection = ConnectionType(Activity, 'Activity');

@ObjectType({ description: 'Activities held in one country, for the map' })
export class CountryActivity {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  countryCode: string;

  @Field(() => Int)
  activities: number;

  @Field(() => Int)
  participants: number;

  @Field(() => Int)
  individualsTrained: number;
}

@Resolver(() => Activity)
export class ActivitiesResolver {
  constructor(private readonly service: ActivitiesService) {}

  @Query(() => ActivityConnection, { description: 'Activities the viewer may read, in date order' })
  activities(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter: ActivityFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.service.list(actor, filter ?? {}, readPage(page));
  }

  @Query(() => [CountryActivity], { description: 'Activities and people trained per host country' })
  activitiesByCountry(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter: ActivityFilter | null,
  ) {
    return this.service.byCountry(actor, filter ?? {});
  }

  @Query(() => Activity)
  activity(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Activity, { description: 'Coordinators, or members of an organizing entity, record an activity' })
  recordActivity(@CurrentActor() actor: Actor, @Args('input') input: RecordActivityInput) {
    return this.service.record(actor, input);
  }

  @Mutation(() => Activity, { description: 'Replaces an activity’s record' })
  updateActivity(@CurrentActor() actor: Actor, @Args('input') input: UpdateActivityInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => Boolean)
  deleteActivity(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.delete(actor, id);
  }

  // The parent activity was authorized by the query that returned it.

  @ResolveField(() => OrganizationUnit, {
    nullable: true,
    description: 'The unit of an organizing entity that runs it',
  })
  unit(record: Activity, _args: unknown, context: GraphQLContext) {
    return record.unitId ? context.loaders.organizationUnit.load(record.unitId) : null;
  }

  @ResolveField(() => [Organization])
  async organizers(activity: Activity, _args: unknown, context: GraphQLContext) {
    const ids = await context.loaders.activityOrganizerIds.load(activity.id);
    return context.loaders.organization.loadMany(ids);
  }

  @ResolveField(() => Project, { nullable: true, description: 'Null when the viewer may not read the project' })
  project(activity: Activity, _args: unknown, context: GraphQLContext) {
    return activity.projectId
      ? context.loaders.viewer(actorIn(context)).readableProject.load(activity.projectId)
      : null;
  }

  @ResolveField(() => WorkingGroup, { nullable: true })
  workingGroup(activity: Activity, _args: unknown, context: GraphQLContext) {
    return activity.workingGroupId ? context.loaders.workingGroup.load(activity.workingGroupId) : null;
  }

  @ResolveField(() => Boolean)
  async viewerCanEdit(activity: Activity, _args: unknown, context: GraphQLContext) {
    return mayRecordActivity(actorIn(context), await context.loaders.activityOrganizerIds.load(activity.id));
  }
}

@Resolver(() => Project)
export class ProjectActivitiesResolver {
  constructor(private readonly service: ActivitiesService) {}

  /** The parent project was authorized by the query that returned it; its activities are readable with it. */
  @ResolveField(() => ActivityConnection, { description: 'In date order' })
  activities(@CurrentActor() actor: Actor, @Parent() project: Project, @Args() page: PageArgs) {
    return this.service.list(actor, { projectId: project.id }, readPage(page));
  }
}

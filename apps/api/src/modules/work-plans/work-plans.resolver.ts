import { Context, Field, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Activity } from '../activities/activity.entity.js';
import { renderMarkdown } from '../discussions/markdown.js';
import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { mayEditWorkPlan, mayEditWorkPlanItem, periodBounds, standingIn } from '../policy/work-plans.js';
import { Project } from '../projects/project.entity.js';
import { Author } from '../users/author.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { WorkPlan, WorkPlanItem, WorkPlanProgressNote } from './work-plan.entity.js';
import {
  AddWorkPlanItemInput,
  CreateWorkPlanInput,
  UpdateWorkPlanItemInput,
  WorkPlanFilter,
  WorkPlanItemFilter,
} from './work-plans.inputs.js';
import { WorkPlansService } from './work-plans.service.js';

const WorkPlanConnection = ConnectionType(WorkPlan, 'WorkPlan');

@ObjectType({ description: 'The six months a plan covers' })
export class WorkPlanPeriod {
  @Field({ description: 'First day, YYYY-MM-DD' }) from: string;
  @Field({ description: 'Last day, YYYY-MM-DD' }) to: string;
}

/** The viewer's organization's standing in the plan's group, from the request's memberships loader. */
async function standingOf(actor: Actor, plan: WorkPlan, context: GraphQLContext) {
  if (!plan.workingGroupId) return null;
  const memberships = await context.loaders.workingGroupMembershipsByOrganization.load(actor.organizationId);
  return standingIn(plan.workingGroupId, memberships, new Date().toISOString().slice(0, 10));
}

@Resolver(() => WorkPlan)
export class WorkPlansResolver {
  constructor(private readonly service: WorkPlansService) {}

  @Query(() => WorkPlanConnection, { description: 'The work plans the viewer may read, the latest period first' })
  workPlans(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => WorkPlanFilter, nullable: true }) filter: WorkPlanFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.service.list(actor, filter ?? {}, readPage(page));
  }

  @Query(() => WorkPlan)
  workPlan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => WorkPlan, {
    description:
      'A working group’s chairs and vice-chairs, a unit’s organization admins, and coordinators make the plan of a half year',
  })
  createWorkPlan(@CurrentActor() actor: Actor, @Args('input') input: CreateWorkPlanInput) {
    return this.service.create(actor, input);
  }

  // The parent plan was authorized by the query that returned it.

  @ResolveField(() => WorkingGroup, { nullable: true })
  workingGroup(plan: WorkPlan, _args: unknown, context: GraphQLContext) {
    return plan.workingGroupId ? context.loaders.workingGroup.load(plan.workingGroupId) : null;
  }

  @ResolveField(() => OrganizationUnit, { nullable: true })
  unit(plan: WorkPlan, _args: unknown, context: GraphQLContext) {
    return plan.unitId ? context.loaders.organizationUnit.load(plan.unitId) : null;
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The unit’s organization, for a unit’s plan' })
  organization(plan: WorkPlan, _args: unknown, context: GraphQLContext) {
    return plan.organizationId ? context.loaders.organization.load(plan.organizationId) : null;
  }

  @ResolveField(() => WorkPlanPeriod)
  period(plan: WorkPlan): WorkPlanPeriod {
    return periodBounds(plan.year, plan.half);
  }

  @ResolveField(() => Author)
  createdBy(plan: WorkPlan, _args: unknown, context: GraphQLContext) {
    return context.loaders.viewer(actorIn(context)).author(plan.createdById, null);
  }

  @ResolveField(() => [WorkPlanItem], { description: 'By due date' })
  async items(
    @Parent() plan: WorkPlan,
    @Context() context: GraphQLContext,
    @Args('filter', { type: () => WorkPlanItemFilter, nullable: true }) filter: WorkPlanItemFilter | null,
  ) {
    const items = await context.loaders.workPlanItems.load(plan.id);
    return items.filter(
      (item) =>
        (!filter?.ownerOrganizationId || item.ownerOrganizationId === filter.ownerOrganizationId) &&
        (!filter?.pillar || item.pillar === filter.pillar),
    );
  }

  @ResolveField(() => Boolean, { description: 'The viewer may edit the plan and add items to it' })
  async viewerMayEdit(plan: WorkPlan, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    return mayEditWorkPlan(actor, plan, await standingOf(actor, plan, context));
  }
}

@Resolver(() => WorkPlanItem)
export class WorkPlanItemsResolver {
  constructor(private readonly service: WorkPlansService) {}

  @Query(() => WorkPlanItem)
  workPlanItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.getItem(actor, id);
  }

  @Mutation(() => WorkPlanItem, { description: 'The plan’s editors add an item' })
  addWorkPlanItem(@CurrentActor() actor: Actor, @Args('input') input: AddWorkPlanItemInput) {
    return this.service.addItem(actor, input);
  }

  @Mutation(() => WorkPlanItem, {
    description:
      'The plan’s editors, and the item’s leads of its owner organization, change it and may append a progress note',
  })
  updateWorkPlanItem(@CurrentActor() actor: Actor, @Args('input') input: UpdateWorkPlanItemInput) {
    return this.service.updateItem(actor, input);
  }

  // The parent item was authorized by the query that returned it: its plan is readable.

  @ResolveField(() => WorkPlan)
  workPlan(item: WorkPlanItem, _args: unknown, context: GraphQLContext) {
    return context.loaders.workPlan.load(item.workPlanId);
  }

  @ResolveField(() => String, { description: 'The description rendered to sanitized HTML, as posts are' })
  descriptionHtml(item: WorkPlanItem): string {
    return renderMarkdown(item.description);
  }

  @ResolveField(() => Organization)
  ownerOrganization(item: WorkPlanItem, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(item.ownerOrganizationId);
  }

  @ResolveField(() => OrganizationUnit, { nullable: true })
  ownerUnit(item: WorkPlanItem, _args: unknown, context: GraphQLContext) {
    return item.ownerUnitId ? context.loaders.organizationUnit.load(item.ownerUnitId) : null;
  }

  @ResolveField(() => [Author], { description: 'The people who lead it, as far as the viewer may know them' })
  leads(item: WorkPlanItem, _args: unknown, context: GraphQLContext) {
    const viewer = context.loaders.viewer(actorIn(context));
    return Promise.all(item.leadIds.map((id) => viewer.author(id, null)));
  }

  @ResolveField(() => [WorkPlanProgressNote], { description: 'Oldest first' })
  progressNotes(item: WorkPlanItem, _args: unknown, context: GraphQLContext) {
    return context.loaders.workPlanProgressNotes.load(item.id);
  }

  @ResolveField(() => [Project], { description: 'The linked projects the viewer may read' })
  async projects(item: WorkPlanItem, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const projects = await Promise.all(
      item.projectIds.map((id) => context.loaders.viewer(actor).readableProject.load(id)),
    );
    return projects.filter((project) => project !== null);
  }

  @ResolveField(() => [Activity], { description: 'The linked activities the viewer may read' })
  async activities(item: WorkPlanItem, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const activities = await Promise.all(
      item.activityIds.map((id) => context.loaders.viewer(actor).readableActivity.load(id)),
    );
    return activities.filter((activity) => activity !== null);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may change the item and add progress notes' })
  async viewerMayEdit(item: WorkPlanItem, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const plan = await context.loaders.workPlan.load(item.workPlanId);
    return mayEditWorkPlanItem(actor, plan, await standingOf(actor, plan, context), item);
  }
}

@Resolver(() => WorkingGroup)
export class WorkingGroupWorkPlansResolver {
  /** Working groups are public reference data; this restates the policy for the viewer. */
  @ResolveField(() => Boolean, { description: 'The viewer may make this working group’s work plans' })
  async viewerMayCreateWorkPlan(group: WorkingGroup, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const memberships = await context.loaders.workingGroupMembershipsByOrganization.load(actor.organizationId);
    const standing = standingIn(group.id, memberships, new Date().toISOString().slice(0, 10));
    return mayEditWorkPlan(actor, { workingGroupId: group.id, organizationId: null }, standing);
  }
}

@Resolver(() => WorkPlanProgressNote)
export class WorkPlanProgressNotesResolver {
  @ResolveField(() => Author)
  author(note: WorkPlanProgressNote, _args: unknown, context: GraphQLContext) {
    return context.loaders.viewer(actorIn(context)).author(note.authorId, null);
  }
}

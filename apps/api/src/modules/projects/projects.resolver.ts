import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Organization } from '../organizations/organization.entity.js';
import { ParticipantCandidatesArgs } from '../discussions/discussions.inputs.js';
import { BREAK_GLASS_MINUTES } from '../policy/classification.js';
import { mayEditProject, mayLowerProjectMarking, mayRaiseProjectMarking, mayReadProject } from '../policy/projects.js';
import { Author } from '../users/author.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { Project, ProjectMilestone, ProjectPartner } from './project.entity.js';
import { ProjectMarkings } from './project-markings.js';
import {
  BreakGlassOnProjectInput,
  ChangeProjectClassificationInput,
  CreateProjectInput,
  ProjectFilter,
  SetProjectMilestoneInput,
  UpdateProjectInput,
} from './projects.inputs.js';
import { ProjectsService } from './projects.service.js';

export const ProjectConnection = ConnectionType(Project, 'Project');
export const ProjectMilestoneConnection = ConnectionType(ProjectMilestone, 'ProjectMilestone');

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(
    private readonly service: ProjectsService,
    private readonly markings: ProjectMarkings,
  ) {}

  @Query(() => ProjectConnection, { description: 'Projects the viewer may read, latest start first' })
  projects(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter: ProjectFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.service.list(actor, filter ?? {}, readPage(page));
  }

  @Query(() => Project)
  project(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Project, { description: 'Coordinators create a joint project, with its own workspace' })
  createProject(@CurrentActor() actor: Actor, @Args('input') input: CreateProjectInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Project, { description: 'Coordinators and members of the lead entity edit a project' })
  updateProject(@CurrentActor() actor: Actor, @Args('input') input: UpdateProjectInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => Project, {
    description:
      'Raises (coordinators, the lead and partner entities) or lowers (coordinators) a project’s marking with a reason, or changes who is named on a STRICTLY_CONFIDENTIAL one; audited',
  })
  changeProjectClassification(@CurrentActor() actor: Actor, @Args('input') input: ChangeProjectClassificationInput) {
    return this.markings.change(actor, input);
  }

  @Mutation(() => Project, {
    description: `Platform admins read a STRICTLY_CONFIDENTIAL project they are not named on for ${BREAK_GLASS_MINUTES} minutes; audited`,
  })
  breakGlassOnProject(@CurrentActor() actor: Actor, @Args('input') input: BreakGlassOnProjectInput) {
    return this.markings.breakGlass(actor, input);
  }

  @Mutation(() => ProjectMilestone)
  setProjectMilestone(@CurrentActor() actor: Actor, @Args('input') input: SetProjectMilestoneInput) {
    return this.service.setMilestone(actor, input);
  }

  @Mutation(() => Boolean)
  deleteProjectMilestone(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteMilestone(actor, id);
  }

  // The parent project was authorized by the query that returned it.

  @ResolveField(() => OrganizationUnit, { nullable: true, description: 'The unit of the lead entity that leads it' })
  unit(record: Project, _args: unknown, context: GraphQLContext) {
    return record.unitId ? context.loaders.organizationUnit.load(record.unitId) : null;
  }

  @ResolveField(() => Organization)
  leadEntity(project: Project, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(project.leadEntityId);
  }

  @ResolveField(() => [ProjectPartner])
  partners(project: Project, _args: unknown, context: GraphQLContext) {
    return context.loaders.projectPartners.load(project.id);
  }

  @ResolveField(() => [ProjectMilestone], { description: 'By due date' })
  milestones(project: Project, _args: unknown, context: GraphQLContext) {
    return context.loaders.projectMilestones.load(project.id);
  }

  @ResolveField(() => WorkingGroup, { nullable: true })
  workingGroup(project: Project, _args: unknown, context: GraphQLContext) {
    return project.workingGroupId ? context.loaders.workingGroup.load(project.workingGroupId) : null;
  }

  @ResolveField(() => Workspace, { nullable: true, description: 'The project’s workspace, for its members' })
  async workspace(project: Project, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    if (!project.workspaceId) return null;
    const access = await context.loaders.viewer(actor).workspaceAccess.load(project.workspaceId);
    return access.read ? context.loaders.workspace.load(project.workspaceId) : null;
  }

  @ResolveField(() => Boolean)
  async viewerCanEdit(project: Project, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    return mayEditProject(actor, project) && !(await this.readsByBreakGlass(actor, project, context));
  }

  @ResolveField(() => Boolean, { description: 'The viewer reads it through a break-glass grant, read-only' })
  viewerReadsByBreakGlass(project: Project, _args: unknown, context: GraphQLContext) {
    return this.readsByBreakGlass(actorIn(context), project, context);
  }

  @ResolveField(() => Author, { nullable: true, description: 'The coordinator who created it' })
  createdBy(project: Project, _args: unknown, context: GraphQLContext) {
    return project.createdById ? context.loaders.viewer(actorIn(context)).author(project.createdById, null) : null;
  }

  @ResolveField(() => [Author], {
    description: 'The people named on a STRICTLY_CONFIDENTIAL project, its creator among them; empty otherwise',
  })
  async participants(project: Project, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    if (project.classification !== 'STRICTLY_CONFIDENTIAL') return [];
    const facts = await context.loaders.projectFacts.load(project);
    return Promise.all(facts.participantIds.map((id) => context.loaders.viewer(actor).author(id, 'PRIVATE')));
  }

  @ResolveField(() => [Author], {
    description: 'Whom a STRICTLY_CONFIDENTIAL project may name: who would read it were it CONFIDENTIAL',
  })
  async participantCandidates(
    @CurrentActor() actor: Actor,
    @Parent() project: Project,
    @Args() args: ParticipantCandidatesArgs,
    @Context() context: GraphQLContext,
  ): Promise<Author[]> {
    const people = await this.markings.candidates(project, args.query ?? null, args.first);
    const authors = await Promise.all(
      people.map((person) => context.loaders.viewer(actor).author(person.id, 'PRIVATE')),
    );
    return authors.filter((author) => author.person !== null);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may raise the marking' })
  async viewerCanRaiseClassification(project: Project, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const viewer = await context.loaders.viewer(actor).policyViewer();
    return (
      project.classification !== 'STRICTLY_CONFIDENTIAL' &&
      mayRaiseProjectMarking(viewer, await context.loaders.projectFacts.load(project))
    );
  }

  @ResolveField(() => Boolean, { description: 'Lower the marking, or change who is named on it' })
  async viewerCanLowerClassification(project: Project, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const viewer = await context.loaders.viewer(actor).policyViewer();
    return (
      project.classification !== 'UNCLASSIFIED' &&
      mayLowerProjectMarking(viewer, await context.loaders.projectFacts.load(project))
    );
  }

  private async readsByBreakGlass(actor: Actor, project: Project, context: GraphQLContext): Promise<boolean> {
    const viewer = await context.loaders.viewer(actor).policyViewer();
    return !mayReadProject(viewer, await context.loaders.projectFacts.load(project));
  }
}

@Resolver(() => ProjectPartner)
export class ProjectPartnersResolver {
  @ResolveField(() => Organization)
  organization(partner: ProjectPartner, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(partner.organizationId);
  }
}

@Resolver(() => ProjectMilestone)
export class ProjectMilestonesResolver {
  @ResolveField(() => Project, { nullable: true, description: 'Its project, when the viewer reads it' })
  project(milestone: ProjectMilestone, _args: unknown, context: GraphQLContext) {
    return context.loaders.viewer(actorIn(context)).readableProject.load(milestone.projectId);
  }
}

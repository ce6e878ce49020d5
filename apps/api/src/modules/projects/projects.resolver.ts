import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Organization } from '../organizations/organization.entity.js';
import { mayEditProject } from '../policy/projects.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { Project, ProjectMilestone, ProjectPartner } from './project.entity.js';
import { CreateProjectInput, ProjectFilter, SetProjectMilestoneInput, UpdateProjectInput } from './projects.inputs.js';
import { ProjectsService } from './projects.service.js';

const ProjectConnection = ConnectionType(Project, 'Project');

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(private readonly service: ProjectsService) {}

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
  unit(@Parent() record: Project, @Context() context: GraphQLContext) {
    return record.unitId ? context.loaders.organizationUnit.load(record.unitId) : null;
  }

  @ResolveField(() => Organization)
  leadEntity(@Parent() project: Project, @Context() context: GraphQLContext) {
    return context.loaders.organization.load(project.leadEntityId);
  }

  @ResolveField(() => [ProjectPartner])
  partners(@Parent() project: Project, @Context() context: GraphQLContext) {
    return context.loaders.projectPartners.load(project.id);
  }

  @ResolveField(() => [ProjectMilestone], { description: 'By due date' })
  milestones(@Parent() project: Project, @Context() context: GraphQLContext) {
    return context.loaders.projectMilestones.load(project.id);
  }

  @ResolveField(() => WorkingGroup, { nullable: true })
  workingGroup(@Parent() project: Project, @Context() context: GraphQLContext) {
    return project.workingGroupId ? context.loaders.workingGroup.load(project.workingGroupId) : null;
  }

  @ResolveField(() => Workspace, { nullable: true, description: 'The project’s workspace, for its members' })
  async workspace(@CurrentActor() actor: Actor, @Parent() project: Project, @Context() context: GraphQLContext) {
    if (!project.workspaceId) return null;
    const access = await context.loaders.viewer(actor).workspaceAccess.load(project.workspaceId);
    return access.read ? context.loaders.workspace.load(project.workspaceId) : null;
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(@CurrentActor() actor: Actor, @Parent() project: Project) {
    return mayEditProject(actor, project);
  }
}

@Resolver(() => ProjectPartner)
export class ProjectPartnersResolver {
  @ResolveField(() => Organization)
  organization(@Parent() partner: ProjectPartner, @Context() context: GraphQLContext) {
    return context.loaders.organization.load(partner.organizationId);
  }
}

import { Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import { WORKSPACE_ROLES } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { ClassificationEnum, WatchLevelEnum, WorkspaceRoleEnum } from '../../common/graphql-enums.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { primeWorkspace } from '../../loaders/loaders.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Organization } from '../organizations/organization.entity.js';
import { defaultWatchLevel, mayGrantWorkspaceRole } from '../policy/workspaces.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { Workspace, WorkspaceMember, WorkspaceOrganization } from './workspace.entity.js';
import {
  AddWorkspaceMemberInput,
  CreateWorkspaceInput,
  RemoveWorkspaceMemberInput,
  WatchWorkspaceInput,
  WorkspaceFilter,
} from './workspaces.inputs.js';
import { WorkspacesService } from './workspaces.service.js';

const WorkspaceConnection = ConnectionType(Workspace, 'Workspace');

@Resolver(() => Workspace)
export class WorkspacesResolver {
  constructor(private readonly service: WorkspacesService) {}

  @Query(() => WorkspaceConnection, { description: 'The workspaces the viewer may read' })
  workspaces(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => WorkspaceFilter, nullable: true }) filter: WorkspaceFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.service.list(actor, filter ?? {}, readPage(page));
  }

  @Query(() => Workspace)
  async workspace(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ) {
    return primeWorkspace(context.loaders, actor, await this.service.get(actor, id));
  }

  @Mutation(() => Workspace, { description: 'Coordinators and admins open an ad hoc workspace; they become its owner' })
  createWorkspace(@CurrentActor() actor: Actor, @Args('input') input: CreateWorkspaceInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => WorkspaceMember, { description: 'Owners and moderators add a person (or change their role)' })
  addWorkspaceMember(@CurrentActor() actor: Actor, @Args('input') input: AddWorkspaceMemberInput) {
    return this.service.addMember(actor, input);
  }

  @Mutation(() => Workspace, { description: 'Chooses what the viewer hears of a workspace they read' })
  watchWorkspace(@CurrentActor() actor: Actor, @Args('input') input: WatchWorkspaceInput) {
    return this.service.watch(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Takes effect at once, including on the person’s open connections' })
  removeWorkspaceMember(@CurrentActor() actor: Actor, @Args('input') input: RemoveWorkspaceMemberInput) {
    return this.service.removeMember(actor, input);
  }

  // The parent workspace was authorized by the query that returned it; these fields read within it.
  // (Workspace.threads is resolved in the discussions module.)

  @ResolveField(() => [WorkspaceMember], {
    description: 'Member people; in a PRIVATE workspace, no other State’s people',
  })
  members(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    return this.service.members(actorIn(context), workspace);
  }

  @ResolveField(() => [WorkspaceOrganization])
  memberOrganizations(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    return this.service.memberOrganizations(actorIn(context), workspace);
  }

  @ResolveField(() => WorkingGroup, { nullable: true })
  workingGroup(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    return workspace.workingGroupId ? context.loaders.workingGroup.load(workspace.workingGroupId) : null;
  }

  @ResolveField(() => WorkspaceRoleEnum, {
    nullable: true,
    description: 'The viewer’s role, through themselves or their organization',
  })
  async viewerRole(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    return (await context.loaders.viewer(actorIn(context)).workspaceAccess.load(workspace.id)).role;
  }

  @ResolveField(() => Boolean)
  async viewerCanPost(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    return (await context.loaders.viewer(actorIn(context)).workspaceAccess.load(workspace.id)).post;
  }

  @ResolveField(() => Boolean)
  async viewerCanManageMembers(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    return (await context.loaders.viewer(actorIn(context)).workspaceAccess.load(workspace.id)).manageMembers;
  }

  @ResolveField(() => ClassificationEnum, {
    description: 'The lowest marking its threads may carry: a marked project’s workspace carries the project’s',
  })
  minimumClassification(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    return context.loaders.workspaceMarkingFloor.load(workspace.id);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may pin and lock threads and remove others’ posts' })
  async viewerCanModerate(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    return (await context.loaders.viewer(actorIn(context)).workspaceAccess.load(workspace.id)).moderate;
  }

  @ResolveField(() => [WorkspaceRoleEnum], { description: 'The workspace roles the viewer may give members' })
  async viewerGrantableRoles(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const access = await context.loaders.viewer(actor).workspaceAccess.load(workspace.id);
    return WORKSPACE_ROLES.filter((role) => mayGrantWorkspaceRole(actor, access, role));
  }

  @ResolveField(() => WatchLevelEnum, {
    description: 'What the viewer hears of the workspace: their choice, else the default',
  })
  async viewerWatchLevel(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const loaders = context.loaders.viewer(actor);
    const [chosen, access] = await Promise.all([
      loaders.chosenWatchLevel.load(workspace.id),
      loaders.workspaceAccess.load(workspace.id),
    ]);
    return chosen ?? defaultWatchLevel(access);
  }

  @ResolveField(() => Int, { description: 'Threads with activity the viewer has not read' })
  unreadThreadCount(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    return context.loaders.viewer(actorIn(context)).unreadThreadCount.load(workspace.id);
  }
}

@Resolver(() => WorkspaceMember)
export class WorkspaceMemberResolver {
  @ResolveField(() => User)
  user(member: WorkspaceMember, _args: unknown, context: GraphQLContext) {
    return member.user ?? context.loaders.user.load(member.userId);
  }
}

@Resolver(() => WorkspaceOrganization)
export class WorkspaceOrganizationResolver {
  @ResolveField(() => Organization)
  organization(membership: WorkspaceOrganization, _args: unknown, context: GraphQLContext) {
    return membership.organization ?? context.loaders.organization.load(membership.organizationId);
  }
}

import { ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { mayRemoveWorkspaceFile } from '../policy/discussions.js';
import { Post } from '../discussions/post.entity.js';
import { Author } from '../users/author.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { WorkspaceFilesService } from './workspace-files.service.js';
import {
  AddWorkspaceFilesInput,
  WorkspaceFile,
  WorkspaceFileConnection,
  WorkspaceFilesArgs,
} from './workspace-files.types.js';

@Resolver(() => Workspace)
export class WorkspaceFilesResolver {
  constructor(private readonly service: WorkspaceFilesService) {}

  @ResolveField(() => WorkspaceFileConnection, {
    description: "The workspace's files: those of its posts and those added to it directly",
  })
  files(@CurrentActor() actor: Actor, @Parent() workspace: Workspace, @Args() args: WorkspaceFilesArgs) {
    return this.service.list(actor, workspace.id, args, readPage(args));
  }

  @Mutation(() => [WorkspaceFile], { description: "Keeps the viewer's uploads as files of the workspace" })
  addWorkspaceFiles(@CurrentActor() actor: Actor, @Args('input') input: AddWorkspaceFilesInput) {
    return this.service.add(actor, input);
  }

  @Mutation(() => ID, { description: 'Removes a file added to a workspace directly; answers its id' })
  removeWorkspaceFile(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.remove(actor, id);
  }
}

@Resolver(() => WorkspaceFile)
export class WorkspaceFileResolver {
  @ResolveField(() => Author, { description: 'Who added it, as the viewer may see them' })
  uploader(file: WorkspaceFile, _args: unknown, context: GraphQLContext) {
    return context.loaders.viewer(actorIn(context)).author(file.uploaderId, file.workspaceVisibility);
  }

  @ResolveField(() => Post, { nullable: true, description: 'The post it came from; null when added directly' })
  post(file: WorkspaceFile, _args: unknown, context: GraphQLContext) {
    // Read through its workspace's files, whose access was checked.
    return file.postId ? context.loaders.post.load(file.postId) : null;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may remove it (added directly; theirs, or as moderator)' })
  async viewerCanRemove(file: WorkspaceFile, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    if (file.postId !== null) return false;
    const access = await context.loaders.viewer(actor).workspaceAccess.load(file.workspaceId);
    return mayRemoveWorkspaceFile(actor, file, access);
  }
}

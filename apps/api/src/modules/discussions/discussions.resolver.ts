import { Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import { POST_BODY_MAX_LENGTH } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/errors.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { primeThread } from '../../loaders/loaders.js';
import { Attachment } from '../attachments/attachment.entity.js';
import {
  BREAK_GLASS_MINUTES,
  mayEditParticipants,
  mayLowerMarking,
  mayRaiseMarking,
  mayReadMarkedAsParty,
  markingFollowsRecord,
} from '../policy/classification.js';
import { mayDeletePost, mayEditPost, mayRenameThread } from '../policy/discussions.js';
import { maySeeWorkspaceMember } from '../policy/workspaces.js';
import { Author } from '../users/author.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import {
  BreakGlassInput,
  ChangeThreadClassificationInput,
  CreatePostInput,
  CreateThreadInput,
  ParticipantCandidatesArgs,
  SetThreadParticipantsInput,
  RenameThreadInput,
  SetThreadFlagInput,
  ThreadIdArgs,
  ToggleReactionInput,
  UpdatePostInput,
} from './discussions.inputs.js';
import { renderMarkdown } from './markdown.js';
import { renderPostBody } from './post-html.js';
import { Post, PostRevision } from './post.entity.js';
import { PostsService } from './posts.service.js';
import { Thread } from './thread.entity.js';
import { ThreadMarkingsService } from './thread-markings.service.js';
import { ThreadsService } from './threads.service.js';

export const ThreadConnection = ConnectionType(Thread, 'Thread');
const PostConnection = ConnectionType(Post, 'Post');

@ObjectType({ description: 'How many reacted to a post with one emoji, and whether the viewer did' })
export class ReactionSummary {
  @Field()
  emoji: string;

  @Field(() => Int)
  count: number;

  @Field()
  viewerReacted: boolean;
}

@Resolver(() => Workspace)
export class WorkspaceThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly markings: ThreadMarkingsService,
  ) {}

  /** The parent workspace was authorized by the query that returned it. */
  @ResolveField(() => ThreadConnection, {
    description: 'Pinned first, then by latest activity; those the viewer reads',
  })
  async threads(
    @CurrentActor() actor: Actor,
    @Parent() workspace: Workspace,
    @Args() page: PageArgs,
    @Context() context: GraphQLContext,
  ) {
    const access = await context.loaders.viewer(actor).workspaceAccess.load(workspace.id);
    return this.threadsService.listInWorkspace(actor, workspace.id, access, readPage(page));
  }

  @ResolveField(() => [Author], {
    description: 'Whom a STRICTLY_CONFIDENTIAL thread of this workspace may name: who reads its CONFIDENTIAL records',
  })
  async participantCandidates(
    @CurrentActor() actor: Actor,
    @Parent() workspace: Workspace,
    @Args() args: ParticipantCandidatesArgs,
    @Context() context: GraphQLContext,
  ): Promise<Author[]> {
    const people = await this.markings.candidates(actor, workspace.id, args.query ?? null);
    const authors = await Promise.all(
      people.map((person) => context.loaders.viewer(actor).author(person.id, workspace.visibility)),
    );
    return authors.filter((author) => author.person !== null).slice(0, args.first);
  }
}

@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly postsService: PostsService,
    private readonly markings: ThreadMarkingsService,
  ) {}

  /** What the marking rules allow the viewer on the thread (policy/classification.ts). */
  private async markingRules(actor: Actor, thread: Thread, context: GraphQLContext) {
    const loaders = context.loaders.viewer(actor);
    const [access, marking, workspace] = await Promise.all([
      loaders.workspaceAccess.load(thread.workspaceId),
      loaders.threadMarking.load(thread),
      context.loaders.workspace.load(thread.workspaceId),
    ]);
    return { access, marking, workspace, changeable: !markingFollowsRecord(workspace) };
  }

  @Query(() => Thread)
  async thread(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ) {
    return primeThread(context.loaders, actor, await this.threads.get(actor, id));
  }

  @Mutation(() => Thread, { description: 'Opens a thread with its first post; needs a member role in the workspace' })
  createThread(@CurrentActor() actor: Actor, @Args('input') input: CreateThreadInput) {
    return this.postsService.createThread(actor, input);
  }

  @Mutation(() => Thread, { description: 'Moderators pin a thread to the top of its workspace' })
  setThreadPinned(@CurrentActor() actor: Actor, @Args('input') input: SetThreadFlagInput) {
    return this.threads.setFlag(actor, input.threadId, 'pinned', input.value);
  }

  @Mutation(() => Thread, { description: 'Moderators lock a thread: it takes no new posts' })
  setThreadLocked(@CurrentActor() actor: Actor, @Args('input') input: SetThreadFlagInput) {
    return this.threads.setFlag(actor, input.threadId, 'locked', input.value);
  }

  @Mutation(() => Thread, { description: 'Its author (while they may post) or a moderator gives a thread a new title' })
  renameThread(@CurrentActor() actor: Actor, @Args('input') input: RenameThreadInput) {
    return this.threads.rename(actor, input.threadId, input.title);
  }

  @Mutation(() => Thread, { description: 'Follows (value: true) or stops following a thread' })
  followThread(@CurrentActor() actor: Actor, @Args('input') input: SetThreadFlagInput) {
    return this.threads.follow(actor, input.threadId, input.value);
  }

  @Mutation(() => Thread, { description: 'Marks everything in the thread read for the viewer' })
  markThreadRead(@CurrentActor() actor: Actor, @Args() args: ThreadIdArgs) {
    return this.threads.markRead(actor, args.threadId);
  }

  @Mutation(() => Thread, {
    description: 'Raises (any participant) or lowers (owners, moderators) the marking, with a reason; audited',
  })
  changeThreadClassification(@CurrentActor() actor: Actor, @Args('input') input: ChangeThreadClassificationInput) {
    return this.markings.change(actor, input);
  }

  @Mutation(() => Thread, { description: 'The author or a moderator names who reads a STRICTLY_CONFIDENTIAL thread' })
  setThreadParticipants(@CurrentActor() actor: Actor, @Args('input') input: SetThreadParticipantsInput) {
    return this.markings.setParticipants(actor, input);
  }

  @Mutation(() => Thread, {
    description: `Platform admins read a STRICTLY_CONFIDENTIAL thread they are not named on for ${BREAK_GLASS_MINUTES} minutes; audited`,
  })
  breakGlass(@CurrentActor() actor: Actor, @Args('input') input: BreakGlassInput) {
    return this.markings.breakGlass(actor, input);
  }

  // The parent thread was authorized by the query that returned it.

  @ResolveField(() => [Author], { description: 'The people named on a STRICTLY_CONFIDENTIAL thread; empty otherwise' })
  async participants(thread: Thread, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    if (thread.classification !== 'STRICTLY_CONFIDENTIAL') return [];
    const [ids, workspace] = await Promise.all([
      context.loaders.threadParticipantIds.load(thread.id),
      context.loaders.workspace.load(thread.workspaceId),
    ]);
    return Promise.all(ids.map((id) => context.loaders.viewer(actor).author(id, workspace.visibility)));
  }

  @ResolveField(() => Boolean, { description: 'The viewer may raise the marking' })
  async viewerCanRaiseClassification(thread: Thread, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const { access, marking, changeable } = await this.markingRules(actor, thread, context);
    return changeable && thread.classification !== 'STRICTLY_CONFIDENTIAL' && mayRaiseMarking(actor, access, marking);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may lower the marking (and set a declassification day)' })
  async viewerCanLowerClassification(thread: Thread, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const { access, marking, changeable } = await this.markingRules(actor, thread, context);
    return changeable && mayLowerMarking(actor, access, marking);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may name who reads this STRICTLY_CONFIDENTIAL thread' })
  async viewerCanEditParticipants(thread: Thread, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const { access, marking, changeable } = await this.markingRules(actor, thread, context);
    return changeable && mayEditParticipants(actor, access, marking);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may give the thread a new title' })
  async viewerCanRename(thread: Thread, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const { access, marking, workspace } = await this.markingRules(actor, thread, context);
    return mayReadMarkedAsParty(actor, access, marking) && mayRenameThread(actor, thread, access, workspace);
  }

  @ResolveField(() => Boolean, { description: 'The viewer reads this thread through a break-glass grant (audited)' })
  async viewerReadsByBreakGlass(thread: Thread, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const { access, marking } = await this.markingRules(actor, thread, context);
    return !mayReadMarkedAsParty(actor, access, marking) && marking.breakGlass;
  }

  @ResolveField(() => PostConnection, { description: 'Oldest first' })
  posts(@Parent() thread: Thread, @Args() page: PageArgs) {
    return this.postsService.listInThread(thread.id, readPage(page));
  }

  @ResolveField(() => Workspace)
  workspace(thread: Thread, _args: unknown, context: GraphQLContext) {
    return context.loaders.workspace.load(thread.workspaceId);
  }

  @ResolveField(() => Author)
  async author(thread: Thread, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const workspace = await context.loaders.workspace.load(thread.workspaceId);
    return context.loaders.viewer(actor).author(thread.authorId, workspace.visibility);
  }

  @ResolveField(() => Boolean)
  async viewerFollows(thread: Thread, _args: unknown, context: GraphQLContext) {
    return (await context.loaders.viewer(actorIn(context)).threadState.load(thread.id)).following;
  }

  @ResolveField(() => Boolean, { description: 'Posts were written since the viewer last read the thread' })
  async unread(thread: Thread, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const { lastReadAt } = await context.loaders.viewer(actor).threadState.load(thread.id);
    return lastReadAt === null || thread.lastActivityAt > lastReadAt;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When the viewer last read the thread (null: never); the posts written after it are new to them. Read it before `markThreadRead`, which moves it to now',
  })
  async viewerLastReadAt(thread: Thread, _args: unknown, context: GraphQLContext): Promise<Date | null> {
    return (await context.loaders.viewer(actorIn(context)).threadState.load(thread.id)).lastReadAt;
  }
}

@Resolver(() => Post)
export class PostsResolver {
  private async workspaceOf(post: Post, context: GraphQLContext): Promise<Workspace> {
    const thread = await context.loaders.thread.load(post.threadId);
    return context.loaders.workspace.load(thread.workspaceId);
  }

  constructor(private readonly posts: PostsService) {}

  @Query(() => Post)
  post(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.posts.get(actor, id);
  }

  @Query(() => String, { description: 'Renders markdown exactly as a post would be shown (composer preview)' })
  previewMarkdown(@CurrentActor() actor: Actor, @Args('body', { type: () => String }) body: string): Promise<string> {
    if (body.length > POST_BODY_MAX_LENGTH) throw badInput('body', `At most ${POST_BODY_MAX_LENGTH} characters.`);
    return this.posts.preview(actor, body);
  }

  @Mutation(() => Post)
  createPost(@CurrentActor() actor: Actor, @Args('input') input: CreatePostInput) {
    return this.posts.createPost(actor, input);
  }

  @Mutation(() => Post, { description: 'Authors edit their posts; earlier versions stay visible as revisions' })
  updatePost(@CurrentActor() actor: Actor, @Args('input') input: UpdatePostInput) {
    return this.posts.updatePost(actor, input);
  }

  @Mutation(() => Post, {
    description: 'The author or a moderator deletes a post; it stays in place, shown as deleted',
  })
  deletePost(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.posts.deletePost(actor, id);
  }

  @Mutation(() => Post, { description: 'Adds the viewer’s reaction, or takes it back' })
  toggleReaction(@CurrentActor() actor: Actor, @Args('input') input: ToggleReactionInput) {
    return this.posts.toggleReaction(actor, input);
  }

  @ResolveField(() => Thread)
  thread(post: Post, _args: unknown, context: GraphQLContext) {
    // The post was reached through its thread or the `post` query, both of which checked access.
    return context.loaders.thread.load(post.threadId);
  }

  @ResolveField(() => Author)
  async author(post: Post, _args: unknown, context: GraphQLContext) {
    return context.loaders
      .viewer(actorIn(context))
      .author(post.authorId, (await this.workspaceOf(post, context)).visibility);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may edit this post (its author, while they may post)' })
  async viewerCanEdit(post: Post, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const access = await context.loaders.viewer(actor).workspaceAccess.load((await this.workspaceOf(post, context)).id);
    return !post.deletedAt && mayEditPost(actor, post, access);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may delete this post (its author, or a moderator)' })
  async viewerCanDelete(post: Post, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const access = await context.loaders.viewer(actor).workspaceAccess.load((await this.workspaceOf(post, context)).id);
    return !post.deletedAt && mayDeletePost(actor, post, access);
  }

  @ResolveField(() => Boolean)
  deleted(post: Post): boolean {
    return post.deletedAt !== null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The markdown source; null once deleted' })
  body(post: Post): string | null {
    return post.deletedAt ? null : post.body;
  }

  @ResolveField(() => String, { description: 'The body rendered to sanitized HTML' })
  async bodyHtml(post: Post, _args: unknown, context: GraphQLContext): Promise<string> {
    if (post.deletedAt) return '';
    // Rendered when written, with everyone the post mentions linked; null for posts written before that.
    const stored = post.renderedHtml ?? null;
    const mentions = await context.loaders.postMentions.load(post.id);
    if (mentions.size === 0) return stored ?? renderPostBody(post.body, new Map());
    // Only people the viewer may see are linked, by the rule of the workspace's member lists.
    const actor = context.req.user!;
    const { visibility } = await this.workspaceOf(post, context);
    const linked = new Map<string, string>();
    for (const [email, person] of mentions) {
      if (maySeeWorkspaceMember(actor, visibility, person)) linked.set(email, person.userId);
    }
    return stored !== null && linked.size === mentions.size ? stored : renderPostBody(post.body, linked);
  }

  @ResolveField(() => Post, {
    nullable: true,
    description:
      'The earlier post of the same thread this one replies to; once deleted it shows as deleted (`deleted`, no body). Null when it quotes none',
  })
  async quotedPost(post: Post, _args: unknown, context: GraphQLContext): Promise<Post | null> {
    if (!post.quotedPostId || post.deletedAt) return null;
    // Of the same thread as the post (createPost checks it), so as readable as the post itself.
    const quoted = await context.loaders.quotedPost.load(post.quotedPostId);
    return quoted && quoted.threadId === post.threadId ? quoted : null;
  }

  @ResolveField(() => [PostRevision], { description: 'Earlier versions, newest first' })
  revisions(post: Post, _args: unknown, context: GraphQLContext) {
    return post.editedAt ? context.loaders.postRevisions.load(post.id) : [];
  }

  @ResolveField(() => [Attachment])
  attachments(post: Post, _args: unknown, context: GraphQLContext) {
    return post.deletedAt ? [] : context.loaders.attachments.load(post.id);
  }

  @ResolveField(() => [ReactionSummary])
  reactions(post: Post, _args: unknown, context: GraphQLContext) {
    return context.loaders.viewer(actorIn(context)).reactions.load(post.id);
  }
}

@Resolver(() => PostRevision)
export class PostRevisionsResolver {
  @ResolveField(() => String, { description: 'The earlier text rendered to sanitized HTML' })
  bodyHtml(revision: PostRevision): string {
    return renderMarkdown(revision.body);
  }

  @ResolveField(() => String)
  body(revision: PostRevision): string {
    return revision.body;
  }
}

@Resolver(() => Attachment)
export class AttachmentsResolver {
  @ResolveField(() => String, { description: 'Download link (checks access; sent as an attachment)' })
  url(attachment: Attachment): string {
    return `/attachments/${attachment.id}`;
  }
}

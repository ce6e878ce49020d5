import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import { mayDeletePost, mayEditPost } from '../policy/discussions.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import type { CreatePostInput, CreateThreadInput, ToggleReactionInput, UpdatePostInput } from './discussions.inputs.js';
import { extractMentions } from './markdown.js';
import { linkEveryone, renderPostBody } from './post-html.js';
import { PostNotices } from './post-notices.js';
import { Post, PostMention, PostReaction, PostRevision } from './post.entity.js';
import type { Thread } from './thread.entity.js';
import { ThreadMarkingsService } from './thread-markings.service.js';
import { ThreadsService } from './threads.service.js';
import { lockForChange } from '../../database/lock-for-change.js';

/**
 * Writing in threads. Each write runs in one transaction with its notifications; live events go out
 * only after it commits.
 */
@Injectable()
export class PostsService {
  constructor(
    @InjectRepository(Post) private readonly posts: Repository<Post>,
    private readonly threads: ThreadsService,
    private readonly workspaces: WorkspacesService,
    private readonly users: UsersService,
    private readonly notices: PostNotices,
    private readonly attachments: AttachmentsService,
    private readonly audit: AuditService,
    private readonly markings: ThreadMarkingsService,
  ) {}

  async createThread(actor: Actor, input: CreateThreadInput): Promise<Thread> {
    const title = input.title.trim();
    if (!title) throw badInput('title', 'Enter a title.');
    const body = requireBody(input.body);
    if (input.participantIds.length > 0 && input.classification !== 'STRICTLY_CONFIDENTIAL') {
      throw badInput('participantIds', 'Only a STRICTLY CONFIDENTIAL thread names participants.');
    }
    const { thread, events } = await this.posts.manager.transaction(async (manager) => {
      const { workspace } = await this.workspaces.require(actor, input.workspaceId, 'post', manager);
      await this.markings.requireAtLeastFloor(manager, workspace.id, input.classification);
      return this.openThread(manager, actor, {
        workspaceId: workspace.id,
        title,
        body,
        pillars: [...new Set(input.pillars)],
        classification: input.classification,
        workingGroupId: workspace.workingGroupId,
        attachmentIds: input.attachmentIds,
        participantIds: input.participantIds,
        announceIn: workspace.name,
      });
    });
    await this.threads.publishAbout(thread, events);
    return thread;
  }

  /**
   * Writes a thread with its first post inside the caller's transaction (the caller has checked that the
   * actor may post in the workspace) and returns the events to publish after commit. With `announceIn`
   * (the workspace's name), those who watch the workspace's new threads are notified. A STRICTLY_CONFIDENTIAL
   * thread names the author and `participantIds`.
   */
  async openThread(
    manager: EntityManager,
    actor: Actor,
    values: Pick<Thread, 'workspaceId' | 'title' | 'pillars' | 'classification' | 'workingGroupId'> & {
      body: string;
      attachmentIds: readonly string[];
      participantIds?: readonly string[];
      announceIn?: string;
    },
  ): Promise<{ thread: Thread; events: RealtimeEvent[] }> {
    const { body, attachmentIds, participantIds, announceIn, ...threadValues } = values;
    const thread = await this.threads.create(manager, { ...threadValues, authorId: actor.userId });
    if (thread.classification === 'STRICTLY_CONFIDENTIAL') {
      await this.markings.nameOnNewThread(manager, thread, participantIds ?? []);
    }
    const { post, events } = await this.writePost(manager, actor, thread, body, attachmentIds, {
      newThreadIn: announceIn,
    });
    return {
      thread,
      events: [
        { kind: 'thread.created' as const, payload: { workspaceId: thread.workspaceId, threadId: thread.id } },
        ...events,
      ].filter((event) => event.kind !== 'post.created' || event.payload.postId !== post.id),
    };
  }

  async createPost(actor: Actor, input: CreatePostInput): Promise<Post> {
    const body = requireBody(input.body);
    const { post, thread, events } = await this.posts.manager.transaction(async (manager) => {
      const { thread } = await this.threads.require(actor, input.threadId, 'post', manager, true);
      if (thread.locked) throw conflict('This thread is locked: it takes no new posts.');
      const quotedPostId = input.quotedPostId ? await this.requireQuotable(manager, thread, input.quotedPostId) : null;
      return {
        ...(await this.writePost(manager, actor, thread, body, input.attachmentIds, { quotedPostId })),
        thread,
      };
    });
    await this.threads.publishAbout(thread, events);
    return post;
  }

  /** Authors edit their own posts; the previous text is kept as a revision anyone who reads may see. */
  async updatePost(actor: Actor, input: UpdatePostInput): Promise<Post> {
    const body = requireBody(input.body);
    const { post, thread, events } = await this.posts.manager.transaction(async (manager) => {
      const { post, thread, workspace, access } = await this.requireLockedPost(manager, actor, input.id, 'post');
      assertAllowed(mayEditPost(actor, post, access), 'Only the author can edit a post.');
      if (post.deletedAt) throw conflict('This post was deleted.');
      if (post.body === body) return { post, thread, events: [] };
      await manager.insert(PostRevision, { postId: post.id, body: post.body });
      const before = new Set(await this.notices.mentionedIds(manager, post.id));
      const mentioned = await this.notices.mentionedIn(actor, body, workspace.id);
      post.body = body;
      post.renderedHtml = renderPostBody(body, linkEveryone(mentioned));
      post.editedAt = new Date();
      await manager.save(post);
      await this.notices.recordMentions(manager, post.id, mentioned);
      const newlyMentioned = mentioned.filter((person) => !before.has(person.id));
      const notificationEvents = await this.notices.notify(manager, actor, thread, post, newlyMentioned);
      return {
        post,
        thread,
        events: [
          {
            kind: 'post.updated' as const,
            payload: { workspaceId: workspace.id, threadId: thread.id, postId: post.id },
          },
          ...notificationEvents,
        ],
      };
    });
    await this.threads.publishAbout(thread, events);
    return post;
  }

  /**
   * Soft deletion by the author or a moderator: the post stays in place, its text, history and quote are gone.
   * Replies that quote it keep their quote, which shows it deleted.
   */
  async deletePost(actor: Actor, postId: string): Promise<Post> {
    const { post, thread, removeFiles } = await this.posts.manager.transaction(async (manager) => {
      const { post, access, workspace, thread } = await this.requireLockedPost(manager, actor, postId, 'read');
      assertAllowed(mayDeletePost(actor, post, access), 'Only the author or a moderator can delete a post.');
      let removeFiles = async () => {};
      if (!post.deletedAt) {
        post.deletedAt = new Date();
        post.body = '';
        post.renderedHtml = null;
        post.quotedPostId = null;
        await manager.save(post);
        await manager.delete(PostRevision, { postId: post.id });
        await manager.delete(PostMention, { postId: post.id });
        removeFiles = await this.attachments.detachFromPost(manager, post.id);
        await this.audit.record(manager, actor, 'post.deleted', 'Post', post.id, {
          threadId: post.threadId,
          workspaceId: workspace.id,
          byAuthor: post.authorId === actor.userId,
        });
      }
      return { post, thread, removeFiles };
    });
    await removeFiles();
    await this.threads.publishAbout(thread, [
      { kind: 'post.updated', payload: { workspaceId: thread.workspaceId, threadId: thread.id, postId: post.id } },
    ]);
    return post;
  }

  async toggleReaction(actor: Actor, input: ToggleReactionInput): Promise<Post> {
    const { post, thread } = await this.posts.manager.transaction(async (manager) => {
      const post = await manager.findOneBy(Post, { id: input.postId });
      if (!post) throw notFound('Post');
      const { thread } = await this.requirePostAccess(actor, post, 'post', manager);
      if (post.deletedAt) throw conflict('This post was deleted.');
      // Insert first: of two toggles at once (a double click), the second waits for the first and removes it.
      const added: unknown[] = await manager.query(
        `INSERT INTO post_reactions (post_id, user_id, emoji) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING post_id`,
        [post.id, actor.userId, input.emoji],
      );
      if (added.length === 0)
        await manager.delete(PostReaction, { postId: post.id, userId: actor.userId, emoji: input.emoji });
      return { post, thread };
    });
    await this.threads.publishAbout(thread, [
      { kind: 'post.updated', payload: { workspaceId: thread.workspaceId, threadId: thread.id, postId: post.id } },
    ]);
    return post;
  }

  /** The post, opened to be read: a read of a STRICTLY_CONFIDENTIAL one is audited. */
  async get(actor: Actor, postId: string): Promise<Post> {
    const post = await this.posts.findOneBy({ id: postId });
    if (!post) throw notFound('Post');
    const { thread, marking } = await this.requirePostAccess(actor, post, 'read');
    await this.threads.auditRead(actor, thread, marking, 'Post', post.id);
    return post;
  }

  /** Renders a draft as it will be shown; mentions link to people the actor may see. */
  async preview(actor: Actor, body: string): Promise<string> {
    const emails = extractMentions(body);
    const people = emails.length > 0 ? await this.users.findVisibleByEmails(actor, emails) : new Map<string, string>();
    return renderPostBody(body, people);
  }

  /** Oldest first. The caller has checked the thread is readable. */
  listInThread(threadId: string, page: Page) {
    const query = this.posts
      .createQueryBuilder('p')
      .where('p.thread_id = :threadId', { threadId })
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC');
    return findPage(query, page);
  }

  // ---- internals ----

  /**
   * A post the new one may quote: one of the same thread (which the actor reads, since they write in it), not
   * deleted. A post of another thread, even one the actor reads, is refused like a missing one.
   */
  private async requireQuotable(manager: EntityManager, thread: Thread, postId: string): Promise<string> {
    const quoted = await manager.findOneBy(Post, { id: postId });
    if (!quoted || quoted.threadId !== thread.id) throw badInput('quotedPostId', 'Quote a post of this thread.');
    if (quoted.deletedAt) throw badInput('quotedPostId', 'This post was deleted: it can no longer be quoted.');
    return quoted.id;
  }

  /**
   * Inserts the post, rendered with everyone it mentions linked, records those mentions, updates the thread,
   * and notifies (PostNotices.notify). `newThreadIn` announces a new thread; `quotedPostId` was checked by
   * requireQuotable.
   */
  private async writePost(
    manager: EntityManager,
    actor: Actor,
    thread: Thread,
    body: string,
    attachmentIds: readonly string[],
    { newThreadIn, quotedPostId = null }: { newThreadIn?: string; quotedPostId?: string | null } = {},
  ) {
    const mentioned = await this.notices.mentionedIn(actor, body, thread.workspaceId);
    const post = await this.insertPost(manager, thread, {
      authorId: actor.userId,
      body,
      renderedHtml: renderPostBody(body, linkEveryone(mentioned)),
      quotedPostId,
    });
    await this.attachments.attachToPost(manager, actor, thread.workspaceId, post.id, attachmentIds);
    await this.notices.addMentions(manager, post.id, mentioned);
    const followers = await this.threads.followAfterPost(
      manager,
      thread.id,
      actor.userId,
      mentioned.map((person) => person.id),
    );
    const events: RealtimeEvent[] = [
      { kind: 'post.created', payload: { workspaceId: thread.workspaceId, threadId: thread.id, postId: post.id } },
      ...(await this.notices.notify(manager, actor, thread, post, mentioned, { followerIds: followers, newThreadIn })),
    ];
    return { post, events };
  }

  /**
   * Inserts the post and counts it on its thread, whose activity time becomes the post's (also on the
   * entity in hand): one statement, for every statement of a post delays its live event.
   */
  private async insertPost(
    manager: EntityManager,
    thread: Thread,
    values: Pick<Post, 'authorId' | 'body' | 'quotedPostId'> & { renderedHtml: string },
  ): Promise<Post> {
    const { authorId, body, renderedHtml, quotedPostId } = values;
    const [row]: { id: string; created_at: Date }[] = await manager.query(
      `WITH post AS (
         INSERT INTO posts (thread_id, author_id, body, body_html, quoted_post_id) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, created_at
       ), counted AS (
         UPDATE threads SET post_count = post_count + 1, last_activity_at = (SELECT created_at FROM post) WHERE id = $1
       )
       SELECT id, created_at FROM post`,
      [thread.id, authorId, body, renderedHtml, quotedPostId],
    );
    thread.postCount += 1;
    thread.lastActivityAt = row.created_at;
    return this.posts.create({
      id: row.id,
      threadId: thread.id,
      authorId,
      body,
      renderedHtml,
      quotedPostId,
      createdAt: row.created_at,
      editedAt: null,
      deletedAt: null,
    });
  }

  /** The post, locked for a change, once the actor may read it (else NOT_FOUND, like a missing post). */
  private async requireLockedPost(manager: EntityManager, actor: Actor, postId: string, need: 'read' | 'post') {
    const found = await manager.findOneBy(Post, { id: postId });
    if (!found) throw notFound('Post');
    const access = await this.requirePostAccess(actor, found, need, manager);
    const post = await lockForChange(manager, Post, postId, 'Post');
    return { post, ...access };
  }

  /** A post is as visible as its thread; one the actor may not read is NOT_FOUND. */
  private async requirePostAccess(actor: Actor, post: Post, need: 'read' | 'post', manager?: EntityManager) {
    try {
      return await this.threads.require(actor, post.threadId, need, manager);
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') throw notFound('Post');
      throw error;
    }
  }
}

function requireBody(body: string): string {
  if (!body.trim()) throw badInput('body', 'Write a message.');
  return body;
}

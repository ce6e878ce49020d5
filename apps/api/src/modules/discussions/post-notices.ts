import { Injectable } from '@nestjs/common';
import type { NotificationType, WatchLevel } from '@ctcp/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { notificationTitle } from '../notifications/notification-texts.js';
import { type NewNotification, NotificationsService } from '../notifications/notifications.service.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { WorkspaceReaders } from '../workspaces/workspace-readers.js';
import { extractMentions } from './markdown.js';
import { type Post, PostMention } from './post.entity.js';
import { type Thread, ThreadParticipant } from './thread.entity.js';

/** Every level but MUTED: mentions of the person and replies in threads they follow reach them. */
const HEARS_MENTIONS: readonly WatchLevel[] = ['ALL', 'NEW_THREADS', 'MENTIONS'];

/**
 * Who hears of a post, inside the transaction that writes it: the people it mentions, the thread's
 * followers and the workspace's watchers, by what each chose to hear of the workspace and as long as they
 * may read it, each notified in their own language.
 */
@Injectable()
export class PostNotices {
  constructor(
    private readonly users: UsersService,
    private readonly readers: WorkspaceReaders,
    private readonly notifications: NotificationsService,
  ) {}

  /** Who a post with this body mentions: known, enabled people who may read the workspace, never the author. */
  async mentionedIn(actor: Actor, body: string, workspaceId: string): Promise<User[]> {
    const emails = extractMentions(body);
    if (emails.length === 0) return [];
    const candidates = await this.users.idsByEmails(emails, actor.userId);
    return this.people(await this.readers.among(workspaceId, candidates));
  }

  /** Records the people (from `mentionedIn`) as those the post mentions, in place of any recorded before. */
  async recordMentions(manager: EntityManager, postId: string, people: readonly User[]): Promise<void> {
    await manager.delete(PostMention, { postId });
    await this.addMentions(manager, postId, people);
  }

  /** Records the people (from `mentionedIn`) as those a new post mentions. */
  async addMentions(manager: EntityManager, postId: string, people: readonly User[]): Promise<void> {
    if (people.length === 0) return;
    await manager.query(`INSERT INTO post_mentions (post_id, user_id) SELECT $1, unnest($2::uuid[])`, [
      postId,
      people.map((person) => person.id),
    ]);
  }

  async mentionedIds(manager: EntityManager, postId: string): Promise<string[]> {
    const rows = await manager.find(PostMention, { where: { postId } });
    return rows.map((row) => row.userId);
  }

  /**
   * Notifies, each once and never the author: the people `mentioned` (unless they muted the workspace);
   * for a new thread announced in `newThreadIn` (the workspace's name), those who watch new threads; for
   * a reply, the thread's `followerIds` and those who watch every post.
   * Returns the live events to publish after commit.
   */
  async notify(
    manager: EntityManager,
    actor: Actor,
    thread: Thread,
    post: Post,
    mentioned: readonly User[],
    context: { followerIds?: readonly string[]; newThreadIn?: string } = {},
  ): Promise<RealtimeEvent[]> {
    const workspaceId = thread.workspaceId;
    const newThread = context.newThreadIn !== undefined;
    const mentionedIds = await this.readers.watchingAt(
      workspaceId,
      HEARS_MENTIONS,
      mentioned.map((person) => person.id),
    );
    const others = newThread
      ? await this.readers.watchingAt(workspaceId, ['ALL', 'NEW_THREADS'])
      : [
          // The author is never notified: no need to ask whether they watch.
          ...(await this.readers.watchingAt(
            workspaceId,
            HEARS_MENTIONS,
            (context.followerIds ?? []).filter((id) => id !== actor.userId),
          )),
          ...(await this.readers.watchingAt(workspaceId, ['ALL'])),
        ];
    const notified = new Set([actor.userId, ...mentionedIds]);
    const otherIds = [...new Set(others)].filter((id) => !notified.has(id));
    const readers = new Set(await this.readersOf(manager, thread, [...mentionedIds, ...otherIds]));
    if (readers.size === 0) return [];
    const [author, recipients] = await Promise.all([this.users.me(actor), this.people([...readers])]);
    const byId = new Map(recipients.map((person) => [person.id, person]));
    const values = { author: author.name, thread: thread.title, classification: thread.classification };
    const notice = (id: string, type: NotificationType, link: string): NewNotification[] => {
      const person = byId.get(id);
      if (!person) return [];
      const title = notificationTitle(person.preferredLanguage, type, { ...values, workspace: context.newThreadIn });
      return [{ userId: id, type, title, link }];
    };
    const postLink = `/threads/${thread.id}#post-${post.id}`;
    return this.notifications.create(manager, [
      ...mentionedIds.flatMap((id) => notice(id, 'MENTION', postLink)),
      ...otherIds.flatMap((id) =>
        newThread ? notice(id, 'NEW_THREAD', `/threads/${thread.id}`) : notice(id, 'REPLY', postLink),
      ),
    ]);
  }

  /**
   * Of these readers of the thread's workspace, those who read the thread at its marking. The people
   * named on it are read in the caller's transaction: a new thread's are not committed yet.
   */
  private async readersOf(manager: EntityManager, thread: Thread, ids: readonly string[]): Promise<string[]> {
    if (thread.classification === 'UNCLASSIFIED' || ids.length === 0) return [...ids];
    let among = ids;
    if (thread.classification === 'STRICTLY_CONFIDENTIAL') {
      const named = new Set((await manager.findBy(ThreadParticipant, { threadId: thread.id })).map((p) => p.userId));
      among = ids.filter((id) => named.has(id));
    }
    return this.readers.among(thread.workspaceId, among, { classification: 'CONFIDENTIAL', threadId: null });
  }

  private async people(ids: readonly string[]): Promise<User[]> {
    if (ids.length === 0) return [];
    return (await this.users.findByIds(ids)).filter((person) => person !== undefined);
  }
}

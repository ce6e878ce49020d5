import { Injectable } from '@nestjs/common';
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
import type { Thread } from './thread.entity.js';

/**
 * Who hears of a post, inside the transaction that writes it: the people it mentions and the thread's
 * followers, as long as they may read the workspace, each notified in their own language.
 */
@Injectable()
export class PostNotices {
  constructor(
    private readonly users: UsersService,
    private readonly readers: WorkspaceReaders,
    private readonly notifications: NotificationsService,
  ) {}

  /** Records who the post mentions: known, enabled people who may read the workspace, never the author. */
  async recordMentions(manager: EntityManager, actor: Actor, post: Post, workspaceId: string): Promise<User[]> {
    await manager.delete(PostMention, { postId: post.id });
    const emails = extractMentions(post.body);
    if (emails.length === 0) return [];
    const candidates = await this.users.idsByEmails(emails, actor.userId);
    const readers = await this.readers.among(workspaceId, candidates);
    if (readers.length === 0) return [];
    await manager.insert(
      PostMention,
      readers.map((userId) => ({ postId: post.id, userId })),
    );
    return this.people(readers);
  }

  async mentionedIds(manager: EntityManager, postId: string): Promise<string[]> {
    const rows = await manager.find(PostMention, { where: { postId } });
    return rows.map((row) => row.userId);
  }

  /**
   * Notifies the people `mentioned`, then those of `followerIds` who still read the workspace (other than
   * the author and those already notified for a mention); returns the live events to publish after commit.
   */
  async notify(
    manager: EntityManager,
    actor: Actor,
    thread: Thread,
    post: Post,
    mentioned: readonly User[],
    followerIds: readonly string[] = [],
  ): Promise<RealtimeEvent[]> {
    const mentionedIds = new Set(mentioned.map((person) => person.id));
    const replyRecipientIds = followerIds.filter((id) => id !== actor.userId && !mentionedIds.has(id));
    const replyRecipients = await this.people(await this.readers.among(thread.workspaceId, replyRecipientIds));
    if (mentioned.length === 0 && replyRecipients.length === 0) return [];
    const author = await this.users.me(actor);
    return this.notifications.create(manager, [
      ...mentioned.map((person) => notificationFor(person, 'MENTION', author.name, thread, post)),
      ...replyRecipients.map((person) => notificationFor(person, 'REPLY', author.name, thread, post)),
    ]);
  }

  private async people(ids: readonly string[]): Promise<User[]> {
    if (ids.length === 0) return [];
    return (await this.users.findByIds(ids)).filter((person) => person !== undefined);
  }
}

function notificationFor(
  person: User,
  type: 'MENTION' | 'REPLY',
  authorName: string,
  thread: Thread,
  post: Post,
): NewNotification {
  return {
    userId: person.id,
    type,
    title: notificationTitle(person.preferredLanguage, type, {
      author: authorName,
      thread: thread.title,
      classification: thread.classification,
    }),
    link: `/threads/${thread.id}#post-${post.id}`,
  };
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Language, NOTIFICATION_SYNC_PAGE_SIZE, type NotificationType } from '@ctcp/shared';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';
import { NotificationMails } from './notification-mails.js';
import { classifiedActivityTitle } from './notification-texts.js';
import { Notification } from './notification.entity.js';

export interface NewNotification {
  userId: string;
  type: NotificationType;
  title: string;
  link: string;
}

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly mails: NotificationMails,
    private readonly users: UsersService,
  ) {}

  /**
   * Writes notifications inside the caller's transaction, each with the next `seq` of its user, schedules
   * the mail of those whose people want each notification mailed, and returns the live events to publish
   * once that transaction has committed. Three statements whatever the number of recipients.
   */
  async create(manager: EntityManager, items: NewNotification[]): Promise<RealtimeEvent[]> {
    if (items.length === 0) return [];
    // Counters are locked in a fixed order (by user) so that concurrent transactions cannot deadlock.
    const sorted = [...items].sort((a, b) => a.userId.localeCompare(b.userId));
    const counters: { user_id: string; last_seq: string }[] = await manager.query(
      `INSERT INTO notification_counters (user_id, last_seq)
       SELECT user_id, count(*) FROM unnest($1::uuid[]) AS user_id GROUP BY user_id ORDER BY user_id
       ON CONFLICT (user_id) DO UPDATE SET last_seq = notification_counters.last_seq + EXCLUDED.last_seq
       RETURNING user_id, last_seq`,
      [sorted.map((item) => item.userId)],
    );
    // Each user's counter moved on by their count of items: their seqs are the last ones of it, in order.
    const count = new Map<string, number>();
    for (const item of sorted) count.set(item.userId, (count.get(item.userId) ?? 0) + 1);
    const next = new Map(counters.map((row) => [row.user_id, Number(row.last_seq) - count.get(row.user_id)! + 1]));
    const rows = sorted.map((item) => {
      const seq = next.get(item.userId)!;
      next.set(item.userId, seq + 1);
      return { user_id: item.userId, seq, type: item.type, title: item.title, link: item.link };
    });
    const saved: (Pick<Notification, 'id' | 'type' | 'title' | 'link'> & {
      user_id: string;
      seq: string;
      created_at: Date;
    })[] = await manager.query(
      `INSERT INTO notifications (user_id, seq, type, title, link)
       SELECT user_id, seq, type, title, link
         FROM json_to_recordset($1::json) AS n(user_id uuid, seq bigint, type text, title text, link text)
       RETURNING id, user_id, seq, type, title, link, created_at`,
      [JSON.stringify(rows)],
    );
    const immediate = new Set(
      (await this.users.mailRecipients([...count.keys()], ['IMMEDIATE'])).map((person) => person.id),
    );
    await this.mails.scheduleImmediate(
      manager,
      saved.filter((row) => immediate.has(row.user_id)).map((row) => row.id),
    );
    return saved.map((row) => ({
      kind: 'notification' as const,
      userId: row.user_id,
      payload: {
        id: row.id,
        seq: Number(row.seq),
        type: row.type,
        title: row.title,
        link: row.link,
        createdAt: row.created_at.toISOString(),
      },
    }));
  }

  /** The viewer's own notifications, newest first. */
  list(actor: Actor, unreadOnly: boolean, page: Page) {
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: actor.userId })
      .orderBy('n.seq', 'DESC');
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return findPage(query, page);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.notifications
      .createQueryBuilder('n')
      .where('n.user_id = :userId AND n.read_at IS NULL', { userId: actor.userId })
      .getCount();
  }

  /**
   * Replaces the titles of every notification pointing at `link` (or an anchor in it) with one that names
   * nothing, in each person's language: the record was classified after they were written. Inside the
   * caller's transaction; mail not yet sent goes with the new title.
   */
  async redactTitles(
    manager: EntityManager,
    link: string,
    title: (language: Language) => string = classifiedActivityTitle,
  ): Promise<void> {
    const where = `(link = $1 OR starts_with(link, $1 || '#'))`;
    const rows: { user_id: string }[] = await manager.query(
      `SELECT DISTINCT user_id FROM notifications WHERE ${where}`,
      [link],
    );
    if (rows.length === 0) return;
    const people = await this.users.findByIds(rows.map((row) => row.user_id));
    const byLanguage = new Map<Language, string[]>();
    for (const person of people) {
      if (person)
        byLanguage.set(person.preferredLanguage, [...(byLanguage.get(person.preferredLanguage) ?? []), person.id]);
    }
    for (const [language, userIds] of byLanguage) {
      await manager.query(`UPDATE notifications SET title = $2 WHERE ${where} AND user_id = ANY($3)`, [
        link,
        title(language),
        userIds,
      ]);
    }
  }

  /** Marks the given notifications (or all) of the viewer read; returns how many changed. */
  async markRead(actor: Actor, input: { ids?: string[] | null; all?: boolean | null }): Promise<number> {
    if (!input.all && !input.ids?.length) throw badInput('ids', 'Give the notifications to mark, or all.');
    const query = this.notifications
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId: actor.userId });
    if (!input.all) query.andWhere('id IN (:...ids)', { ids: input.ids });
    const result = await query.execute();
    return result.affected ?? 0;
  }

  /** These notifications of the person (by seq) were shown live in a visible tab: none of them is mailed. */
  async markSeen(userId: string, seqs: readonly number[]): Promise<void> {
    if (seqs.length === 0) return;
    await this.notifications
      .createQueryBuilder()
      .update(Notification)
      .set({ seenAt: () => 'now()' })
      .where('user_id = :userId AND seq = ANY(:seqs) AND seen_at IS NULL', { userId, seqs })
      .execute();
  }

  /** For `notifications.sync`: the viewer's notifications after `afterSeq`, oldest first, one page. */
  since(userId: string, afterSeq: number): Promise<Notification[]> {
    return this.notifications
      .createQueryBuilder('n')
      .where('n.user_id = :userId AND n.seq > :afterSeq', { userId, afterSeq })
      .orderBy('n.seq', 'ASC')
      .take(NOTIFICATION_SYNC_PAGE_SIZE)
      .getMany();
  }
}

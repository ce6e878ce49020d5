import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NOTIFICATION_SYNC_PAGE_SIZE, type NotificationType } from '@ctcp/shared';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import { Notification } from './notification.entity.js';

export interface NewNotification {
  userId: string;
  type: NotificationType;
  title: string;
  link: string;
}

@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  /**
   * Writes notifications inside the caller's transaction, each with the next `seq` of its user, and
   * returns the live events to publish once that transaction has committed.
   */
  async create(manager: EntityManager, items: NewNotification[]): Promise<RealtimeEvent[]> {
    // Counters are locked in a fixed order so that concurrent transactions cannot deadlock.
    const sorted = [...items].sort((a, b) => a.userId.localeCompare(b.userId));
    const events: RealtimeEvent[] = [];
    for (const item of sorted) {
      const [{ seq }] = await manager.query(
        `INSERT INTO notification_counters (user_id, last_seq) VALUES ($1, 1)
         ON CONFLICT (user_id) DO UPDATE SET last_seq = notification_counters.last_seq + 1
         RETURNING last_seq AS seq`,
        [item.userId],
      );
      const saved = await manager.save(manager.create(Notification, { ...item, seq: Number(seq), readAt: null }));
      events.push({
        kind: 'notification',
        userId: item.userId,
        payload: {
          id: saved.id,
          seq: saved.seq,
          type: saved.type,
          title: saved.title,
          link: saved.link,
          createdAt: saved.createdAt.toISOString(),
        },
      });
    }
    return events;
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

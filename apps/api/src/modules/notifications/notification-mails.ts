import { createHmac } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EmailFrequency, IMMEDIATE_MAIL_DELAY_SECONDS, type NotificationType } from '@ctcp/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { formatIdAndSecret, parseIdAndSecret, sameHash } from '../auth/tokens.js';
import { JobsService } from '../jobs/jobs.service.js';
import type { MailSection } from '../mail/mail-texts.js';
import { MailService, type NewMail } from '../mail/mail.service.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';

const MAIL_NOTIFICATION = 'mail_notification';
export const SEND_DIGESTS = 'send_digests';

/**
 * What may still be mailed: unread, never mailed, and of the last eight days (a weekly digest covers its
 * week; a first one never digs up old history).
 */
const PENDING_SQL = `n.read_at IS NULL AND n.mailed_at IS NULL AND n.created_at > now() - interval '8 days'`;
/** Links listed per digest section; the rest are counted. */
const DIGEST_ITEMS_PER_SECTION = 10;
/** People whose digests are written in one transaction. */
const DIGEST_BATCH = 100;

/** What a digest lists first: what someone waits for the reader to do. */
const NEEDS_ACTION: readonly NotificationType[] = [
  'MENTION',
  'REQUEST_SUBMITTED',
  'REQUEST_OPENED',
  'REQUEST_OFFER',
  'REQUEST_OVERDUE',
  // Silence is kept by default: an objection has to come before the deadline.
  'DECISION_PROPOSED',
];

interface PendingNotification {
  id: string;
  user_id: string;
  type: NotificationType;
  title: string;
  link: string;
}

/**
 * Notifications by mail. IMMEDIATE: each notification that is neither read nor seen in the app two
 * minutes after it came. DAILY and WEEKLY: one digest per run of DIGEST_CRON (weekly ones on the
 * Monday run) of what is unread and was not mailed yet. A notification is mailed at most once
 * (`mailed_at`, set in the transaction that writes the mail to the outbox), and its title is all a mail
 * says of it: titles never hold content of a classified thread.
 */
@Injectable()
export class NotificationMails implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly users: UsersService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(MAIL_NOTIFICATION, (payload) => this.mailOne((payload as { id: string }).id));
    this.jobs.register(SEND_DIGESTS, (payload) => this.sendDigests(digestTime(payload)));
    this.jobs.schedule(SEND_DIGESTS, this.config.mail.digestCron);
  }

  /** In the transaction that creates them: the notifications to mail unless seen in time. */
  scheduleImmediate(manager: EntityManager, notificationIds: readonly string[]): Promise<void> {
    return this.jobs.add(
      manager,
      MAIL_NOTIFICATION,
      notificationIds.map((id) => ({ payload: { id }, key: `notification-mail:${id}` })),
      { delaySeconds: IMMEDIATE_MAIL_DELAY_SECONDS },
    );
  }

  /** The person a one-click unsubscribe token names, when its signature holds. */
  personOfUnsubscribeToken(token: string): string | null {
    const parsed = parseIdAndSecret(token);
    return parsed && sameHash(parsed.secret, this.signature(parsed.id)) ? parsed.id : null;
  }

  private async mailOne(notificationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locked: seen, read or mailed meanwhile, it is not mailed.
      const [notification] = await this.pending(
        'n.id = $1',
        [notificationId],
        'AND n.seen_at IS NULL FOR UPDATE',
        manager,
      );
      if (!notification) return;
      const [recipient] = await this.users.mailRecipients([notification.user_id], ['IMMEDIATE']);
      if (!recipient) return;
      await this.mail.enqueue(manager, [
        this.mailTo(recipient, 'NOTIFICATION', { title: notification.title, url: this.url(notification.link) }),
      ]);
      await markMailed(manager, [notification.id]);
    });
  }

  /** One digest per person due at `at`, in batches of people, each batch in one transaction. */
  async sendDigests(at: Date): Promise<void> {
    // Mondays (UTC) are the weekly digests' day.
    const frequencies: EmailFrequency[] = at.getUTCDay() === 1 ? ['DAILY', 'WEEKLY'] : ['DAILY'];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const waiting: { user_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT n.user_id FROM notifications n
          WHERE n.user_id > $1 AND ${PENDING_SQL} ORDER BY n.user_id LIMIT $2`,
        [after, DIGEST_BATCH],
      );
      if (waiting.length === 0) return;
      after = waiting[waiting.length - 1].user_id;
      const people = await this.users.mailRecipients(
        waiting.map((row) => row.user_id),
        frequencies,
      );
      if (people.length > 0) {
        await this.dataSource.transaction(async (manager) => {
          // Locked and read again: a notification another run has just mailed is left out.
          const pending = await this.pending(
            'n.user_id = ANY($1)',
            [people.map((person) => person.id)],
            'ORDER BY n.user_id, n.seq DESC FOR UPDATE',
            manager,
          );
          const mails = people.flatMap((person) => {
            const own = pending.filter((notification) => notification.user_id === person.id);
            return own.length === 0 ? [] : [this.digestFor(person, own)];
          });
          await this.mail.enqueue(manager, mails);
          await markMailed(
            manager,
            pending.map((notification) => notification.id),
          );
        });
      }
      if (waiting.length < DIGEST_BATCH) return;
    }
  }

  /** Notifications that may still be mailed (PENDING_SQL) matching `where`, then `rest` (order, lock). */
  private pending(
    where: string,
    params: unknown[],
    rest: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PendingNotification[]> {
    return manager.query(
      `SELECT n.id, n.user_id, n.type, n.title, n.link FROM notifications n WHERE ${where} AND ${PENDING_SQL} ${rest}`,
      params,
    );
  }

  private digestFor(person: User, notifications: readonly PendingNotification[]): NewMail {
    const section = (kind: MailSection['kind'], items: readonly PendingNotification[]): MailSection[] =>
      items.length === 0
        ? []
        : [
            {
              kind,
              total: items.length,
              items: items
                .slice(0, DIGEST_ITEMS_PER_SECTION)
                .map((item) => ({ title: item.title, url: this.url(item.link) })),
            },
          ];
    const needsAction = notifications.filter((item) => NEEDS_ACTION.includes(item.type));
    const updates = notifications.filter((item) => !NEEDS_ACTION.includes(item.type));
    return this.mailTo(person, 'DIGEST', {
      url: this.url('/notifications'),
      count: String(notifications.length),
      sections: [...section('needsYourAction', needsAction), ...section('updates', updates)],
    });
  }

  private mailTo(person: User, kind: 'NOTIFICATION' | 'DIGEST', params: NewMail['params']): NewMail {
    // The page of this link offers to stop the mail (and links to the profile); mail readers' one-click
    // unsubscribe posts to the same address.
    const token = formatIdAndSecret(person.id, this.signature(person.id));
    const unsubscribe = this.url(`/unsubscribe?token=${token}`);
    return { kind, to: person.email, language: person.preferredLanguage, params: { ...params, unsubscribe } };
  }

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  private signature(userId: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(`unsubscribe:${userId}`).digest('base64url');
  }
}

function markMailed(manager: EntityManager, ids: readonly string[]): Promise<unknown> {
  return ids.length === 0
    ? Promise.resolve()
    : manager.query('UPDATE notifications SET mailed_at = now() WHERE id = ANY($1)', [ids]);
}

/** The time a digest run stands for: its cron tick when the schedule started it, else now. */
function digestTime(payload: unknown): Date {
  const tick = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts;
  return tick ? new Date(tick) : new Date();
}

import { Inject, Injectable, type OnModuleInit, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Language } from '@ctcp/shared';
import type { JobHelpers } from 'graphile-worker';
import type { Logger } from 'pino';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { LOGGER, RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { mayReviewMailDelivery } from '../policy/mail.js';
import { MailMessage, type MailKind } from './mail-message.entity.js';
import { type MailParams, mailTexts } from './mail-texts.js';
import { isPermanentFailure, MailTransport } from './mail-transport.js';

export interface NewMail {
  kind: MailKind;
  to: string;
  language: Language;
  params: MailParams;
}

const DELIVER = 'deliver_mail';

/**
 * Outgoing mail: written to the outbox inside the caller's transaction, delivered after commit by a job,
 * which the queue retries while the server does not take the message.
 */
@Injectable()
export class MailService implements OnModuleInit, OnApplicationShutdown {
  private readonly transport: MailTransport;

  constructor(
    @InjectRepository(MailMessage) private readonly messages: Repository<MailMessage>,
    private readonly jobs: JobsService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.transport = new MailTransport(config, logger);
  }

  /** True when mail leaves the machine: a link sent by mail is then shown to nobody else. */
  get delivers(): boolean {
    return this.transport.delivers;
  }

  /** Adds messages to the outbox in the transaction of `manager`: they go out once it commits, never before. */
  async enqueue(manager: EntityManager, mails: readonly NewMail[]): Promise<void> {
    if (mails.length === 0) return;
    const rows = await manager.save(
      mails.map((mail) =>
        manager.create(MailMessage, {
          kind: mail.kind,
          toAddress: mail.to,
          language: mail.language,
          params: mail.params,
        }),
      ),
    );
    await this.jobs.add(
      manager,
      DELIVER,
      rows.map((row) => ({ payload: { id: row.id }, key: `mail:${row.id}` })),
      { maxAttempts: this.config.mail.maxAttempts },
    );
  }

  /** Messages that were given up or are still waiting, newest first: what an admin looks into. */
  async undelivered(actor: Actor, page: Page) {
    assertAllowed(mayReviewMailDelivery(actor), 'Only platform admins follow mail delivery.');
    const query = this.messages
      .createQueryBuilder('m')
      .where("m.status <> 'SENT'")
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'ASC');
    return findPage(query, page);
  }

  onModuleInit(): void {
    this.jobs.register(DELIVER, (payload, helpers) => this.deliver((payload as { id: string }).id, helpers));
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  /**
   * Sends one outbox message at most once: it is claimed (PENDING to SENDING) before it goes to the server.
   * A failure the server may recover from puts it back to PENDING and throws, so the queue retries it later.
   */
  private async deliver(id: string, helpers: JobHelpers): Promise<void> {
    const claimed = await this.messages.update(
      { id, status: 'PENDING' },
      { status: 'SENDING', attempts: () => 'attempts + 1' },
    );
    if (claimed.affected !== 1) return;
    const message = await this.messages.findOneByOrFail({ id });
    try {
      const texts = mailTexts(message.language, message.kind, message.params!);
      const { url, unsubscribe } = message.params!;
      // The layout (React Email) is loaded with the first message rather than at start-up: it takes more
      // than half a second to load.
      const { renderMail } = await import('./mail-layout.js');
      const { html, text } = await renderMail(message.language, texts, url);
      // One-click unsubscribe (RFC 8058): mail readers show it beside the sender and post to it.
      const headers = unsubscribe
        ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
        : undefined;
      await this.transport.send({ id, to: message.toAddress, subject: texts.subject, html, text, headers });
    } catch (error) {
      const lastError = error instanceof Error ? error.message : String(error);
      const givenUp = isPermanentFailure(error) || helpers.job.attempts >= helpers.job.max_attempts;
      await this.messages.update({ id }, { status: givenUp ? 'FAILED' : 'PENDING', lastError });
      if (givenUp) {
        this.logger.error({ mailId: id, to: message.toAddress, err: error }, 'mail given up');
        return;
      }
      throw error;
    }
    // Sent: the params (which may hold a token) are no longer needed.
    await this.messages.update({ id }, { status: 'SENT', sentAt: new Date(), params: null, lastError: null });
  }
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import type { ClientContext } from '../../common/client-context.js';
import { assertAllowed } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { JobsService } from '../jobs/jobs.service.js';
import { mayReadAuditTrail, mayVerifyAuditChain, readableAuditEventsWhere } from '../policy/audit.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventFilter } from './audit.inputs.js';

/** Who acted: a signed-in actor, or a person known by id (and organization) while signing in. */
export type AuditActor = Pick<Actor, 'userId'> & Partial<Pick<Actor, 'organizationId' | 'client'>>;

/** Seals the rows written since the last run into the hash chain. */
export const SEAL_AUDIT_EVENTS = 'seal_audit_events';
const SEAL_EVERY_MINUTE = '* * * * *';

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
}

/**
 * The audit trail: written in the caller's transaction, read by admins (and organization admins for their
 * own organization's people), never changed. Rows are sealed into a hash chain shortly after they commit
 * (a minutely job, and before each verification) rather than as they are written: chaining at insert would
 * make every audited transaction wait for the one before it to commit.
 */
@Injectable()
export class AuditService implements OnModuleInit {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SEAL_AUDIT_EVENTS, async () => {
      await this.seal();
    });
    this.jobs.schedule(SEAL_AUDIT_EVENTS, SEAL_EVERY_MINUTE);
  }

  /**
   * Records the event inside the caller's transaction, so it exists exactly when the change does. `details`
   * says what changed, briefly (never empty); where it came from is the actor's request unless `client` is given.
   */
  async record(
    manager: EntityManager,
    actor: AuditActor | null,
    action: string,
    targetType: string,
    targetId: string,
    details: Record<string, unknown>,
    client: ClientContext | undefined = actor?.client,
  ): Promise<void> {
    if (Object.keys(details).length === 0) throw new Error(`audit event ${action} without details`);
    const event = manager.create(AuditEvent, {
      actorId: actor?.userId ?? null,
      organizationId: actor?.organizationId ?? null,
      action,
      targetType,
      targetId,
      details,
      ipAddress: client?.ipAddress ?? null,
      userAgent: client?.userAgent ?? null,
    });
    await manager.save(event);
  }

  /** Events the actor may read, the newest first. */
  list(actor: Actor, filter: AuditEventFilter, page: Page) {
    return findPage(this.readable(actor, filter), page);
  }

  /** The same events for a download (at most `limit`); the export is itself recorded. */
  async export(actor: Actor, filter: AuditEventFilter, limit: number): Promise<AuditEvent[]> {
    const rows = await this.readable(actor, filter).limit(limit).getMany();
    await this.events.manager.transaction((manager) =>
      this.record(manager, actor, 'audit.exported', 'AuditEvent', 'csv', { rows: rows.length, filter }),
    );
    return rows;
  }

  private readable(actor: Actor, filter: AuditEventFilter) {
    assertAllowed(mayReadAuditTrail(actor), 'Admins, and organization admins for their people, read the audit trail.');
    const readable = readableAuditEventsWhere(actor);
    const query = this.events.createQueryBuilder('e').where(readable.sql, readable.params);
    if (filter.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.organizationId) query.andWhere('e.organization_id = :organizationId', filter);
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.targetId) query.andWhere('e.target_id = :targetId', { targetId: filter.targetId });
    if (filter.from) query.andWhere('e.created_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.created_at < :to', { to: filter.to });
    return query.orderBy('e.id', 'DESC');
  }

  /** Seals what is not sealed yet, then checks every link of the chain (admins). */
  async verify(actor: Actor): Promise<AuditChainReport> {
    assertAllowed(mayVerifyAuditChain(actor), 'Platform admins verify the audit trail.');
    await this.seal();
    const [report] = await this.events.query(`SELECT * FROM ctcp_verify_audit_chain()`);
    return {
      ok: report.first_broken_id === null,
      checked: Number(report.checked),
      firstBrokenId: report.first_broken_id,
    };
  }

  /** Gives the rows written since the last seal their place and hash in the chain; returns how many. */
  async seal(): Promise<number> {
    const [{ sealed }] = await this.events.query(`SELECT ctcp_seal_audit_events() AS sealed`);
    return Number(sealed);
  }
}

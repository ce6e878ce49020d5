import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { JobsService } from '../jobs/jobs.service.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import { AssistanceRequestEscalation } from './assistance-request.entity.js';
import { AssistanceRequestNotices } from './assistance-request-notices.js';
import { AssistanceRequestQueries } from './assistance-request-queries.service.js';

const ESCALATE_OVERDUE = 'escalate-overdue-requests';
const EVERY_HOUR = '20 * * * *';

/**
 * A request waiting for review, a match or delivery past its service level (`sla_due_at`, working days) is escalated
 * to the coordinators and the requesting State, once per deadline missed: the escalation row is written first,
 * keyed by request and deadline, so a repeated or concurrent run finds nothing left to send. A move sets a new
 * deadline, which is a breach of its own once missed.
 */
@Injectable()
export class AssistanceRequestEscalations implements OnModuleInit {
  constructor(
    @InjectRepository(AssistanceRequestEscalation)
    private readonly escalations: Repository<AssistanceRequestEscalation>,
    private readonly queries: AssistanceRequestQueries,
    private readonly notices: AssistanceRequestNotices,
    private readonly realtime: RealtimeService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(ESCALATE_OVERDUE, async () => {
      await this.escalateOverdue(new Date());
    });
    this.jobs.schedule(ESCALATE_OVERDUE, EVERY_HOUR);
  }

  /** Escalates the requests overdue at `now`; returns how many. */
  async escalateOverdue(now: Date): Promise<number> {
    const { count, events } = await this.escalations.manager.transaction(async (manager) => {
      const breached: { request_id: string }[] = await manager.query(
        `INSERT INTO assistance_request_escalations (request_id, due_at)
         SELECT r.id, r.sla_due_at FROM assistance_requests r
          WHERE r.sla_due_at < $1 AND r.status IN ('SUBMITTED', 'UNDER_REVIEW', 'IN_PROGRESS')
         ON CONFLICT DO NOTHING
         RETURNING request_id`,
        [now],
      );
      const events: RealtimeEvent[] = [];
      for (const { request_id: id } of breached) {
        const { request, facts } = await this.queries.load(manager, id, false);
        events.push(...(await this.notices.overdue(manager, request, facts)));
      }
      return { count: breached.length, events };
    });
    this.realtime.publish(events);
    return count;
  }
}

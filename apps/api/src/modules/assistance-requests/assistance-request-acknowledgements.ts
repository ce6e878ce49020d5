import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, conflict } from '../../common/errors.js';
import { mayAcknowledgeAssistanceRequest, mayOfferAnyAssistance } from '../policy/assistance-requests.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { type AssistanceRequest, AssistanceRequestAcknowledgement } from './assistance-request.entity.js';
import { AssistanceRequestNotices } from './assistance-request-notices.js';
import { AssistanceRequestQueries } from './assistance-request-queries.service.js';
import { statusLabel } from './labels.js';

/** "Seen by UNODC, 2 Dec": a Compact entity tells the State and the coordinators it has a request in hand. */
@Injectable()
export class AssistanceRequestAcknowledgements {
  constructor(
    @InjectRepository(AssistanceRequestAcknowledgement)
    private readonly acknowledgements: Repository<AssistanceRequestAcknowledgement>,
    private readonly queries: AssistanceRequestQueries,
    private readonly notices: AssistanceRequestNotices,
    private readonly realtime: RealtimeService,
  ) {}

  /** Once per organization: saying it again keeps the first day. */
  async acknowledge(actor: Actor, requestId: string): Promise<AssistanceRequest> {
    const { request, events } = await this.acknowledgements.manager.transaction(async (manager) => {
      const { request, facts } = await this.queries.requireIn(manager, actor, requestId, false);
      if (!mayAcknowledgeAssistanceRequest(actor, facts)) {
        assertAllowed(mayOfferAnyAssistance(actor), 'Only members of Compact entities acknowledge requests.');
        throw conflict(`A request is acknowledged while it is open; this one is ${statusLabel(request.status)}.`);
      }
      const inserted: unknown[] = await manager.query(
        `INSERT INTO assistance_request_acknowledgements (request_id, organization_id, acknowledged_by_id)
         VALUES ($1, $2, $3) ON CONFLICT (request_id, organization_id) DO NOTHING RETURNING id`,
        [request.id, actor.organizationId, actor.userId],
      );
      return { request, events: inserted.length ? [this.notices.updatedEvent(request, facts)] : [] };
    });
    this.realtime.publish(events);
    return request;
  }

  async byRequestIds(ids: readonly string[]): Promise<AssistanceRequestAcknowledgement[][]> {
    const rows = await this.acknowledgements.find({
      where: { requestId: In([...ids]) },
      order: { acknowledgedAt: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.requestId === id));
  }
}

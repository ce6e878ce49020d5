import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { isInSharingScope, mayOfferAssistance } from '../policy/assistance-requests.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import { AssistanceOffer, AssistanceRequest } from './assistance-request.entity.js';
import { AssistanceRequestDiscussion } from './assistance-request-discussion.js';
import { AssistanceRequestNotices } from './assistance-request-notices.js';
import { AssistanceRequestQueries, type Loaded } from './assistance-request-queries.service.js';
import type { OfferAssistanceInput } from './assistance-requests.inputs.js';
import { statusLabel } from './labels.js';

/** Offers of assistance: one per Compact entity in the sharing scope, made and withdrawn while under review. */
@Injectable()
export class AssistanceOffersService {
  constructor(
    @InjectRepository(AssistanceOffer) private readonly offers: Repository<AssistanceOffer>,
    private readonly queries: AssistanceRequestQueries,
    private readonly notices: AssistanceRequestNotices,
    private readonly discussion: AssistanceRequestDiscussion,
    private readonly realtime: RealtimeService,
  ) {}

  async offer(actor: Actor, input: OfferAssistanceInput): Promise<AssistanceOffer> {
    const note = input.note.trim();
    if (!note) throw badInput('note', 'Say what your organization offers.');
    const { offer, events } = await this.offers.manager.transaction(async (manager) => {
      const loaded = await this.queries.requireIn(manager, actor, input.requestId);
      this.assertMayOffer(actor, loaded);
      const { request } = loaded;
      const existing = await manager.findOneBy(AssistanceOffer, {
        requestId: request.id,
        organizationId: actor.organizationId,
      });
      const isNew = existing?.status !== 'ACTIVE';
      const offer = await manager.save(
        Object.assign(existing ?? manager.create(AssistanceOffer), {
          requestId: request.id,
          organizationId: actor.organizationId,
          authorId: actor.userId,
          note,
          status: 'ACTIVE' as const,
        }),
      );
      await this.touch(manager, request);
      const facts = {
        ...loaded.facts,
        offeringEntityIds: [...new Set([...loaded.facts.offeringEntityIds, actor.organizationId])],
      };
      const events: RealtimeEvent[] = [
        ...(await this.discussion.partiesChanged(request)),
        this.notices.updatedEvent(request, facts),
      ];
      if (isNew) events.push(...(await this.notices.offerMade(manager, actor, request, facts)));
      return { offer, events };
    });
    this.realtime.publish(events);
    return offer;
  }

  async withdrawOffer(actor: Actor, requestId: string): Promise<AssistanceOffer> {
    const { offer, events } = await this.offers.manager.transaction(async (manager) => {
      const loaded = await this.queries.requireIn(manager, actor, requestId);
      this.assertMayOffer(actor, loaded);
      const offer = await manager.findOneBy(AssistanceOffer, { requestId, organizationId: actor.organizationId });
      if (!offer || offer.status !== 'ACTIVE') throw notFound('Offer');
      offer.status = 'WITHDRAWN';
      await manager.save(offer);
      await this.touch(manager, loaded.request);
      return { offer, events: [this.notices.updatedEvent(loaded.request, loaded.facts)] };
    });
    this.realtime.publish(events);
    return offer;
  }

  async offersByRequestIds(ids: readonly string[]): Promise<AssistanceOffer[][]> {
    const rows = await this.offers.find({
      where: { requestId: In([...ids]) },
      order: { createdAt: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.requestId === id));
  }

  private assertMayOffer(actor: Actor, { request, facts }: Loaded) {
    if (mayOfferAssistance(actor, facts)) return;
    const inScope = isInSharingScope({ id: actor.organizationId, kind: actor.organizationKind }, facts);
    assertAllowed(actor.role === 'ENTITY_MEMBER' && inScope, 'Only members of the entities it is shared with offer.');
    throw conflict(`Offers are made while a request is under review; this one is ${statusLabel(request.status)}.`);
  }

  /** Bumps `updated_at`, so lists ordered by activity show the change. */
  private touch(manager: EntityManager, request: AssistanceRequest) {
    return manager.update(AssistanceRequest, { id: request.id }, { updatedAt: new Date() });
  }
}

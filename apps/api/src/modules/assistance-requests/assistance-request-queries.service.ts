import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, MoreThan, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { likePattern } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import {
  type AssistanceRequestFacts,
  IN_SCOPE_SQL,
  mayBreakGlassOnAssistanceRequest,
  mayReadAssistanceRequest,
  NAMED_ON_REQUEST_SQL,
  readableAssistanceRequestsWhere,
  visibleOffersWhere,
} from '../policy/assistance-requests.js';
import { isReadAudited } from '../policy/classification.js';
import {
  AssistanceOffer,
  AssistanceRequest,
  AssistanceRequestBreakGlassGrant,
  AssistanceRequestTransition,
} from './assistance-request.entity.js';
import type { AssistanceRequestFilter } from './assistance-requests.inputs.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

/** A coordinator's list holds every request ever made: it is counted this far (bench/README.md "Coordination queries"). */
export const REQUESTS_COUNTED_UP_TO = 1_000;

/** A request with the facts the policy reads. */
/** What a home page block gathers, beyond the list's public filter. */
export interface RequestCriteria extends AssistanceRequestFilter {
  /** Under review, with an offer standing that the viewer may see. */
  withStandingOffer?: boolean;
  /** Without a standing offer of the viewer's organization. */
  notOfferedByViewer?: boolean;
  /** In the same status since before then. */
  statusUnchangedSince?: Date;
}

export interface Loaded {
  request: AssistanceRequest;
  facts: AssistanceRequestFacts;
}

/** Reading assistance requests: single ones as the policy allows, lists through its SQL twin, batches for loaders. */
@Injectable()
export class AssistanceRequestQueries {
  constructor(
    @InjectRepository(AssistanceRequest) private readonly requests: Repository<AssistanceRequest>,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The request, as a party reads it or through a break-glass grant; each read of a STRICTLY_CONFIDENTIAL
   * one is audited.
   */
  async get(actor: Actor, id: string): Promise<AssistanceRequest> {
    const manager = this.requests.manager;
    const { request, facts } = await this.load(manager, id, false);
    const asParty = mayReadAssistanceRequest(actor, facts);
    const breakGlass =
      !asParty && mayBreakGlassOnAssistanceRequest(actor, facts) && (await this.holdsGrant(actor, request.id));
    if (!asParty && !breakGlass) throw notFound('Assistance request');
    if (isReadAudited(request.classification)) {
      await this.audit.record(manager, actor, 'classified.read', 'AssistanceRequest', request.id, {
        classification: request.classification,
        breakGlass,
      });
    }
    return request;
  }

  /** The actor holds a break-glass grant on the request that has not expired. */
  private async holdsGrant(actor: Actor, requestId: string): Promise<boolean> {
    return this.requests.manager.exists(AssistanceRequestBreakGlassGrant, {
      where: { requestId, userId: actor.userId, expiresAt: MoreThan(new Date()) },
    });
  }

  async list(actor: Actor, filter: AssistanceRequestFilter, page: Page) {
    const query = await this.filtered(actor, filter);
    // The newest first, read down an index on (updated_at, id) until the page is full.
    query.orderBy('r.updated_at', 'DESC').addOrderBy('r.id', 'DESC');
    return findPage(query, page, { countUpTo: REQUESTS_COUNTED_UP_TO });
  }

  /** The requests a home page block gathers, those due soonest (or most overdue) first. */
  async dueFirst(actor: Actor, criteria: RequestCriteria, page: Page) {
    const query = await this.filtered(actor, criteria);
    query.orderBy('r.sla_due_at', 'ASC', 'NULLS LAST').addOrderBy('r.updated_at', 'DESC').addOrderBy('r.id', 'DESC');
    return findPage(query, page, { countUpTo: REQUESTS_COUNTED_UP_TO });
  }

  /**
   * The requests a home page block gathers, those in their status the longest first: for statuses without a
   * deadline (a match waiting for work to start), which dueFirst would give by their last update.
   */
  async longestInStatusFirst(actor: Actor, criteria: RequestCriteria, page: Page) {
    const query = await this.filtered(actor, criteria);
    query.orderBy('r.status_changed_at', 'ASC').addOrderBy('r.id', 'ASC');
    return findPage(query, page, { countUpTo: REQUESTS_COUNTED_UP_TO });
  }

  private async filtered(actor: Actor, filter: RequestCriteria) {
    const query = this.readable(actor);
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.requestingStateId)
      query.andWhere('r.requesting_state_id = :stateId', { stateId: filter.requestingStateId });
    if (filter.regionalGroup) {
      query.andWhere('r.requesting_state_id = ANY(:regionStateIds)', {
        regionStateIds: await this.organizations.idsInRegionalGroup(filter.regionalGroup),
      });
    }
    if (filter.workingGroupId) query.andWhere('r.working_group_id = :wg', { wg: filter.workingGroupId });
    if (filter.pillar) query.andWhere(':pillar = ANY(r.pillars)', { pillar: filter.pillar });
    if (filter.entityId) {
      // Only offers the viewer may see count: another entity's offer is not theirs to know of.
      const visibleOffers = visibleOffersWhere(actor);
      query.andWhere(
        `(r.lead_entity_id = :entityId
          OR EXISTS (SELECT 1 FROM assistance_request_partners p WHERE p.request_id = r.id AND p.organization_id = :entityId)
          OR EXISTS (SELECT 1 FROM assistance_offers f WHERE f.request_id = r.id AND f.organization_id = :entityId AND f.status = 'ACTIVE'
                       AND ${visibleOffers.sql}))`,
        { entityId: filter.entityId, ...visibleOffers.params },
      );
    }
    if (filter.projectId) query.andWhere('r.project_id = :projectId', { projectId: filter.projectId });
    if (filter.overdue === true) query.andWhere('r.sla_due_at < now()');
    if (filter.overdue === false) query.andWhere('(r.sla_due_at IS NULL OR r.sla_due_at >= now())');
    if (filter.openForViewerOffer) {
      query.andWhere(`r.status = 'UNDER_REVIEW' AND :viewerIsEntity AND ${IN_SCOPE_SQL}`, {
        viewerIsEntity: actor.organizationKind === 'COMPACT_ENTITY',
      });
    }
    if (filter.assignedToViewerOrganization) {
      query.andWhere(
        `(r.lead_entity_id = :organizationId
          OR EXISTS (SELECT 1 FROM assistance_request_partners p WHERE p.request_id = r.id AND p.organization_id = :organizationId))`,
      );
    }
    const search = filter.search?.trim();
    if (search) {
      const number = /^(?:AR-?)?0*(\d{1,9})$/i.exec(search)?.[1];
      query.andWhere(`(r.title ILIKE :pattern${number ? ' OR r.number = :number' : ''})`, {
        pattern: likePattern(search),
        number: number ? Number(number) : undefined,
      });
    }
    if (filter.withStandingOffer) {
      const visibleOffers = visibleOffersWhere(actor);
      query.andWhere(
        `r.status = 'UNDER_REVIEW' AND EXISTS (SELECT 1 FROM assistance_offers f WHERE f.request_id = r.id
           AND f.status = 'ACTIVE' AND ${visibleOffers.sql})`,
        visibleOffers.params,
      );
    }
    if (filter.notOfferedByViewer) {
      query.andWhere(`NOT EXISTS (SELECT 1 FROM assistance_offers f WHERE f.request_id = r.id
                       AND f.organization_id = :organizationId AND f.status = 'ACTIVE')`);
    }
    if (filter.statusUnchangedSince) {
      query.andWhere('r.status_changed_at < :unchangedSince', { unchangedSince: filter.statusUnchangedSince });
    }
    return query;
  }

  /** The facts the policy needs, per request (for the viewer-specific fields, via a DataLoader). */
  async factsForMany(
    requests: readonly AssistanceRequest[],
    manager = this.requests.manager,
  ): Promise<AssistanceRequestFacts[]> {
    const ids = requests.map((request) => request.id);
    const rows: {
      id: string;
      shared: string[];
      partners: string[];
      offering: string[];
      participants: { userId: string; organizationId: string }[];
    }[] = await manager.query(
      `SELECT r.id,
              ARRAY(SELECT organization_id FROM assistance_request_shared_entities s WHERE s.request_id = r.id) AS shared,
              ARRAY(SELECT organization_id FROM assistance_request_partners p WHERE p.request_id = r.id) AS partners,
              ARRAY(SELECT organization_id FROM assistance_offers f WHERE f.request_id = r.id) AS offering,
              ${NAMED_ON_REQUEST_SQL} AS participants
         FROM assistance_requests r WHERE r.id = ANY($1)`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return requests.map((request) => {
      const related = byId.get(request.id);
      return {
        status: request.status,
        requestingStateId: request.requestingStateId,
        sharingScope: request.sharingScope,
        sharedEntityIds: related?.shared ?? [],
        leadEntityId: request.leadEntityId,
        partnerEntityIds: related?.partners ?? [],
        offeringEntityIds: related?.offering ?? [],
        opened: request.openedAt !== null,
        classification: request.classification,
        authorId: request.createdById,
        participants: related?.participants ?? [],
      };
    });
  }

  async offersByRequestIds(ids: readonly string[]): Promise<AssistanceOffer[][]> {
    const rows = await this.requests.manager.find(AssistanceOffer, {
      where: { requestId: In([...ids]) },
      order: { createdAt: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.requestId === id));
  }

  async transitionsByRequestIds(ids: readonly string[]): Promise<AssistanceRequestTransition[][]> {
    const rows = await this.requests.manager.find(AssistanceRequestTransition, {
      where: { requestId: In([...ids]) },
      order: { step: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.requestId === id));
  }

  async findByIds(ids: readonly string[]): Promise<(AssistanceRequest | undefined)[]> {
    return inOrderOf(ids, await rowsWhereIn(this.requests.manager, AssistanceRequest, 'id', ids));
  }

  /**
   * The request (locked for update inside a transaction) and its facts; NOT_FOUND unless the actor may read
   * it. The lock is taken only once the request is readable, so that a refusal never waits for one.
   */
  async requireIn(manager: EntityManager, actor: Actor, id: string, lock = true): Promise<Loaded> {
    if (lock && !(await this.readable(actor).andWhere('r.id = :id', { id }).getExists())) {
      throw notFound('Assistance request');
    }
    const loaded = await this.load(manager, id, lock);
    if (!mayReadAssistanceRequest(actor, loaded.facts)) throw notFound('Assistance request');
    return loaded;
  }

  async load(manager: EntityManager, id: string, lock: boolean): Promise<Loaded> {
    const request = await manager.findOne(AssistanceRequest, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!request) throw notFound('Assistance request');
    return this.factsIn(manager, request);
  }

  async factsIn(manager: EntityManager, request: AssistanceRequest): Promise<Loaded> {
    const [facts] = await this.factsForMany([request], manager);
    return { request, facts };
  }

  /** Requests the actor may read: the SQL form of mayReadAssistanceRequest (the matrix test checks they agree). */
  private readable(actor: Actor): SelectQueryBuilder<AssistanceRequest> {
    const readable = readableAssistanceRequestsWhere(actor);
    return this.requests.createQueryBuilder('r').where(readable.sql, readable.params);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AssistanceRequestStatus, type Language, type NotificationType } from '@ctcp/shared';
import { type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { likePattern } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { PostsService } from '../discussions/posts.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { WorkingGroupsService } from '../working-groups/working-groups.service.js';
import { ProjectsService } from '../projects/projects.service.js';
import { notificationTitle } from '../notifications/notification-texts.js';
import { type NewNotification, NotificationsService } from '../notifications/notifications.service.js';
import { isStaff } from '../policy/actors.js';
import { assistanceRequestAudience } from '../policy/audiences.js';
import {
  allowedTransitions,
  type AssistanceRequestFacts,
  IN_SCOPE_SQL,
  isInSharingScope,
  mayEditAssistanceRequest,
  mayGiveAssistanceFeedback,
  mayMatchAssistanceRequest,
  mayOfferAssistance,
  mayReadAssistanceRequest,
  mayRequestAssistance,
  readableAssistanceRequestsWhere,
  TRANSITIONS,
  transitionNeedsNote,
  visibleOffersWhere,
} from '../policy/assistance-requests.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import {
  AssistanceOffer,
  AssistanceRequest,
  AssistanceRequestPartner,
  AssistanceRequestSharedEntity,
  AssistanceRequestTransition,
} from './assistance-request.entity.js';
import type {
  AssistanceFeedbackInput,
  AssistanceRequestFilter,
  LinkAssistanceRequestToProjectInput,
  MatchAssistanceRequestInput,
  OfferAssistanceInput,
  SubmitAssistanceRequestInput,
  TransitionAssistanceRequestInput,
  UpdateAssistanceRequestInput,
} from './assistance-requests.inputs.js';
import { addWorkingDays } from './clocks.js';

interface Recipient {
  id: string;
  preferredLanguage: Language;
}

interface Loaded {
  request: AssistanceRequest;
  facts: AssistanceRequestFacts;
}

/** What a change did: the live events and notifications to send once its transaction has committed. */
type Outcome = { request: AssistanceRequest; events: RealtimeEvent[] };

/**
 * Assistance requests from a Member State to delivery. Every change runs in one transaction that locks
 * the request, checks the policy against its current facts, records the step in the timeline, and
 * writes the notifications; live events go out after commit.
 */
@Injectable()
export class AssistanceRequestsService {
  constructor(
    @InjectRepository(AssistanceRequest) private readonly requests: Repository<AssistanceRequest>,
    private readonly workspaces: WorkspacesService,
    private readonly organizations: OrganizationsService,
    private readonly workingGroups: WorkingGroupsService,
    private readonly projects: ProjectsService,
    private readonly posts: PostsService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  // ---- reading ----

  async get(actor: Actor, id: string): Promise<AssistanceRequest> {
    return (await this.require(actor, id)).request;
  }

  list(actor: Actor, filter: AssistanceRequestFilter, page: Page) {
    const query = this.readable(actor);
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.requestingStateId)
      query.andWhere('r.requesting_state_id = :stateId', { stateId: filter.requestingStateId });
    if (filter.regionalGroup) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM organizations s WHERE s.id = r.requesting_state_id AND s.regional_group = :region)',
        { region: filter.regionalGroup },
      );
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
    query.orderBy('r.updated_at', 'DESC').addOrderBy('r.id', 'ASC');
    return findPage(query, page);
  }

  /** The facts the policy needs, per request (for the viewer-specific fields, via a DataLoader). */
  async factsForMany(
    requests: readonly AssistanceRequest[],
    manager = this.requests.manager,
  ): Promise<AssistanceRequestFacts[]> {
    const ids = requests.map((request) => request.id);
    const rows: { id: string; shared: string[]; partners: string[]; offering: string[] }[] = await manager.query(
      `SELECT r.id,
              ARRAY(SELECT organization_id FROM assistance_request_shared_entities s WHERE s.request_id = r.id) AS shared,
              ARRAY(SELECT organization_id FROM assistance_request_partners p WHERE p.request_id = r.id) AS partners,
              ARRAY(SELECT organization_id FROM assistance_offers f WHERE f.request_id = r.id) AS offering
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
    return inOrderOf(ids, await this.requests.findBy({ id: In([...ids]) }));
  }

  // ---- changing ----

  async submit(actor: Actor, input: SubmitAssistanceRequestInput): Promise<AssistanceRequest> {
    assertAllowed(mayRequestAssistance(actor), 'Only a Member State’s focal points request assistance.');
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const values = await this.checkedValues(manager, {
        ...input,
        workingGroupId: input.workingGroupId ?? null,
      });
      const request = await manager.save(
        manager.create(AssistanceRequest, {
          ...values,
          requestingStateId: actor.organizationId,
          createdById: actor.userId,
          status: 'DRAFT',
          statusChangedAt: new Date(),
          submittedAt: null,
          openedAt: null,
          deliveredAt: null,
          slaDueAt: null,
          leadEntityId: null,
          workspaceId: null,
          threadId: null,
          projectId: null,
          feedbackRating: null,
          feedbackComment: null,
          feedbackAt: null,
        }),
      );
      await this.setSharedEntities(manager, request.id, values.sharingScope, input.sharedEntityIds);
      await this.recordStep(manager, actor, request, null, 'DRAFT', '');
      if (input.draft) return { request, events: [] };
      return this.move(manager, actor, await this.load(manager, request.id, true), 'SUBMITTED', '');
    });
    this.realtime.publish(events);
    return request;
  }

  async update(actor: Actor, input: UpdateAssistanceRequestInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.requireIn(manager, actor, input.id);
      assertAllowed(mayEditAssistanceRequest(actor, loaded.facts), 'This request can no longer be edited by you.');
      const { request } = loaded;
      const scopeChanges = input.sharingScope !== undefined || input.sharedEntityIds !== undefined;
      if (scopeChanges && request.status !== 'DRAFT') {
        throw forbidden('The State sets the sharing scope, before it submits the request.');
      }
      const values = await this.checkedValues(manager, {
        title: input.title ?? request.title,
        description: input.description ?? request.description,
        workingGroupId: input.workingGroupId === undefined ? request.workingGroupId : input.workingGroupId || null,
        pillars: input.pillars ?? request.pillars,
        priority: input.priority ?? request.priority,
        desiredTimeframe: input.desiredTimeframe ?? request.desiredTimeframe,
        beneficiaryInstitutions: input.beneficiaryInstitutions ?? request.beneficiaryInstitutions,
        sharingScope: input.sharingScope ?? request.sharingScope,
        sharedEntityIds: input.sharedEntityIds ?? loaded.facts.sharedEntityIds,
      });
      Object.assign(request, values);
      const saved = await manager.save(request);
      if (scopeChanges) {
        await this.setSharedEntities(manager, request.id, values.sharingScope, values.sharedEntityIds);
      }
      await this.audit.record(manager, actor, 'assistance_request.updated', 'AssistanceRequest', request.id, {}, null);
      const facts = (await this.factsIn(manager, saved)).facts;
      return { request: saved, events: [this.updatedEvent(saved, facts)] };
    });
    this.realtime.publish(events);
    return request;
  }

  async transition(actor: Actor, input: TransitionAssistanceRequestInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.requireIn(manager, actor, input.id);
      const { status } = loaded.request;
      if (!TRANSITIONS[status][input.to]) {
        throw conflict(
          input.to === 'MATCHED' && status === 'UNDER_REVIEW'
            ? 'Match the request to a lead entity (matchAssistanceRequest).'
            : `A request that is ${label(status)} cannot become ${label(input.to)}.`,
          'to',
        );
      }
      assertAllowed(
        allowedTransitions(actor, loaded.facts).includes(input.to),
        `You may not move this request to ${label(input.to)}.`,
      );
      return this.move(manager, actor, loaded, input.to, input.note);
    });
    this.realtime.publish(events);
    return request;
  }

  async match(actor: Actor, input: MatchAssistanceRequestInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.requireIn(manager, actor, input.requestId);
      if (!mayMatchAssistanceRequest(actor, loaded.facts)) {
        assertAllowed(isStaff(actor), 'Only coordinators match requests.');
        throw conflict(`A request that is ${label(loaded.request.status)} cannot be matched.`);
      }
      const partnerIds = [...new Set(input.partnerEntityIds)];
      if (partnerIds.includes(input.leadEntityId)) {
        throw badInput('partnerEntityIds', 'The lead entity cannot also be a partner.');
      }
      await this.requireEntities(manager, [input.leadEntityId], 'leadEntityId');
      await this.requireEntities(manager, partnerIds, 'partnerEntityIds');
      const { request } = loaded;
      request.leadEntityId = input.leadEntityId;
      await manager.delete(AssistanceRequestPartner, { requestId: request.id });
      if (partnerIds.length > 0) {
        await manager.insert(
          AssistanceRequestPartner,
          partnerIds.map((organizationId) => ({ requestId: request.id, organizationId })),
        );
      }
      loaded.facts = { ...loaded.facts, leadEntityId: input.leadEntityId, partnerEntityIds: partnerIds };
      return this.move(manager, actor, loaded, 'MATCHED', input.note);
    });
    this.realtime.publish(events);
    return request;
  }

  async offer(actor: Actor, input: OfferAssistanceInput): Promise<AssistanceOffer> {
    const note = input.note.trim();
    if (!note) throw badInput('note', 'Say what your organization offers.');
    const { offer, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.requireIn(manager, actor, input.requestId);
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
        ...(await this.discussionPartiesChanged(manager, request)),
        this.updatedEvent(request, facts),
      ];
      if (isNew) {
        const recipients = await this.recipients(manager, actor, [
          coordinators(),
          focalPointsOf(request.requestingStateId),
        ]);
        const entity = await this.organizationNames(manager, [actor.organizationId]);
        events.push(
          ...(await this.notify(manager, recipients, 'REQUEST_OFFER', request, (language) => ({
            organization: entity.get(actor.organizationId)?.(language),
          }))),
        );
      }
      return { offer, events };
    });
    this.realtime.publish(events);
    return offer;
  }

  async withdrawOffer(actor: Actor, requestId: string): Promise<AssistanceOffer> {
    const { offer, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.requireIn(manager, actor, requestId);
      this.assertMayOffer(actor, loaded);
      const offer = await manager.findOneBy(AssistanceOffer, { requestId, organizationId: actor.organizationId });
      if (!offer || offer.status !== 'ACTIVE') throw notFound('Offer');
      offer.status = 'WITHDRAWN';
      await manager.save(offer);
      await this.touch(manager, loaded.request);
      return { offer, events: [this.updatedEvent(loaded.request, loaded.facts)] };
    });
    this.realtime.publish(events);
    return offer;
  }

  async giveFeedback(actor: Actor, input: AssistanceFeedbackInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.requireIn(manager, actor, input.id);
      if (!mayGiveAssistanceFeedback(actor, loaded.facts)) {
        assertAllowed(
          actor.role === 'FOCAL_POINT' && actor.organizationId === loaded.request.requestingStateId,
          'Only the requesting State gives feedback.',
        );
        throw conflict('Feedback is given once the assistance is delivered.');
      }
      Object.assign(loaded.request, {
        feedbackRating: input.rating,
        feedbackComment: input.comment.trim(),
        feedbackAt: new Date(),
      });
      await manager.save(loaded.request);
      if (input.close && loaded.request.status === 'DELIVERED') {
        return this.move(manager, actor, loaded, 'CLOSED', input.comment.trim());
      }
      return { request: loaded.request, events: [this.updatedEvent(loaded.request, loaded.facts)] };
    });
    this.realtime.publish(events);
    return request;
  }

  async linkProject(actor: Actor, input: LinkAssistanceRequestToProjectInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const { request, facts } = await this.requireIn(manager, actor, input.requestId);
      assertAllowed(isStaff(actor), 'Only coordinators link requests to projects.');
      if (input.projectId && !(await this.projects.findReadable(actor, input.projectId, manager))) {
        throw badInput('projectId', 'This project does not exist.');
      }
      request.projectId = input.projectId ?? null;
      const saved = await manager.save(request);
      await this.audit.record(
        manager,
        actor,
        'assistance_request.linked',
        'AssistanceRequest',
        request.id,
        { projectId: request.projectId },
        null,
      );
      return { request: saved, events: [this.updatedEvent(saved, facts)] };
    });
    this.realtime.publish(events);
    return request;
  }

  // ---- the workflow ----

  /**
   * Moves the (locked, authorized) request to `to`: the status and its clocks, the timeline, the
   * discussion on first submission, then notifications to those concerned and the live event.
   */
  private async move(
    manager: EntityManager,
    actor: Actor,
    { request, facts }: Loaded,
    to: AssistanceRequestStatus,
    rawNote: string,
  ): Promise<Outcome> {
    const note = rawNote.trim();
    const from = request.status;
    if (transitionNeedsNote(from, to) && !note) {
      throw badInput('note', to === 'DECLINED' ? 'Give the reason for declining.' : 'Say why this is corrected.');
    }
    const now = new Date();
    const { reviewWorkingDays, matchWorkingDays } = this.config.requestSla;
    request.status = to;
    request.statusChangedAt = now;
    request.slaDueAt =
      to === 'SUBMITTED'
        ? addWorkingDays(now, reviewWorkingDays)
        : to === 'UNDER_REVIEW'
          ? addWorkingDays(now, matchWorkingDays)
          : null;
    if (to === 'SUBMITTED') request.submittedAt ??= now;
    if (to === 'UNDER_REVIEW') request.openedAt ??= now;
    if (to === 'DELIVERED') request.deliveredAt = now;
    const events: RealtimeEvent[] = [];
    if (to === 'UNDER_REVIEW' && request.leadEntityId) {
      // A coordinator's correction takes the match back: the request is open for offers again.
      request.leadEntityId = null;
      await manager.delete(AssistanceRequestPartner, { requestId: request.id });
      facts = { ...facts, leadEntityId: null, partnerEntityIds: [] };
    }
    if (to === 'SUBMITTED' && !request.workspaceId)
      events.push(...(await this.openDiscussion(manager, actor, request)));
    const saved = await manager.save(request);
    // A first submission, a match, a re-match or a match taken back changes who is in the discussion.
    if (to === 'SUBMITTED' || to === 'MATCHED' || (to === 'UNDER_REVIEW' && from === 'MATCHED')) {
      events.push(...(await this.discussionPartiesChanged(manager, saved)));
    }
    await this.recordStep(manager, actor, saved, from, to, note);
    facts = { ...facts, status: to, opened: saved.openedAt !== null };
    events.push(...(await this.notifyMove(manager, actor, saved, facts)), this.updatedEvent(saved, facts));
    return { request: saved, events };
  }

  /** Who hears of a move: submission to coordinators; opening to the entities in scope; the rest to all concerned. */
  private async notifyMove(
    manager: EntityManager,
    actor: Actor,
    request: AssistanceRequest,
    facts: AssistanceRequestFacts,
  ): Promise<RealtimeEvent[]> {
    const concerned = [
      coordinators(),
      focalPointsOf(request.requestingStateId),
      entityMembersOf([
        ...(facts.leadEntityId ? [facts.leadEntityId] : []),
        ...facts.partnerEntityIds,
        ...facts.offeringEntityIds,
      ]),
    ];
    switch (request.status) {
      case 'DRAFT':
        return [];
      case 'SUBMITTED':
        return this.notify(
          manager,
          await this.recipients(manager, actor, [coordinators()]),
          'REQUEST_SUBMITTED',
          request,
        );
      case 'UNDER_REVIEW': {
        const inScope = await this.recipients(manager, actor, [entityMembersInScope(request, facts.sharedEntityIds)]);
        const inScopeIds = new Set(inScope.map((person) => person.id));
        const others = (await this.recipients(manager, actor, concerned)).filter(
          (person) => !inScopeIds.has(person.id),
        );
        return [
          ...(await this.notify(manager, inScope, 'REQUEST_OPENED', request)),
          ...(await this.notify(manager, others, 'REQUEST_STATUS', request)),
        ];
      }
      default:
        return this.notify(manager, await this.recipients(manager, actor, concerned), 'REQUEST_STATUS', request);
    }
  }

  /**
   * Creates the request's private workspace with its thread, opened by the submitter. Who takes part
   * follows the request (policy/workspaces.ts): the State, coordinators, then offering and matched entities.
   */
  private async openDiscussion(manager: EntityManager, actor: Actor, request: AssistanceRequest) {
    const workspace = await this.workspaces.createDerived(manager, {
      name: `${reference(request)} ${request.title}`,
      description: '',
      kind: 'ASSISTANCE_REQUEST',
      workingGroupId: null,
      createdById: actor.userId,
    });
    const { thread, events } = await this.posts.openThread(manager, actor, {
      workspaceId: workspace.id,
      title: request.title,
      // The request page shows the description; the thread opens with a link to it, in no language.
      body: `**${reference(request)}** · [${escapeMarkdown(request.title)}](/requests/${request.id})`,
      pillars: request.pillars,
      classification: 'UNCLASSIFIED',
      workingGroupId: request.workingGroupId,
      attachmentIds: [],
    });
    request.workspaceId = workspace.id;
    request.threadId = thread.id;
    return events;
  }

  /** Moves open sockets in or out of the discussion's room after a change of who takes part. */
  private async discussionPartiesChanged(manager: EntityManager, request: AssistanceRequest): Promise<RealtimeEvent[]> {
    return request.workspaceId ? [await this.workspaces.partiesChanged(manager, request.workspaceId)] : [];
  }

  private async recordStep(
    manager: EntityManager,
    actor: Actor,
    request: AssistanceRequest,
    from: AssistanceRequestStatus | null,
    to: AssistanceRequestStatus,
    note: string,
  ) {
    const [{ step }] = await manager.query(
      'SELECT count(*)::int + 1 AS step FROM assistance_request_transitions WHERE request_id = $1',
      [request.id],
    );
    await manager.insert(AssistanceRequestTransition, {
      requestId: request.id,
      step,
      actorId: actor.userId,
      fromStatus: from,
      toStatus: to,
      note,
    });
    await this.audit.record(
      manager,
      actor,
      'assistance_request.moved',
      'AssistanceRequest',
      request.id,
      { from, to },
      null,
    );
  }

  /** `assistanceRequest.updated` for everyone who may read the request now. */
  private updatedEvent(request: AssistanceRequest, facts: AssistanceRequestFacts): RealtimeEvent {
    return {
      kind: 'assistanceRequest.updated',
      rooms: assistanceRequestAudience({ ...facts, status: request.status, sharingScope: request.sharingScope }),
      payload: { id: request.id, status: request.status },
    };
  }

  // ---- helpers ----

  private assertMayOffer(actor: Actor, { request, facts }: Loaded) {
    if (mayOfferAssistance(actor, facts)) return;
    const inScope = isInSharingScope({ id: actor.organizationId, kind: actor.organizationKind }, facts);
    assertAllowed(actor.role === 'ENTITY_MEMBER' && inScope, 'Only members of the entities it is shared with offer.');
    throw conflict(`Offers are made while a request is under review; this one is ${label(request.status)}.`);
  }

  /** Validates the editable fields: they must name things that exist, and the named entities must be Compact entities. */
  private async checkedValues(
    manager: EntityManager,
    input: Pick<
      AssistanceRequest,
      | 'title'
      | 'description'
      | 'workingGroupId'
      | 'pillars'
      | 'priority'
      | 'desiredTimeframe'
      | 'beneficiaryInstitutions'
      | 'sharingScope'
    > & { sharedEntityIds: readonly string[] },
  ) {
    const title = input.title.trim();
    const description = input.description.trim();
    if (!title) throw badInput('title', 'Enter a title.');
    if (!description) throw badInput('description', 'Describe the assistance needed.');
    if (input.workingGroupId) await this.workingGroups.requireExists(manager, input.workingGroupId);
    const sharedEntityIds = [...new Set(input.sharedEntityIds)];
    if (input.sharingScope === 'NAMED_ENTITIES') {
      if (sharedEntityIds.length === 0) throw badInput('sharedEntityIds', 'Name at least one entity to share with.');
      await this.requireEntities(manager, sharedEntityIds, 'sharedEntityIds');
    }
    return {
      title,
      description,
      workingGroupId: input.workingGroupId,
      pillars: [...new Set(input.pillars)],
      priority: input.priority,
      desiredTimeframe: input.desiredTimeframe.trim(),
      beneficiaryInstitutions: input.beneficiaryInstitutions.trim(),
      sharingScope: input.sharingScope,
      sharedEntityIds,
    };
  }

  private async setSharedEntities(manager: EntityManager, requestId: string, scope: string, ids: readonly string[]) {
    await manager.delete(AssistanceRequestSharedEntity, { requestId });
    if (scope !== 'NAMED_ENTITIES' || ids.length === 0) return;
    await manager.insert(
      AssistanceRequestSharedEntity,
      [...new Set(ids)].map((organizationId) => ({ requestId, organizationId })),
    );
  }

  private requireEntities(manager: EntityManager, ids: readonly string[], field: string) {
    return this.organizations.requireKinds(manager, ids, ['COMPACT_ENTITY'], field, 'Choose Compact entities only.');
  }

  /** Bumps `updated_at`, so lists ordered by activity show the change. */
  private touch(manager: EntityManager, request: AssistanceRequest) {
    return manager.update(AssistanceRequest, { id: request.id }, { updatedAt: new Date() });
  }

  private async recipients(manager: EntityManager, actor: Actor, audiences: Audience[]): Promise<Recipient[]> {
    const params: unknown[] = [actor.userId];
    const conditions = audiences.flatMap((audience) => {
      if (audience === null) return [];
      if (audience.param === undefined) return [audience.sql];
      params.push(audience.param);
      return [audience.sql.replaceAll('$P', `$${params.length}`)];
    });
    if (conditions.length === 0) return [];
    return manager.query(
      `SELECT u.id, u.preferred_language AS "preferredLanguage"
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.disabled_at IS NULL AND u.id <> $1 AND (${conditions.join(' OR ')})`,
      params,
    );
  }

  private async notify(
    manager: EntityManager,
    recipients: Recipient[],
    type: NotificationType,
    request: AssistanceRequest,
    extra: (language: Language) => Record<string, string | undefined> = () => ({}),
  ): Promise<RealtimeEvent[]> {
    if (recipients.length === 0) return [];
    const names = await this.organizationNames(manager, [request.requestingStateId]);
    const state = names.get(request.requestingStateId)!;
    const items: NewNotification[] = recipients.map((person) => ({
      userId: person.id,
      type,
      title: notificationTitle(person.preferredLanguage, type, {
        request: request.title,
        state: state(person.preferredLanguage),
        status: request.status,
        ...extra(person.preferredLanguage),
      }),
      link: `/requests/${request.id}`,
    }));
    return this.notifications.create(manager, items);
  }

  /** Organization names in a language: the acronym of an entity, the short name of a State. */
  private async organizationNames(manager: EntityManager, ids: string[]) {
    const rows: { id: string; acronym: string | null; names: Record<Language, string> }[] = await manager.query(
      'SELECT id, acronym, names FROM organizations WHERE id = ANY($1)',
      [ids],
    );
    return new Map(
      rows.map((row) => [row.id, (language: Language) => row.acronym ?? row.names[language] ?? row.names.en]),
    );
  }

  // ---- access ----

  private async require(actor: Actor, id: string): Promise<Loaded> {
    return this.requireIn(this.requests.manager, actor, id, false);
  }

  /** The request (locked for update inside a transaction) and its facts; NOT_FOUND unless the actor may read it. */
  private async requireIn(manager: EntityManager, actor: Actor, id: string, lock = true): Promise<Loaded> {
    const loaded = await this.load(manager, id, lock);
    if (!mayReadAssistanceRequest(actor, loaded.facts)) throw notFound('Assistance request');
    return loaded;
  }

  private async load(manager: EntityManager, id: string, lock: boolean): Promise<Loaded> {
    const request = await manager.findOne(AssistanceRequest, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!request) throw notFound('Assistance request');
    return this.factsIn(manager, request);
  }

  private async factsIn(manager: EntityManager, request: AssistanceRequest): Promise<Loaded> {
    const [facts] = await this.factsForMany([request], manager);
    return { request, facts };
  }

  /** Requests the actor may read: the SQL form of mayReadAssistanceRequest (the matrix test checks they agree). */
  private readable(actor: Actor): SelectQueryBuilder<AssistanceRequest> {
    const readable = readableAssistanceRequestsWhere(actor);
    return this.requests.createQueryBuilder('r').where(readable.sql, readable.params);
  }
}

/**
 * A group of people to notify, as a SQL condition on `u` (users) and `o` (their organization) with its
 * parameter written `$P`; null for nobody.
 */
type Audience = { sql: string; param?: unknown } | null;
const coordinators = (): Audience => ({ sql: `u.role = 'COORDINATOR'` });
const focalPointsOf = (stateId: string): Audience => ({
  sql: `(u.role = 'FOCAL_POINT' AND u.organization_id = $P)`,
  param: stateId,
});
const entityMembersOf = (organizationIds: string[]): Audience =>
  organizationIds.length > 0
    ? { sql: `(u.role = 'ENTITY_MEMBER' AND u.organization_id = ANY($P))`, param: organizationIds }
    : null;
function entityMembersInScope(request: AssistanceRequest, sharedEntityIds: readonly string[]): Audience {
  if (request.sharingScope === 'ALL_ENTITIES')
    return { sql: `(u.role = 'ENTITY_MEMBER' AND o.kind = 'COMPACT_ENTITY')` };
  return request.sharingScope === 'NAMED_ENTITIES' ? entityMembersOf([...sharedEntityIds]) : null;
}

/** The text as markdown shows it literally (no emphasis, links or HTML). */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (character) => `\\${character}`);

/** AR-0042 */
export const reference = (request: Pick<AssistanceRequest, 'number'>) =>
  `AR-${String(request.number).padStart(4, '0')}`;

const label = (status: AssistanceRequestStatus) => status.toLowerCase().replaceAll('_', ' ');

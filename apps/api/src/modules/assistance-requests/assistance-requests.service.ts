import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import type { EntityManager, Repository } from 'typeorm';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput, conflict, forbidden } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { ProjectsService } from '../projects/projects.service.js';
import { isStaff } from '../policy/actors.js';
import {
  allowedTransitions,
  mayEditAssistanceRequest,
  isSharedAtLeastAsWidely,
  mayGiveAssistanceFeedback,
  mayMatchAssistanceRequest,
  mayRequestAssistance,
  mayWidenAssistanceRequestSharing,
  TRANSITIONS,
  transitionNeedsNote,
} from '../policy/assistance-requests.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import {
  AssistanceRequest,
  AssistanceRequestPartner,
  AssistanceRequestTransition,
} from './assistance-request.entity.js';
import { AssistanceRequestDiscussion } from './assistance-request-discussion.js';
import { AssistanceRequestFields } from './assistance-request-fields.js';
import { AssistanceRequestMarkings } from './assistance-request-markings.js';
import { AssistanceRequestNotices } from './assistance-request-notices.js';
import { AssistanceRequestQueries, type Loaded } from './assistance-request-queries.service.js';
import type {
  AssistanceFeedbackInput,
  LinkAssistanceRequestToProjectInput,
  MatchAssistanceRequestInput,
  SubmitAssistanceRequestInput,
  TransitionAssistanceRequestInput,
  UpdateAssistanceRequestInput,
  WidenAssistanceRequestSharingInput,
} from './assistance-requests.inputs.js';
import { slaDueAt } from './clocks.js';
import { statusLabel } from './labels.js';

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
    private readonly projects: ProjectsService,
    private readonly queries: AssistanceRequestQueries,
    private readonly fields: AssistanceRequestFields,
    private readonly notices: AssistanceRequestNotices,
    private readonly discussion: AssistanceRequestDiscussion,
    private readonly markings: AssistanceRequestMarkings,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async submit(actor: Actor, input: SubmitAssistanceRequestInput): Promise<AssistanceRequest> {
    assertAllowed(mayRequestAssistance(actor), 'Only a Member State’s focal points request assistance.');
    if (input.participantIds.length > 0 && input.classification !== 'STRICTLY_CONFIDENTIAL') {
      throw badInput('participantIds', 'Only a STRICTLY CONFIDENTIAL request names its participants.');
    }
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const values = await this.fields.checked(manager, {
        ...input,
        workingGroupId: input.workingGroupId ?? null,
      });
      const request = await manager.save(
        manager.create(AssistanceRequest, {
          ...values,
          requestingStateId: actor.organizationId,
          createdById: actor.userId,
          classification: input.classification,
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
      await this.fields.setSharedEntities(manager, request.id, values.sharingScope, input.sharedEntityIds);
      await this.recordStep(manager, actor, request, null, 'DRAFT', '');
      if (input.classification === 'STRICTLY_CONFIDENTIAL') {
        await this.markings.nameOnNew(manager, await this.queries.factsIn(manager, request), input.participantIds);
      }
      if (input.draft) return { request, events: [] };
      return this.move(manager, actor, await this.queries.load(manager, request.id, true), 'SUBMITTED', '');
    });
    this.realtime.publish(events);
    return request;
  }

  async update(actor: Actor, input: UpdateAssistanceRequestInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.queries.requireIn(manager, actor, input.id);
      assertAllowed(mayEditAssistanceRequest(actor, loaded.facts), 'This request can no longer be edited by you.');
      const { request } = loaded;
      const scopeChanges = input.sharingScope !== undefined || input.sharedEntityIds !== undefined;
      if (scopeChanges && request.status !== 'DRAFT') {
        throw forbidden('The State sets the sharing scope, before it submits the request.');
      }
      const values = await this.fields.checked(manager, {
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
        await this.fields.setSharedEntities(manager, request.id, values.sharingScope, values.sharedEntityIds);
      }
      await this.audit.record(manager, actor, 'assistance_request.updated', 'AssistanceRequest', request.id, {
        fields: Object.keys(values),
        scopeChanged: Boolean(scopeChanges),
      });
      const facts = (await this.queries.factsIn(manager, saved)).facts;
      return { request: saved, events: [this.notices.updatedEvent(saved, facts)] };
    });
    this.realtime.publish(events);
    return request;
  }

  /**
   * The State shares a submitted request with more entities, never fewer (those that have seen it keep it);
   * the entities it now reaches hear of it once it is open to entities.
   */
  async widenSharing(actor: Actor, input: WidenAssistanceRequestSharingInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const { request, facts } = await this.queries.requireIn(manager, actor, input.id);
      if (!mayWidenAssistanceRequestSharing(actor, facts)) {
        assertAllowed(
          actor.role === 'FOCAL_POINT' && actor.organizationId === request.requestingStateId,
          'Only the requesting State shares its request more widely.',
        );
        throw conflict(
          request.status === 'DRAFT'
            ? 'A draft’s sharing is set by editing it.'
            : `The sharing of a request that is ${statusLabel(request.status)} no longer changes.`,
        );
      }
      const sharedEntityIds = input.sharingScope === 'NAMED_ENTITIES' ? [...new Set(input.sharedEntityIds)] : [];
      if (input.sharingScope === 'NAMED_ENTITIES') {
        if (sharedEntityIds.length === 0) throw badInput('sharedEntityIds', 'Name at least one entity to share with.');
        await this.fields.requireEntities(manager, sharedEntityIds, 'sharedEntityIds');
      }
      const to = { sharingScope: input.sharingScope, sharedEntityIds };
      if (!isSharedAtLeastAsWidely(to, facts)) {
        throw badInput('sharingScope', 'A submitted request is shared more widely, never less: keep every entity.');
      }
      const reachedBefore = new Set(await this.notices.entitiesReached(facts.sharingScope, facts.sharedEntityIds));
      request.sharingScope = to.sharingScope;
      request.updatedAt = new Date();
      await manager.update(
        AssistanceRequest,
        { id: request.id },
        { sharingScope: to.sharingScope, updatedAt: request.updatedAt },
      );
      await this.fields.setSharedEntities(manager, request.id, to.sharingScope, to.sharedEntityIds);
      await this.audit.record(manager, actor, 'assistance_request.sharing_widened', 'AssistanceRequest', request.id, {
        from: facts.sharingScope,
        to: to.sharingScope,
        sharedEntityIds: to.sharedEntityIds,
      });
      const widened = (await this.queries.factsIn(manager, request)).facts;
      const reachedNow = await this.notices.entitiesReached(to.sharingScope, to.sharedEntityIds);
      const newlyReached = reachedNow.filter((id) => !reachedBefore.has(id));
      return {
        request,
        events: [
          this.notices.updatedEvent(request, widened),
          ...(await this.notices.sharedWithMore(manager, actor, request, widened, newlyReached)),
        ],
      };
    });
    this.realtime.publish(events);
    return request;
  }

  async transition(actor: Actor, input: TransitionAssistanceRequestInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.queries.requireIn(manager, actor, input.id);
      const { status } = loaded.request;
      if (!TRANSITIONS[status][input.to]) {
        throw conflict(
          input.to === 'MATCHED' && status === 'UNDER_REVIEW'
            ? 'Match the request to a lead entity (matchAssistanceRequest).'
            : `A request that is ${statusLabel(status)} cannot become ${statusLabel(input.to)}.`,
          'to',
        );
      }
      assertAllowed(
        allowedTransitions(actor, loaded.facts).includes(input.to),
        `You may not move this request to ${statusLabel(input.to)}.`,
      );
      return this.move(manager, actor, loaded, input.to, input.note);
    });
    this.realtime.publish(events);
    return request;
  }

  async match(actor: Actor, input: MatchAssistanceRequestInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.queries.requireIn(manager, actor, input.requestId);
      if (!mayMatchAssistanceRequest(actor, loaded.facts)) {
        assertAllowed(isStaff(actor), 'Only coordinators match requests.');
        throw conflict(`A request that is ${statusLabel(loaded.request.status)} cannot be matched.`);
      }
      const partnerIds = [...new Set(input.partnerEntityIds)];
      if (partnerIds.includes(input.leadEntityId)) {
        throw badInput('partnerEntityIds', 'The lead entity cannot also be a partner.');
      }
      await this.fields.requireEntities(manager, [input.leadEntityId], 'leadEntityId');
      await this.fields.requireEntities(manager, partnerIds, 'partnerEntityIds');
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

  async giveFeedback(actor: Actor, input: AssistanceFeedbackInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const loaded = await this.queries.requireIn(manager, actor, input.id);
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
      return { request: loaded.request, events: [this.notices.updatedEvent(loaded.request, loaded.facts)] };
    });
    this.realtime.publish(events);
    return request;
  }

  async linkProject(actor: Actor, input: LinkAssistanceRequestToProjectInput): Promise<AssistanceRequest> {
    const { request, events } = await this.requests.manager.transaction(async (manager) => {
      const { request, facts } = await this.queries.requireIn(manager, actor, input.requestId);
      assertAllowed(isStaff(actor), 'Only coordinators link requests to projects.');
      if (input.projectId && !(await this.projects.findReadable(actor, input.projectId, manager))) {
        throw badInput('projectId', 'This project does not exist.');
      }
      request.projectId = input.projectId ?? null;
      const saved = await manager.save(request);
      await this.audit.record(manager, actor, 'assistance_request.linked', 'AssistanceRequest', request.id, {
        projectId: request.projectId,
      });
      return { request: saved, events: [this.notices.updatedEvent(saved, facts)] };
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
    request.status = to;
    request.statusChangedAt = now;
    request.slaDueAt = slaDueAt(to, now, this.config.requestSla);
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
      events.push(...(await this.discussion.open(manager, actor, request, facts.participants)));
    const saved = await manager.save(request);
    // A first submission, a match, a re-match or a match taken back changes who is in the discussion.
    if (to === 'SUBMITTED' || to === 'MATCHED' || (to === 'UNDER_REVIEW' && from === 'MATCHED')) {
      events.push(...(await this.discussion.partiesChanged(saved)));
    }
    await this.recordStep(manager, actor, saved, from, to, note);
    facts = { ...facts, status: to, opened: saved.openedAt !== null };
    events.push(
      ...(await this.notices.notifyMove(manager, actor, saved, facts)),
      this.notices.updatedEvent(saved, facts),
    );
    return { request: saved, events };
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
    await this.audit.record(manager, actor, 'assistance_request.moved', 'AssistanceRequest', request.id, { from, to });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import type { EntityManager, Repository } from 'typeorm';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput, conflict, forbidden } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { PostsService } from '../discussions/posts.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { WorkingGroupsService } from '../working-groups/working-groups.service.js';
import { ProjectsService } from '../projects/projects.service.js';
import { isStaff } from '../policy/actors.js';
import {
  allowedTransitions,
  mayEditAssistanceRequest,
  mayGiveAssistanceFeedback,
  mayMatchAssistanceRequest,
  mayRequestAssistance,
  TRANSITIONS,
  transitionNeedsNote,
} from '../policy/assistance-requests.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import {
  AssistanceRequest,
  AssistanceRequestPartner,
  AssistanceRequestSharedEntity,
  AssistanceRequestTransition,
} from './assistance-request.entity.js';
import { AssistanceRequestNotices } from './assistance-request-notices.js';
import { AssistanceRequestQueries, type Loaded } from './assistance-request-queries.service.js';
import type {
  AssistanceFeedbackInput,
  LinkAssistanceRequestToProjectInput,
  MatchAssistanceRequestInput,
  SubmitAssistanceRequestInput,
  TransitionAssistanceRequestInput,
  UpdateAssistanceRequestInput,
} from './assistance-requests.inputs.js';
import { addWorkingDays } from './clocks.js';
import { reference, statusLabel } from './labels.js';

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
    private readonly queries: AssistanceRequestQueries,
    private readonly notices: AssistanceRequestNotices,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

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
      const facts = (await this.queries.factsIn(manager, saved)).facts;
      return { request: saved, events: [this.notices.updatedEvent(saved, facts)] };
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
      await this.audit.record(
        manager,
        actor,
        'assistance_request.linked',
        'AssistanceRequest',
        request.id,
        { projectId: request.projectId },
        null,
      );
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
      events.push(...(await this.notices.discussionPartiesChanged(manager, saved)));
    }
    await this.recordStep(manager, actor, saved, from, to, note);
    facts = { ...facts, status: to, opened: saved.openedAt !== null };
    events.push(
      ...(await this.notices.notifyMove(manager, actor, saved, facts)),
      this.notices.updatedEvent(saved, facts),
    );
    return { request: saved, events };
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
}

/** The text as markdown shows it literally (no emphasis, links or HTML). */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (character) => `\\${character}`);

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Classification, OrganizationKind, PlatformRole } from '@ctcp/shared';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { markedRequestTitle } from '../notifications/notification-texts.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  mayBeNamedOnAssistanceRequest,
  mayBreakGlassOnAssistanceRequest,
  mayLowerAssistanceRequestMarking,
  mayRaiseAssistanceRequestMarking,
  mayReadAssistanceRequest,
  REQUEST_NAMING_CANDIDATES_SQL,
} from '../policy/assistance-requests.js';
import {
  BREAK_GLASS_MINUTES,
  CLASSIFICATION_RANK,
  declassificationOf,
  markingReason,
  mayBreakGlass,
} from '../policy/classification.js';
import { personActor } from '../policy/actors.js';
import { JobsService } from '../jobs/jobs.service.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';
import type { User } from '../users/user.entity.js';
import {
  AssistanceRequest,
  AssistanceRequestBreakGlassGrant,
  AssistanceRequestParticipant,
} from './assistance-request.entity.js';
import { AssistanceRequestDiscussion } from './assistance-request-discussion.js';
import { AssistanceRequestNotices } from './assistance-request-notices.js';
import { AssistanceRequestQueries, type Loaded } from './assistance-request-queries.service.js';
import type {
  BreakGlassOnAssistanceRequestInput,
  ChangeAssistanceRequestClassificationInput,
} from './assistance-requests.inputs.js';

/** A person as the naming rule reads them (REQUEST_NAMING_CANDIDATES_SQL). */
interface Candidate {
  id: string;
  role: PlatformRole;
  organizationId: string;
  organizationKind: OrganizationKind;
}

const DECLASSIFY_DUE = 'declassify-due-requests';
const EVERY_HOUR = '10 * * * *';

/**
 * A request's marking and the people named on it (policy/assistance-requests.ts): raised by the requesting
 * State's focal points and coordinators who read it, lowered only by the State's focal points (now, or on a
 * later day by an hourly job), with a reason, audited. Its discussion follows: the thread carries the marking
 * and the people named, and the discussion's workspace drops the title from its name while it is marked.
 */
@Injectable()
export class AssistanceRequestMarkings implements OnModuleInit {
  constructor(
    @InjectRepository(AssistanceRequestParticipant)
    private readonly participants: Repository<AssistanceRequestParticipant>,
    private readonly queries: AssistanceRequestQueries,
    private readonly notices: AssistanceRequestNotices,
    private readonly discussion: AssistanceRequestDiscussion,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DECLASSIFY_DUE, async () => {
      await this.declassifyDue(new Date());
    });
    this.jobs.schedule(DECLASSIFY_DUE, EVERY_HOUR);
  }

  async change(actor: Actor, input: ChangeAssistanceRequestClassificationInput): Promise<AssistanceRequest> {
    const reason = markingReason(input.reason);
    const declassification = declassificationOf(input, input.classification);
    const { request, events } = await this.participants.manager.transaction(async (manager) => {
      const loaded = await this.queries.requireIn(manager, actor, input.requestId);
      const { request, facts } = loaded;
      const from = request.classification;
      const to = input.classification;
      const renaming = to === 'STRICTLY_CONFIDENTIAL' && from === to && input.participantIds != null;
      if (from === to && !renaming && !declassification) {
        throw conflict(`The request is already ${to}.`, 'classification');
      }
      const raising = CLASSIFICATION_RANK[to] > CLASSIFICATION_RANK[from];
      if (raising) {
        assertAllowed(
          mayRaiseAssistanceRequestMarking(actor, facts),
          'Only the requesting State and coordinators raise the marking.',
        );
      } else {
        assertAllowed(
          mayLowerAssistanceRequestMarking(actor, facts),
          'Only the requesting State lowers the marking or changes who is named.',
        );
      }
      const before = facts.participants.map((person) => person.userId);
      const named =
        to === 'STRICTLY_CONFIDENTIAL'
          ? await this.eligible(manager, loaded, [...(input.participantIds ?? before), actor.userId])
          : [];
      await manager.delete(AssistanceRequestParticipant, { requestId: request.id });
      await this.name(manager, request, named);
      if (from === 'UNCLASSIFIED') {
        await this.notifications.redactTitles(manager, `/requests/${request.id}`, markedRequestTitle);
      }
      // A new marking clears the drop set for the old one; naming other people keeps it.
      const drop = declassification ?? (renaming ? { on: request.declassifyOn, to: request.declassifyTo } : null);
      Object.assign(request, { classification: to, declassifyOn: drop?.on ?? null, declassifyTo: drop?.to ?? null });
      await manager.update(
        AssistanceRequest,
        { id: request.id },
        { classification: to, declassifyOn: request.declassifyOn, declassifyTo: request.declassifyTo },
      );
      await this.discussion.markingChanged(manager, request, named);
      await this.audit.record(manager, actor, 'classification.changed', 'AssistanceRequest', request.id, {
        from,
        to,
        reason,
        direction: raising ? 'up' : from === to ? 'same' : 'down',
        declassifyOn: request.declassifyOn,
        declassifyTo: request.declassifyTo,
        ...(to === 'STRICTLY_CONFIDENTIAL'
          ? {
              added: named.filter((id) => !before.includes(id)),
              removed: before.filter((id) => !named.includes(id)),
            }
          : {}),
      });
      const after = await this.queries.factsIn(manager, request);
      return { request, events: [this.notices.updatedEvent(request, after.facts)] };
    });
    this.realtime.publish(events);
    return request;
  }

  /**
   * Lowers every request whose declassification day has come, as the system: the people named are dropped
   * (the new marking is below STRICTLY_CONFIDENTIAL), its discussion follows, each change is audited.
   */
  async declassifyDue(now: Date): Promise<number> {
    const { count, events } = await this.participants.manager.transaction(async (manager) => {
      const rows: { id: string; from: Classification; to: Classification }[] = (
        await manager.query(
          `UPDATE assistance_requests r SET classification = r.declassify_to, declassify_on = NULL, declassify_to = NULL
             FROM assistance_requests before
            WHERE before.id = r.id AND r.declassify_on <= ($1::timestamptz AT TIME ZONE 'UTC')::date
        RETURNING r.id, before.classification AS "from", r.classification AS "to"`,
          [now],
        )
      )[0];
      const events: RealtimeEvent[] = [];
      for (const row of rows) {
        await manager.delete(AssistanceRequestParticipant, { requestId: row.id });
        const { request, facts } = await this.queries.load(manager, row.id, false);
        await this.discussion.markingChanged(manager, request, []);
        await this.audit.record(manager, null, 'classification.declassified', 'AssistanceRequest', row.id, {
          from: row.from,
          to: row.to,
        });
        events.push(this.notices.updatedEvent(request, facts));
      }
      return { count: rows.length, events };
    });
    this.realtime.publish(events);
    return count;
  }

  /**
   * A platform admin reads a STRICTLY_CONFIDENTIAL request they are not named on for BREAK_GLASS_MINUTES,
   * after saying why. The grant is audited now, and each read under it as it happens.
   */
  async breakGlass(actor: Actor, input: BreakGlassOnAssistanceRequestInput): Promise<AssistanceRequest> {
    const reason = markingReason(input.reason);
    assertAllowed(mayBreakGlass(actor), 'Only platform administrators can break the glass.');
    return this.participants.manager.transaction(async (manager) => {
      const { request, facts } = await this.queries.load(manager, input.requestId, false);
      if (mayReadAssistanceRequest(actor, facts)) throw conflict('You may read this request already.');
      if (!mayBreakGlassOnAssistanceRequest(actor, facts)) throw notFound('Assistance request');
      const expiresAt = new Date(Date.now() + BREAK_GLASS_MINUTES * 60_000);
      await manager.insert(AssistanceRequestBreakGlassGrant, {
        requestId: request.id,
        userId: actor.userId,
        reason,
        expiresAt,
      });
      await this.audit.record(manager, actor, 'classification.break_glass', 'AssistanceRequest', request.id, {
        reason,
        expiresAt: expiresAt.toISOString(),
      });
      return request;
    });
  }

  /** Names the author and these people on a new STRICTLY_CONFIDENTIAL request, inside its transaction. */
  async nameOnNew(manager: EntityManager, loaded: Loaded, participantIds: readonly string[]): Promise<string[]> {
    const named = await this.eligible(manager, loaded, participantIds);
    await this.name(manager, loaded.request, named);
    return named;
  }

  /**
   * Whom the request may name (people who would read it were it CONFIDENTIAL), by name, those whose name
   * or email contains `query` when given; the resolver keeps those the actor may see.
   */
  async candidates(actor: Actor, requestId: string, query: string | null, first: number): Promise<User[]> {
    const loaded = await this.queries.requireIn(this.participants.manager, actor, requestId, false);
    const ids = (await this.admissible(this.participants.manager, loaded, null, query?.trim() || null)).slice(0, first);
    return this.users.findByIdsByName(ids);
  }

  /** The unique ids, once each may be named on the request; BAD_USER_INPUT otherwise. */
  private async eligible(manager: EntityManager, loaded: Loaded, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set([loaded.request.createdById, ...ids])];
    const admitted = new Set(await this.admissible(manager, loaded, unique, null));
    // The author may have left the State: they stay off the list then, as anyone who may not read it.
    if (unique.some((id) => !admitted.has(id) && id !== loaded.request.createdById)) {
      throw badInput('participantIds', 'Name only people who may read confidential records of this request.');
    }
    return unique.filter((id) => admitted.has(id));
  }

  /** Of the people among `ids` (all when null) matching `query`, those the naming rule admits, by name. */
  private async admissible(
    manager: EntityManager,
    { request, facts }: Loaded,
    ids: readonly string[] | null,
    query: string | null,
  ): Promise<string[]> {
    const rows: Candidate[] = await manager.query(REQUEST_NAMING_CANDIDATES_SQL, [request.id, ids, query]);
    // A draft is named for when it is submitted: the people who will read it then.
    const named = facts.status === 'DRAFT' ? { ...facts, status: 'SUBMITTED' as const } : facts;
    return rows
      .filter((person) => mayBeNamedOnAssistanceRequest(personActor(person), named))
      .map((person) => person.id);
  }

  private async name(manager: EntityManager, request: AssistanceRequest, userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    await manager.query(
      `INSERT INTO assistance_request_participants (request_id, user_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [request.id, userIds],
    );
  }
}

import { Injectable } from '@nestjs/common';
import type { Language, NotificationType } from '@ctcp/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { notificationTitle } from '../notifications/notification-texts.js';
import { type NewNotification, NotificationsService } from '../notifications/notifications.service.js';
import type { AssistanceRequestFacts } from '../policy/assistance-requests.js';
import { assistanceRequestAudience } from '../policy/audiences.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import type { AssistanceRequest } from './assistance-request.entity.js';

interface Recipient {
  id: string;
  preferredLanguage: Language;
}

/** Who hears of what happens to a request: stored notifications in each recipient's language, and the live event. */
@Injectable()
export class AssistanceRequestNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly workspaces: WorkspacesService,
  ) {}

  /** Moves open sockets in or out of the discussion's room after a change of who takes part. */
  async discussionPartiesChanged(manager: EntityManager, request: AssistanceRequest): Promise<RealtimeEvent[]> {
    return request.workspaceId ? [await this.workspaces.partiesChanged(manager, request.workspaceId)] : [];
  }

  /** Who hears of a move: submission to coordinators; opening to the entities in scope; the rest to all concerned. */
  async notifyMove(
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
        return this.notify(manager, request, [
          { recipients: await this.recipients(manager, actor, [coordinators()]), type: 'REQUEST_SUBMITTED' },
        ]);
      case 'UNDER_REVIEW': {
        const inScope = await this.recipients(manager, actor, [entityMembersInScope(request, facts.sharedEntityIds)]);
        const inScopeIds = new Set(inScope.map((person) => person.id));
        const others = (await this.recipients(manager, actor, concerned)).filter(
          (person) => !inScopeIds.has(person.id),
        );
        return this.notify(manager, request, [
          { recipients: inScope, type: 'REQUEST_OPENED' },
          { recipients: others, type: 'REQUEST_STATUS' },
        ]);
      }
      default:
        return this.notify(manager, request, [
          { recipients: await this.recipients(manager, actor, concerned), type: 'REQUEST_STATUS' },
        ]);
    }
  }

  /** An entity's new offer, to coordinators and the requesting State. */
  async offerMade(manager: EntityManager, actor: Actor, request: AssistanceRequest): Promise<RealtimeEvent[]> {
    const recipients = await this.recipients(manager, actor, [
      coordinators(),
      focalPointsOf(request.requestingStateId),
    ]);
    const entity = await this.organizationNames(manager, [actor.organizationId]);
    return this.notify(manager, request, [{ recipients, type: 'REQUEST_OFFER' }], (language) => ({
      organization: entity.get(actor.organizationId)?.(language),
    }));
  }

  /** `assistanceRequest.updated` for everyone who may read the request now. */
  updatedEvent(request: AssistanceRequest, facts: AssistanceRequestFacts): RealtimeEvent {
    return {
      kind: 'assistanceRequest.updated',
      rooms: assistanceRequestAudience({ ...facts, status: request.status, sharingScope: request.sharingScope }),
      payload: { id: request.id, status: request.status },
    };
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

  /**
   * Writes the notifications of one change in a single batch: their counters are then locked in one
   * sorted pass, so that concurrent moves of several requests cannot deadlock on them.
   */
  private async notify(
    manager: EntityManager,
    request: AssistanceRequest,
    groups: { recipients: Recipient[]; type: NotificationType }[],
    extra: (language: Language) => Record<string, string | undefined> = () => ({}),
  ): Promise<RealtimeEvent[]> {
    if (groups.every((group) => group.recipients.length === 0)) return [];
    const names = await this.organizationNames(manager, [request.requestingStateId]);
    const state = names.get(request.requestingStateId)!;
    const items: NewNotification[] = groups.flatMap(({ recipients, type }) =>
      recipients.map((person) => ({
        userId: person.id,
        type,
        title: notificationTitle(person.preferredLanguage, type, {
          request: request.title,
          state: state(person.preferredLanguage),
          status: request.status,
          ...extra(person.preferredLanguage),
        }),
        link: `/requests/${request.id}`,
      })),
    );
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

import { Injectable } from '@nestjs/common';
import type { Language, NotificationType, SharingScope } from '@ctcp/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { markedRequestTitle, notificationTitle } from '../notifications/notification-texts.js';
import { type NewNotification, NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { type AssistanceRequestFacts, mayReadAssistanceRequest } from '../policy/assistance-requests.js';
import { personActor } from '../policy/actors.js';
import { assistanceRequestAudience } from '../policy/audiences.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import type { User } from '../users/user.entity.js';
import { type PeopleGroup, UsersService } from '../users/users.service.js';
import type { AssistanceRequest } from './assistance-request.entity.js';

/** Who hears of what happens to a request: stored notifications in each recipient's language, and the live event. */
@Injectable()
export class AssistanceRequestNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

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
          { recipients: await this.recipients(actor, facts, [coordinators()]), type: 'REQUEST_SUBMITTED' },
        ]);
      case 'UNDER_REVIEW': {
        const inScope = await this.recipients(actor, facts, [
          await this.entityMembersInScope(request, facts.sharedEntityIds),
        ]);
        const inScopeIds = new Set(inScope.map((person) => person.id));
        const others = (await this.recipients(actor, facts, concerned)).filter((person) => !inScopeIds.has(person.id));
        return this.notify(manager, request, [
          { recipients: inScope, type: 'REQUEST_OPENED' },
          { recipients: others, type: 'REQUEST_STATUS' },
        ]);
      }
      default:
        return this.notify(manager, request, [
          { recipients: await this.recipients(actor, facts, concerned), type: 'REQUEST_STATUS' },
        ]);
    }
  }

  /** An entity's new offer, to coordinators and the requesting State. */
  async offerMade(
    manager: EntityManager,
    actor: Actor,
    request: AssistanceRequest,
    facts: AssistanceRequestFacts,
  ): Promise<RealtimeEvent[]> {
    const recipients = await this.recipients(actor, facts, [coordinators(), focalPointsOf(request.requestingStateId)]);
    const entity = await this.organizationNames([actor.organizationId]);
    return this.notify(manager, request, [{ recipients, type: 'REQUEST_OFFER' }], (language) => ({
      organization: entity.get(actor.organizationId)?.(language),
    }));
  }

  /** A request past its service level, to coordinators and the requesting State (by the system: nobody left out). */
  async overdue(manager: EntityManager, request: AssistanceRequest, facts: AssistanceRequestFacts) {
    const recipients = await this.recipients(null, facts, [coordinators(), focalPointsOf(request.requestingStateId)]);
    return this.notify(manager, request, [{ recipients, type: 'REQUEST_OVERDUE' }]);
  }

  /** A request shared more widely, to the members of the entities it now reaches, once it is open to entities. */
  async sharedWithMore(
    manager: EntityManager,
    actor: Actor,
    request: AssistanceRequest,
    facts: AssistanceRequestFacts,
    entityIds: readonly string[],
  ): Promise<RealtimeEvent[]> {
    if (!facts.opened || entityIds.length === 0) return [];
    const recipients = await this.recipients(actor, facts, [entityMembersOf(entityIds)]);
    return this.notify(manager, request, [{ recipients, type: 'REQUEST_OPENED' }]);
  }

  /** The Compact entities a sharing reaches. */
  async entitiesReached(sharingScope: SharingScope, sharedEntityIds: readonly string[]): Promise<string[]> {
    if (sharingScope === 'ALL_ENTITIES') return this.organizations.idsOfKinds(['COMPACT_ENTITY']);
    return sharingScope === 'NAMED_ENTITIES' ? [...sharedEntityIds] : [];
  }

  /** `assistanceRequest.updated` for everyone who may read the request now. */
  updatedEvent(request: AssistanceRequest, facts: AssistanceRequestFacts): RealtimeEvent {
    return {
      kind: 'assistanceRequest.updated',
      ...assistanceRequestAudience({ ...facts, status: request.status, sharingScope: request.sharingScope }),
      payload: { id: request.id, status: request.status },
    };
  }

  /** The enabled people of these groups, but the actor, who may read the request (its marking decides). */
  private async recipients(
    actor: Actor | null,
    facts: AssistanceRequestFacts,
    groups: (PeopleGroup | null)[],
  ): Promise<User[]> {
    const people = await this.users.enabledMembersOf(groups, actor?.userId ?? NOBODY);
    if (facts.classification === 'UNCLASSIFIED') return people;
    const organizations = await this.organizations.mapByIds([
      ...new Set(people.map((person) => person.organizationId)),
    ]);
    return people.filter((person) =>
      mayReadAssistanceRequest(
        personActor({ ...person, organizationKind: organizations.get(person.organizationId)!.kind }),
        facts,
      ),
    );
  }

  /** The members of the Compact entities the request is shared with; null when it is shared with none. */
  private async entityMembersInScope(
    request: AssistanceRequest,
    sharedEntityIds: readonly string[],
  ): Promise<PeopleGroup | null> {
    const entityIds = await this.entitiesReached(request.sharingScope, sharedEntityIds);
    return entityIds.length > 0 ? entityMembersOf(entityIds) : null;
  }

  /**
   * Writes the notifications of one change in a single batch: their counters are then locked in one
   * sorted pass, so that concurrent moves of several requests cannot deadlock on them.
   */
  private async notify(
    manager: EntityManager,
    request: AssistanceRequest,
    groups: { recipients: User[]; type: NotificationType }[],
    extra: (language: Language) => Record<string, string | undefined> = () => ({}),
  ): Promise<RealtimeEvent[]> {
    if (groups.every((group) => group.recipients.length === 0)) return [];
    const names = await this.organizationNames([request.requestingStateId]);
    const state = names.get(request.requestingStateId)!;
    const items: NewNotification[] = groups.flatMap(({ recipients, type }) =>
      recipients.map((person) => ({
        userId: person.id,
        type,
        // A marked request's notifications (and their mail) name nothing of it.
        title:
          request.classification === 'UNCLASSIFIED'
            ? notificationTitle(person.preferredLanguage, type, {
                request: request.title,
                state: state(person.preferredLanguage),
                status: request.status,
                ...extra(person.preferredLanguage),
              })
            : markedRequestTitle(person.preferredLanguage),
        link: `/requests/${request.id}`,
      })),
    );
    return this.notifications.create(manager, items);
  }

  /** Organization names in a language: the acronym of an entity, the short name of a State. */
  private async organizationNames(ids: string[]) {
    const organizations = await this.organizations.mapByIds(ids);
    return new Map(
      [...organizations.values()].map((row) => [
        row.id,
        (language: Language) => row.acronym ?? row.names[language] ?? row.names.en,
      ]),
    );
  }
}

/** A user id no person has: what the system leaves out of the recipients. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** Groups of people to notify; null for nobody. */
const coordinators = (): PeopleGroup => ({ role: 'COORDINATOR' });
const focalPointsOf = (stateId: string): PeopleGroup => ({ role: 'FOCAL_POINT', organizationIds: [stateId] });
const entityMembersOf = (organizationIds: readonly string[]): PeopleGroup => ({
  role: 'ENTITY_MEMBER',
  organizationIds,
});

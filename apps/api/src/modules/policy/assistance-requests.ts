import {
  ASSISTANCE_REQUEST_STATUSES,
  STATE_KINDS,
  type AssistanceRequestStatus,
  type Classification,
  type OrganizationKind,
  type SharingScope,
} from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { isStaff, isStaffSql, isStatePerson, type SqlCondition } from './actors.js';
import { mayBreakGlass } from './classification.js';

/**
 * Who may see and move an assistance request. Pure functions of the actor and the request's facts, used
 * by the service before it touches data and tested as tables (assistance-requests.test.ts) and by a
 * property test of random transition sequences.
 */

export interface AssistanceRequestFacts {
  status: AssistanceRequestStatus;
  requestingStateId: string;
  sharingScope: SharingScope;
  /** The entities named by the State when the scope is NAMED_ENTITIES. */
  sharedEntityIds: readonly string[];
  leadEntityId: string | null;
  partnerEntityIds: readonly string[];
  /** Organizations that made an offer (still standing or withdrawn). */
  offeringEntityIds: readonly string[];
  /** Taken under review at least once: from then on it is shared within its scope. */
  opened: boolean;
  /** Its marking (ST/SGB/2007/6); its discussion carries it. */
  classification: Classification;
  /** The focal point who wrote it. */
  authorId: string;
  /** The people named on it when STRICTLY_CONFIDENTIAL, with their organizations. */
  participants: readonly { userId: string; organizationId: string }[];
}

/** Who may make a move: the requesting State's focal points, coordinators, or the matched entities. */
type Mover = 'STATE' | 'COORDINATOR' | 'DELIVERY';

/**
 * The workflow. MATCHED is reached only through `matchAssistanceRequest`, which names the lead entity.
 * Moves back to an earlier status are coordinators' corrections.
 */
export const TRANSITIONS: Record<
  AssistanceRequestStatus,
  Partial<Record<AssistanceRequestStatus, readonly Mover[]>>
> = {
  DRAFT: { SUBMITTED: ['STATE'], WITHDRAWN: ['STATE'] },
  SUBMITTED: { UNDER_REVIEW: ['COORDINATOR'], DECLINED: ['COORDINATOR'], WITHDRAWN: ['STATE'] },
  UNDER_REVIEW: { DECLINED: ['COORDINATOR'], WITHDRAWN: ['STATE'] },
  MATCHED: { IN_PROGRESS: ['DELIVERY', 'COORDINATOR'], UNDER_REVIEW: ['COORDINATOR'], WITHDRAWN: ['STATE'] },
  IN_PROGRESS: { DELIVERED: ['DELIVERY', 'COORDINATOR'], MATCHED: ['COORDINATOR'], WITHDRAWN: ['STATE'] },
  DELIVERED: { CLOSED: ['STATE', 'COORDINATOR'], IN_PROGRESS: ['COORDINATOR'] },
  CLOSED: {},
  DECLINED: { UNDER_REVIEW: ['COORDINATOR'] },
  WITHDRAWN: {},
};

/** Statuses in which a request has a lead entity. */
export const MATCHED_STATUSES: readonly AssistanceRequestStatus[] = ['MATCHED', 'IN_PROGRESS', 'DELIVERED', 'CLOSED'];

const order = (status: AssistanceRequestStatus) => ASSISTANCE_REQUEST_STATUSES.indexOf(status);

/** A declined request, or a move back (a correction), must say why. */
export function transitionNeedsNote(from: AssistanceRequestStatus, to: AssistanceRequestStatus): boolean {
  return to === 'DECLINED' || order(to) < order(from);
}

const isOwnState = (actor: Actor, facts: AssistanceRequestFacts) => actor.organizationId === facts.requestingStateId;
const isMatchedEntity = (organizationId: string, facts: AssistanceRequestFacts) =>
  facts.leadEntityId === organizationId || facts.partnerEntityIds.includes(organizationId);

/** Whether an organization is among those the State shares the request with (coordinators aside). */
export function isInSharingScope(
  organization: { id: string; kind: OrganizationKind },
  facts: Pick<AssistanceRequestFacts, 'sharingScope' | 'sharedEntityIds'>,
): boolean {
  if (organization.kind !== 'COMPACT_ENTITY') return false;
  return (
    facts.sharingScope === 'ALL_ENTITIES' ||
    (facts.sharingScope === 'NAMED_ENTITIES' && facts.sharedEntityIds.includes(organization.id))
  );
}

/**
 * Need-to-know: the requesting State's people always; once submitted, coordinators, the entities it was
 * matched to or that offered, and (once opened for offers) the Compact entities in its scope. Never
 * another State. The request's marking narrows this (mayReadAssistanceRequest).
 */
function isPartyTo(actor: Actor, facts: AssistanceRequestFacts): boolean {
  if (isOwnState(actor, facts)) return true;
  if (facts.status === 'DRAFT') return false;
  if (isStaff(actor)) return true;
  if (isMatchedEntity(actor.organizationId, facts) || facts.offeringEntityIds.includes(actor.organizationId)) {
    return true;
  }
  return facts.opened && isInSharingScope({ id: actor.organizationId, kind: actor.organizationKind }, facts);
}

/** Named on a STRICTLY_CONFIDENTIAL request: its author and its participants. */
const isNamedOn = (actor: Pick<Actor, 'userId'>, facts: AssistanceRequestFacts) =>
  facts.authorId === actor.userId || facts.participants.some((named) => named.userId === actor.userId);

/**
 * Who reads the request, by its marking:
 *
 * | marking               | who                                                                                   |
 * | --------------------- | ------------------------------------------------------------------------------------- |
 * | UNCLASSIFIED          | its parties (isPartyTo)                                                                |
 * | CONFIDENTIAL          | its parties but people whose platform role is OBSERVER                                 |
 * | STRICTLY_CONFIDENTIAL | its author and the people named on it (not OBSERVERs), a draft its own State's only    |
 *
 * Coordinators read a STRICTLY_CONFIDENTIAL request only when named: the State names them to have it triaged.
 */
export function mayReadAssistanceRequest(actor: Actor, facts: AssistanceRequestFacts): boolean {
  switch (facts.classification) {
    case 'UNCLASSIFIED':
      return isPartyTo(actor, facts);
    case 'CONFIDENTIAL':
      return actor.role !== 'OBSERVER' && isPartyTo(actor, facts);
    case 'STRICTLY_CONFIDENTIAL':
      return (
        actor.role !== 'OBSERVER' && isNamedOn(actor, facts) && (facts.status !== 'DRAFT' || isOwnState(actor, facts))
      );
  }
}

/**
 * Platform admins read a submitted STRICTLY_CONFIDENTIAL request they are not named on only through a
 * break-glass grant they ask for with a reason (policy/classification.ts); the grant and each read are audited.
 */
export function mayBreakGlassOnAssistanceRequest(actor: Actor, facts: AssistanceRequestFacts): boolean {
  return (
    mayBreakGlass(actor) &&
    facts.classification === 'STRICTLY_CONFIDENTIAL' &&
    facts.status !== 'DRAFT' &&
    !mayReadAssistanceRequest(actor, facts)
  );
}

/** Whom a STRICTLY_CONFIDENTIAL request may name: those who would read it were it CONFIDENTIAL. */
export function mayBeNamedOnAssistanceRequest(person: Actor, facts: AssistanceRequestFacts): boolean {
  return mayReadAssistanceRequest(person, { ...facts, classification: 'CONFIDENTIAL' });
}

/** Up by the requesting State's focal points and coordinators who read it. */
export function mayRaiseAssistanceRequestMarking(actor: Actor, facts: AssistanceRequestFacts): boolean {
  return (
    mayReadAssistanceRequest(actor, facts) &&
    (isStaff(actor) || (actor.role === 'FOCAL_POINT' && isOwnState(actor, facts)))
  );
}

/** Down (and the people named) only by the requesting State's focal points who read it: the information is theirs. */
export function mayLowerAssistanceRequestMarking(actor: Actor, facts: AssistanceRequestFacts): boolean {
  return mayReadAssistanceRequest(actor, facts) && actor.role === 'FOCAL_POINT' && isOwnState(actor, facts);
}

function moversFor(actor: Actor, facts: AssistanceRequestFacts): Mover[] {
  const movers: Mover[] = [];
  if (actor.role === 'FOCAL_POINT' && isOwnState(actor, facts)) movers.push('STATE');
  if (isStaff(actor)) movers.push('COORDINATOR');
  if (actor.role === 'ENTITY_MEMBER' && isMatchedEntity(actor.organizationId, facts)) movers.push('DELIVERY');
  return movers;
}

/** Coordinators and admins triage requests: review, match, move. */
export function mayTriageAssistanceRequests(actor: Actor): boolean {
  return isStaff(actor);
}

/** A Member State's focal points request assistance for their State. */
export function mayRequestAssistance(actor: Actor): boolean {
  return actor.role === 'FOCAL_POINT' && actor.organizationKind === 'MEMBER_STATE';
}

/** The statuses the actor may move the request to with `transitionAssistanceRequest`. */
export function allowedTransitions(actor: Actor, facts: AssistanceRequestFacts): AssistanceRequestStatus[] {
  if (!mayReadAssistanceRequest(actor, facts)) return [];
  const movers = moversFor(actor, facts);
  return Object.entries(TRANSITIONS[facts.status])
    .filter(([, allowed]) => allowed!.some((mover) => movers.includes(mover)))
    .map(([to]) => to as AssistanceRequestStatus);
}

/** The State's focal points edit their drafts; coordinators correct a submitted request until it ends. */
export function mayEditAssistanceRequest(actor: Actor, facts: AssistanceRequestFacts): boolean {
  if (!mayReadAssistanceRequest(actor, facts)) return false;
  if (facts.status === 'DRAFT') return actor.role === 'FOCAL_POINT' && isOwnState(actor, facts);
  return isStaff(actor) && facts.status !== 'CLOSED' && facts.status !== 'WITHDRAWN';
}

/** Coordinators match a request under review, or match it again while it is matched. */
export function mayMatchAssistanceRequest(actor: Actor, facts: AssistanceRequestFacts): boolean {
  return isStaff(actor) && (facts.status === 'UNDER_REVIEW' || facts.status === 'MATCHED');
}

/** Members of Compact entities offer assistance, for their organization. */
export function mayOfferAnyAssistance(actor: Actor): boolean {
  return actor.role === 'ENTITY_MEMBER' && !isStatePerson(actor);
}

/** Members of a Compact entity in the sharing scope offer (for their organization) while it is under review. */
export function mayOfferAssistance(actor: Actor, facts: AssistanceRequestFacts): boolean {
  return (
    mayOfferAnyAssistance(actor) &&
    facts.status === 'UNDER_REVIEW' &&
    isInSharingScope({ id: actor.organizationId, kind: actor.organizationKind }, facts)
  );
}

/**
 * A submitted request waiting for its assistance: entities say they have seen it, the State shares it more
 * widely.
 */
export const OPEN_REQUEST_STATUSES: readonly AssistanceRequestStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'MATCHED',
  'IN_PROGRESS',
];

/**
 * Members of a Compact entity that reads the request (in its scope once opened, matched or offering) say,
 * for their organization, that they have seen it while it is open ("seen by UNODC, 2 Dec").
 */
export function mayAcknowledgeAssistanceRequest(actor: Actor, facts: AssistanceRequestFacts): boolean {
  return (
    mayOfferAnyAssistance(actor) &&
    mayReadAssistanceRequest(actor, facts) &&
    OPEN_REQUEST_STATUSES.includes(facts.status)
  );
}

/** The State's focal points share a submitted request more widely while it is open (drafts are edited instead). */
export function mayWidenAssistanceRequestSharing(actor: Actor, facts: AssistanceRequestFacts): boolean {
  return (
    actor.role === 'FOCAL_POINT' &&
    isOwnState(actor, facts) &&
    mayReadAssistanceRequest(actor, facts) &&
    OPEN_REQUEST_STATUSES.includes(facts.status)
  );
}

type Sharing = Pick<AssistanceRequestFacts, 'sharingScope' | 'sharedEntityIds'>;

/**
 * Whether `to` shares with every entity `from` does (and maybe more): entities that have seen a request
 * never lose it. Coordinators see it either way.
 */
export function isSharedAtLeastAsWidely(to: Sharing, from: Sharing): boolean {
  switch (to.sharingScope) {
    case 'ALL_ENTITIES':
      return true;
    case 'COORDINATORS_ONLY':
      return from.sharingScope === 'COORDINATORS_ONLY';
    case 'NAMED_ENTITIES':
      return (
        from.sharingScope === 'COORDINATORS_ONLY' ||
        (from.sharingScope === 'NAMED_ENTITIES' && from.sharedEntityIds.every((id) => to.sharedEntityIds.includes(id)))
      );
  }
}

/** The State's focal points give feedback once the assistance is delivered. */
export function mayGiveAssistanceFeedback(actor: Actor, facts: AssistanceRequestFacts): boolean {
  return (
    actor.role === 'FOCAL_POINT' &&
    isOwnState(actor, facts) &&
    (facts.status === 'DELIVERED' || facts.status === 'CLOSED')
  );
}

/** The entities a State named (scope NAMED_ENTITIES) are seen by the State and coordinators. */
export function maySeeSharedEntities(actor: Actor, facts: Pick<AssistanceRequestFacts, 'requestingStateId'>): boolean {
  return isStaff(actor) || actor.organizationId === facts.requestingStateId;
}

/** Offers are seen by coordinators and the requesting State; an entity sees its own organization's only. */
export function maySeeOffer(actor: Actor, facts: AssistanceRequestFacts, offer: { organizationId: string }): boolean {
  return isStaff(actor) || isOwnState(actor, facts) || offer.organizationId === actor.organizationId;
}

/** Who has seen it is seen by coordinators and the requesting State; an entity sees its own organization's. */
export const maySeeAcknowledgement = maySeeOffer;

// ---- SQL twins: the same rules for lists, on `r` (assistance_requests) ----

/** SQL: the request `r` is shared with organization :organizationId (a Compact entity); isInSharingScope. */
export const IN_SCOPE_SQL = `(r.sharing_scope = 'ALL_ENTITIES' OR (r.sharing_scope = 'NAMED_ENTITIES' AND EXISTS (
  SELECT 1 FROM assistance_request_shared_entities s WHERE s.request_id = r.id AND s.organization_id = :organizationId)))`;

/** mayReadAssistanceRequest as SQL on `r`. */
export function readableAssistanceRequestsWhere(actor: Actor): SqlCondition {
  const party = partyToAssistanceRequestsWhere(actor);
  return {
    sql: `((r.classification = 'UNCLASSIFIED' OR (r.classification = 'CONFIDENTIAL' AND :viewerReadsMarked)) AND ${party.sql}
          OR (r.classification = 'STRICTLY_CONFIDENTIAL' AND :viewerReadsMarked
              AND (r.status <> 'DRAFT' OR r.requesting_state_id = :organizationId)
              AND (r.created_by_id = :viewerId OR EXISTS (SELECT 1 FROM assistance_request_participants ap
                                                          WHERE ap.request_id = r.id AND ap.user_id = :viewerId))))`,
    params: { ...party.params, viewerId: actor.userId, viewerReadsMarked: actor.role !== 'OBSERVER' },
  };
}

/** isPartyTo as SQL on `r`. */
function partyToAssistanceRequestsWhere(actor: Actor): SqlCondition {
  const params = { organizationId: actor.organizationId, viewerIsEntity: actor.organizationKind === 'COMPACT_ENTITY' };
  if (isStaff(actor)) return { sql: `(r.requesting_state_id = :organizationId OR r.status <> 'DRAFT')`, params };
  if (STATE_KINDS.includes(actor.organizationKind)) return { sql: 'r.requesting_state_id = :organizationId', params };
  return {
    sql: `(r.status <> 'DRAFT' AND (
          r.lead_entity_id = :organizationId
          OR EXISTS (SELECT 1 FROM assistance_request_partners p WHERE p.request_id = r.id AND p.organization_id = :organizationId)
          OR EXISTS (SELECT 1 FROM assistance_offers f WHERE f.request_id = r.id AND f.organization_id = :organizationId)
          OR (r.opened_at IS NOT NULL AND :viewerIsEntity AND ${IN_SCOPE_SQL})))`,
    params,
  };
}

/** The people named on the request `r`, with their organizations: AssistanceRequestFacts.participants, as JSON. */
export const NAMED_ON_REQUEST_SQL = `(SELECT coalesce(json_agg(json_build_object('userId', u.id, 'organizationId', u.organization_id)
                                            ORDER BY ap.created_at, u.id), '[]')
     FROM assistance_request_participants ap JOIN users u ON u.id = ap.user_id WHERE ap.request_id = r.id)`;

/**
 * Enabled people of the request $1's parties, among $2 (all when null), whose name or email contains $3
 * (any when null), by name: those mayBeNamedOnAssistanceRequest may admit, with the facts it reads of them.
 * A superset narrowed in SQL; the rule itself decides.
 */
export const REQUEST_NAMING_CANDIDATES_SQL = `
  SELECT u.id, u.role, u.organization_id AS "organizationId", o.kind AS "organizationKind"
    FROM assistance_requests r, users u JOIN organizations o ON o.id = u.organization_id
   WHERE r.id = $1 AND u.disabled_at IS NULL AND u.role <> 'OBSERVER'
     AND ($2::uuid[] IS NULL OR u.id = ANY($2::uuid[]))
     AND ($3::text IS NULL OR strpos(lower(u.name || ' ' || u.email), lower($3)) > 0)
     AND (u.organization_id = r.requesting_state_id OR ${isStaffSql('u.role')} OR u.organization_id = r.lead_entity_id
          OR u.organization_id IN (SELECT p.organization_id FROM assistance_request_partners p WHERE p.request_id = r.id)
          OR u.organization_id IN (SELECT f.organization_id FROM assistance_offers f WHERE f.request_id = r.id)
          OR (o.kind = 'COMPACT_ENTITY' AND r.opened_at IS NOT NULL
              AND (r.sharing_scope = 'ALL_ENTITIES' OR u.organization_id IN (
                     SELECT s.organization_id FROM assistance_request_shared_entities s WHERE s.request_id = r.id))))
   ORDER BY u.name, u.id`;

/** maySeeOffer as SQL on the offer `f` of the request `r`. */
export function visibleOffersWhere(actor: Actor): SqlCondition {
  return {
    sql: '(:viewerIsStaff OR r.requesting_state_id = :organizationId OR f.organization_id = :organizationId)',
    params: { viewerIsStaff: isStaff(actor), organizationId: actor.organizationId },
  };
}

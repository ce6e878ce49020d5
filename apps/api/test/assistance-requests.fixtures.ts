import type { AssistanceRequestStatus, Classification, SharingScope } from '@ctcp/shared';
import { DEMO, type TestApp } from './harness.js';

/** GraphQL documents and a builder of requests in any status, shared by the assistance request tests. */

export const REQUEST_FIELDS = `id number reference title status priority sharingScope pillars desiredTimeframe
  beneficiaryInstitutions submittedAt slaDueAt overdue feedbackRating feedbackComment
  requestingState { key } leadEntity { key } partnerEntities { key } sharedEntities { key }
  workingGroup { key } viewerTransitions viewerCanEdit viewerCanMatch viewerCanOffer viewerCanGiveFeedback
  viewerOffer { id note status }
  offers { id note status organization { key } author { person { email } } }
  timeline { step fromStatus toStatus note actor { email } }
  timeInStatus { status seconds current }
  discussion { id title }`;

export const SUBMIT = `mutation Submit($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const UPDATE = `mutation Update($input: UpdateAssistanceRequestInput!) { updateAssistanceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const TRANSITION = `mutation Move($input: TransitionAssistanceRequestInput!) { transitionAssistanceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const MATCH = `mutation Match($input: MatchAssistanceRequestInput!) { matchAssistanceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const OFFER = `mutation Offer($input: OfferAssistanceInput!) { offerAssistance(input: $input) { id note status organization { key } } }`;
export const ACKNOWLEDGE = `mutation Acknowledge($id: ID!) { acknowledgeAssistanceRequest(id: $id) { id viewerCanAcknowledge acknowledgements { organization { key } acknowledgedAt } } }`;
export const WIDEN_SHARING = `mutation Widen($input: WidenAssistanceRequestSharingInput!) { widenAssistanceRequestSharing(input: $input) { id sharingScope viewerCanWidenSharing } }`;
export const WITHDRAW_OFFER = `mutation Withdraw($requestId: ID!) { withdrawAssistanceOffer(requestId: $requestId) { id status } }`;
export const FEEDBACK = `mutation Feedback($input: AssistanceFeedbackInput!) { giveAssistanceFeedback(input: $input) { ${REQUEST_FIELDS} } }`;
export const GET = `query Get($id: ID!) { assistanceRequest(id: $id) { ${REQUEST_FIELDS} } }`;
export const LIST = `query List($filter: AssistanceRequestFilter, $first: Int) {
  assistanceRequests(filter: $filter, first: $first) { totalCount edges { node { id reference title status overdue } } }
}`;

export type Tokens = Record<keyof typeof DEMO, string>;

export interface RequestShape {
  status: AssistanceRequestStatus;
  scope?: SharingScope;
  /** Organization keys named when the scope is NAMED_ENTITIES. */
  shared?: string[];
  /** Organization key of the lead when the status implies a match (default UNODC). */
  lead?: string;
  partners?: string[];
  /** Organization keys (with a demo member) that offer while under review. */
  offeredBy?: ('unodc' | 'interpol')[];
  classification?: Classification;
  /** Demo people named on a STRICTLY_CONFIDENTIAL request besides its author (who may read it once submitted). */
  named?: (keyof typeof DEMO)[];
}

/** Organization ids by key. */
export async function organizationIds(api: TestApp): Promise<Record<string, string>> {
  const rows = await api.sql(`SELECT id, key FROM organizations WHERE kind IN ('COMPACT_ENTITY', 'MEMBER_STATE')`);
  return Object.fromEntries(rows.map((row) => [row.key, row.id]));
}

/** Fails the test with the api's errors when an operation that should succeed did not. */
export function ok<T = any>(response: { data?: any; errors?: unknown }, field: string): T {
  if (!response.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(response.errors)}`);
  return response.data[field];
}

/**
 * Makes a request of the Philippines and moves it, through the api and as the people allowed, to the
 * status asked for. Returns its id.
 */
export async function makeRequest(
  api: TestApp,
  tokens: Tokens,
  organizations: Record<string, string>,
  shape: RequestShape,
): Promise<string> {
  const scope = shape.scope ?? 'ALL_ENTITIES';
  const named = (shape.named ?? []).map((person) => DEMO[person]);
  const participantIds = named.length
    ? (await api.sql(`SELECT id FROM users WHERE email = ANY($1)`, [named])).map((row) => row.id)
    : [];
  const created = ok(
    await api.gql(
      SUBMIT,
      {
        input: {
          title: `Border security training (${shape.status})`,
          description: 'Training for **border guards** on travel document fraud.',
          pillars: ['II', 'III'],
          priority: 'HIGH',
          sharingScope: scope,
          sharedEntityIds: (shape.shared ?? []).map((key) => organizations[key]),
          classification: shape.classification ?? 'UNCLASSIFIED',
          participantIds,
          draft: shape.status === 'DRAFT',
        },
      },
      tokens.philippines,
    ),
    'submitAssistanceRequest',
  );
  const id: string = created.id;
  const move = async (to: AssistanceRequestStatus, token: string, note = 'as planned') =>
    ok(await api.gql(TRANSITION, { input: { id, to, note } }, token), 'transitionAssistanceRequest');
  const path = PATHS[shape.status];
  for (const step of path) {
    if (step === 'UNDER_REVIEW') {
      await move('UNDER_REVIEW', tokens.coordinator);
      for (const who of shape.offeredBy ?? []) {
        ok(await api.gql(OFFER, { input: { requestId: id, note: `Offer of ${who}` } }, tokens[who]), 'offerAssistance');
      }
    } else if (step === 'MATCHED') {
      ok(
        await api.gql(
          MATCH,
          {
            input: {
              requestId: id,
              leadEntityId: organizations[shape.lead ?? 'UNODC'],
              partnerEntityIds: (shape.partners ?? []).map((key) => organizations[key]),
            },
          },
          tokens.coordinator,
        ),
        'matchAssistanceRequest',
      );
    } else if (step === 'DECLINED') {
      await move('DECLINED', tokens.coordinator, 'Outside the Compact’s mandate');
    } else if (step === 'WITHDRAWN' || step === 'CLOSED') {
      await move(step, tokens.philippines);
    } else {
      await move(step, tokens.coordinator);
    }
  }
  return id;
}

/** The moves from SUBMITTED to each status (DRAFT stays a draft). */
const PATHS: Record<AssistanceRequestStatus, AssistanceRequestStatus[]> = {
  DRAFT: [],
  SUBMITTED: [],
  UNDER_REVIEW: ['UNDER_REVIEW'],
  MATCHED: ['UNDER_REVIEW', 'MATCHED'],
  IN_PROGRESS: ['UNDER_REVIEW', 'MATCHED', 'IN_PROGRESS'],
  DELIVERED: ['UNDER_REVIEW', 'MATCHED', 'IN_PROGRESS', 'DELIVERED'],
  CLOSED: ['UNDER_REVIEW', 'MATCHED', 'IN_PROGRESS', 'DELIVERED', 'CLOSED'],
  DECLINED: ['DECLINED'],
  WITHDRAWN: ['WITHDRAWN'],
};

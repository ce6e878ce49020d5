import { readFileSync } from 'node:fs';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACKNOWLEDGE,
  FEEDBACK,
  GET,
  LIST,
  makeRequest,
  MATCH,
  OFFER,
  ok,
  organizationIds,
  type RequestShape,
  SUBMIT,
  TRANSITION,
  type Tokens,
  UPDATE,
  WIDEN_SHARING,
  WITHDRAW_OFFER,
} from './assistance-requests.fixtures.js';
import { errorCode, type GraphQLResponse, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

/**
 * The authorization matrix of assistance requests: every operation, for every kind of person, on a
 * request of the Philippines shared with UNODC and UNDP only. Each row is written by hand from the
 * rules of the issue (not from the policy code); each cell runs against the real api.
 */

type Who =
  | 'admin'
  | 'coordinator'
  | 'entityInScope'
  | 'entityOutOfScope'
  | 'entityObserverInScope'
  | 'ownStateFocalPoint'
  | 'ownStateObserver'
  | 'otherStateFocalPoint';
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';

const WHO: Who[] = [
  'admin',
  'coordinator',
  'entityInScope',
  'entityOutOfScope',
  'entityObserverInScope',
  'ownStateFocalPoint',
  'ownStateObserver',
  'otherStateFocalPoint',
];

interface Row {
  operation: string;
  /** The request the cell acts on (none for a new request). */
  on: RequestShape | null;
  run: (api: TestApp, token: string, id: string, organizations: Record<string, string>) => Promise<GraphQLResponse>;
  /** Outcomes in the order of WHO. */
  expect: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
}

const SHARED = { scope: 'NAMED_ENTITIES' as const, shared: ['UNODC', 'UNDP'] };
const at = (status: AssistanceRequestStatus, more: Partial<RequestShape> = {}): RequestShape => ({
  status,
  ...SHARED,
  ...more,
});
/** Matched to INTERPOL, which is outside the sharing scope: it reads as the lead entity. */
const MATCHED_TO_INTERPOL = { lead: 'INTERPOL' };
const move =
  (to: AssistanceRequestStatus, note = 'for the record') =>
  (api: TestApp, token: string, id: string) =>
    api.gql(TRANSITION, { input: { id, to, note } }, token);

const NF = 'NOT_FOUND';
const F = 'FORBIDDEN';

// Outcomes in the order: admin, coordinator, entityInScope, entityOutOfScope, entityObserverInScope,
// ownStateFocalPoint, ownStateObserver, otherStateFocalPoint.
// prettier-ignore
const ROWS: Row[] = [
  { operation: 'assistanceRequest', on: at('DRAFT'), run: (api, token, id) => api.gql(GET, { id }, token),
    expect: [NF, NF, NF, NF, NF, 'ok', 'ok', NF] },
  { operation: 'assistanceRequest', on: at('SUBMITTED'), run: (api, token, id) => api.gql(GET, { id }, token),
    expect: ['ok', 'ok', NF, NF, NF, 'ok', 'ok', NF] },
  { operation: 'assistanceRequest', on: at('UNDER_REVIEW'), run: (api, token, id) => api.gql(GET, { id }, token),
    expect: ['ok', 'ok', 'ok', NF, 'ok', 'ok', 'ok', NF] },
  { operation: 'assistanceRequest', on: at('MATCHED', MATCHED_TO_INTERPOL), run: (api, token, id) => api.gql(GET, { id }, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', NF] },
  { operation: 'assistanceRequest', on: at('UNDER_REVIEW', { classification: 'CONFIDENTIAL' }),
    run: (api, token, id) => api.gql(GET, { id }, token),
    // Never people whose platform role is OBSERVER.
    expect: ['ok', 'ok', 'ok', NF, NF, 'ok', NF, NF] },
  { operation: 'assistanceRequest', on: at('UNDER_REVIEW', { classification: 'STRICTLY_CONFIDENTIAL', named: ['coordinator'] }),
    run: (api, token, id) => api.gql(GET, { id }, token),
    // Its author and the people named only: not the admin, nor the entities in scope.
    expect: [NF, 'ok', NF, NF, NF, 'ok', NF, NF] },
  { operation: 'assistanceRequests', on: at('DRAFT'), run: listed,
    expect: [NF, NF, NF, NF, NF, 'ok', 'ok', NF] },
  { operation: 'assistanceRequests', on: at('UNDER_REVIEW'), run: listed,
    expect: ['ok', 'ok', 'ok', NF, 'ok', 'ok', 'ok', NF] },
  { operation: 'assistanceRequests', on: at('MATCHED', MATCHED_TO_INTERPOL), run: listed,
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', NF] },
  { operation: 'assistanceRequests', on: at('MATCHED', { ...MATCHED_TO_INTERPOL, classification: 'CONFIDENTIAL' }), run: listed,
    expect: ['ok', 'ok', 'ok', 'ok', NF, 'ok', NF, NF] },
  { operation: 'breakGlassOnAssistanceRequest', on: at('UNDER_REVIEW', { classification: 'STRICTLY_CONFIDENTIAL', named: ['coordinator'] }),
    run: (api, token, id) => api.gql(BREAK_GLASS, { input: { requestId: id, reason: 'Inquiry' } }, token),
    // Platform admins only.
    expect: ['ok', F, F, F, F, F, F, F] },
  { operation: 'changeAssistanceRequestClassification', on: at('UNDER_REVIEW'),
    run: (api, token, id) => api.gql(CHANGE_MARKING, { input: { requestId: id, classification: 'CONFIDENTIAL', reason: 'Sources' } }, token),
    // Up by the requesting State's focal points and coordinators.
    expect: ['ok', 'ok', F, NF, F, 'ok', F, NF] },
  { operation: 'changeAssistanceRequestClassification', on: at('UNDER_REVIEW', { classification: 'CONFIDENTIAL' }),
    run: (api, token, id) => api.gql(CHANGE_MARKING, { input: { requestId: id, classification: 'UNCLASSIFIED', reason: 'Published' } }, token),
    // Down by the requesting State's focal points only.
    expect: [F, F, F, NF, NF, 'ok', NF, NF] },
  { operation: 'submitAssistanceRequest', on: null,
    run: (api, token) => api.gql(SUBMIT, { input: { title: 'Matrix', description: 'Matrix request' } }, token),
    expect: [F, F, F, F, F, 'ok', F, 'ok'] },
  { operation: 'updateAssistanceRequest', on: at('DRAFT'),
    run: (api, token, id) => api.gql(UPDATE, { input: { id, title: 'Edited' } }, token),
    expect: [NF, NF, NF, NF, NF, 'ok', F, NF] },
  { operation: 'updateAssistanceRequest', on: at('UNDER_REVIEW'),
    run: (api, token, id) => api.gql(UPDATE, { input: { id, title: 'Edited' } }, token),
    expect: ['ok', 'ok', F, NF, F, F, F, NF] },
  { operation: 'updateAssistanceRequest', on: at('CLOSED'),
    run: (api, token, id) => api.gql(UPDATE, { input: { id, title: 'Edited' } }, token),
    expect: [F, F, F, NF, F, F, F, NF] },
  { operation: 'transitionAssistanceRequest', on: at('DRAFT'), run: move('SUBMITTED'),
    expect: [NF, NF, NF, NF, NF, 'ok', F, NF] },
  { operation: 'transitionAssistanceRequest', on: at('SUBMITTED'), run: move('UNDER_REVIEW'),
    expect: ['ok', 'ok', NF, NF, NF, F, F, NF] },
  { operation: 'transitionAssistanceRequest', on: at('SUBMITTED'), run: move('DECLINED'),
    expect: ['ok', 'ok', NF, NF, NF, F, F, NF] },
  { operation: 'transitionAssistanceRequest', on: at('UNDER_REVIEW'), run: move('WITHDRAWN'),
    expect: [F, F, F, NF, F, 'ok', F, NF] },
  { operation: 'transitionAssistanceRequest', on: at('UNDER_REVIEW'), run: move('MATCHED'),
    expect: ['CONFLICT', 'CONFLICT', 'CONFLICT', NF, 'CONFLICT', 'CONFLICT', 'CONFLICT', NF] },
  { operation: 'transitionAssistanceRequest', on: at('MATCHED', MATCHED_TO_INTERPOL), run: move('IN_PROGRESS'),
    expect: ['ok', 'ok', F, 'ok', F, F, F, NF] },
  { operation: 'transitionAssistanceRequest', on: at('MATCHED', MATCHED_TO_INTERPOL), run: move('UNDER_REVIEW'),
    expect: ['ok', 'ok', F, F, F, F, F, NF] },
  { operation: 'transitionAssistanceRequest', on: at('MATCHED', MATCHED_TO_INTERPOL), run: move('CLOSED'),
    expect: ['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', NF] },
  { operation: 'transitionAssistanceRequest', on: at('IN_PROGRESS', MATCHED_TO_INTERPOL), run: move('DELIVERED'),
    expect: ['ok', 'ok', F, 'ok', F, F, F, NF] },
  { operation: 'transitionAssistanceRequest', on: at('DELIVERED', MATCHED_TO_INTERPOL), run: move('CLOSED'),
    expect: ['ok', 'ok', F, F, F, 'ok', F, NF] },
  { operation: 'transitionAssistanceRequest', on: at('DECLINED'), run: move('UNDER_REVIEW'),
    expect: ['ok', 'ok', NF, NF, NF, F, F, NF] },
  { operation: 'matchAssistanceRequest', on: at('UNDER_REVIEW'),
    run: (api, token, id, organizations) =>
      api.gql(MATCH, { input: { requestId: id, leadEntityId: organizations.UNODC } }, token),
    expect: ['ok', 'ok', F, NF, F, F, F, NF] },
  { operation: 'matchAssistanceRequest', on: at('SUBMITTED'),
    run: (api, token, id, organizations) =>
      api.gql(MATCH, { input: { requestId: id, leadEntityId: organizations.UNODC } }, token),
    expect: ['CONFLICT', 'CONFLICT', NF, NF, NF, F, F, NF] },
  { operation: 'offerAssistance', on: at('UNDER_REVIEW'),
    run: (api, token, id) => api.gql(OFFER, { input: { requestId: id, note: 'We can help' } }, token),
    expect: [F, F, 'ok', NF, F, F, F, NF] },
  { operation: 'offerAssistance', on: at('MATCHED', MATCHED_TO_INTERPOL),
    run: (api, token, id) => api.gql(OFFER, { input: { requestId: id, note: 'We can help' } }, token),
    expect: [F, F, 'CONFLICT', F, F, F, F, NF] },
  { operation: 'withdrawAssistanceOffer', on: at('UNDER_REVIEW', { offeredBy: ['unodc'] }),
    run: (api, token, id) => api.gql(WITHDRAW_OFFER, { requestId: id }, token),
    expect: [F, F, 'ok', NF, F, F, F, NF] },
  { operation: 'acknowledgeAssistanceRequest', on: at('UNDER_REVIEW'),
    run: (api, token, id) => api.gql(ACKNOWLEDGE, { id }, token),
    expect: [F, F, 'ok', NF, F, F, F, NF] },
  { operation: 'acknowledgeAssistanceRequest', on: at('DELIVERED', MATCHED_TO_INTERPOL),
    run: (api, token, id) => api.gql(ACKNOWLEDGE, { id }, token),
    expect: [F, F, 'CONFLICT', 'CONFLICT', F, F, F, NF] },
  { operation: 'widenAssistanceRequestSharing', on: at('SUBMITTED'), run: widen('ALL_ENTITIES'),
    expect: [F, F, NF, NF, NF, 'ok', F, NF] },
  { operation: 'widenAssistanceRequestSharing', on: at('UNDER_REVIEW'), run: widen('NAMED_ENTITIES', ['UNODC']),
    expect: [F, F, F, NF, F, 'BAD_USER_INPUT', F, NF] },
  { operation: 'widenAssistanceRequestSharing', on: at('DELIVERED', MATCHED_TO_INTERPOL), run: widen('ALL_ENTITIES'),
    expect: [F, F, F, F, F, 'CONFLICT', F, NF] },
  { operation: 'giveAssistanceFeedback', on: at('DELIVERED', MATCHED_TO_INTERPOL),
    run: (api, token, id) => api.gql(FEEDBACK, { input: { id, rating: 4, comment: 'Useful' } }, token),
    expect: [F, F, F, F, F, 'ok', F, NF] },
  { operation: 'giveAssistanceFeedback', on: at('IN_PROGRESS', MATCHED_TO_INTERPOL),
    run: (api, token, id) => api.gql(FEEDBACK, { input: { id, rating: 4 } }, token),
    expect: [F, F, F, F, F, 'CONFLICT', F, NF] },
  { operation: 'linkAssistanceRequestToProject', on: at('MATCHED', MATCHED_TO_INTERPOL),
    run: (api, token, id) => api.gql(LINK, { input: { requestId: id, projectId } }, token),
    expect: ['ok', 'ok', F, F, F, F, F, NF] },
];

/** The request shared as given (entities by key). */
function widen(sharingScope: string, entities: string[] = []): Row['run'] {
  return (api, token, id, organizations) =>
    api.gql(
      WIDEN_SHARING,
      { input: { id, sharingScope, sharedEntityIds: entities.map((key) => organizations[key]) } },
      token,
    );
}

/** `assistanceRequests` answers "ok" when the request is listed, NOT_FOUND when it is absent. */
async function listed(api: TestApp, token: string, id: string): Promise<GraphQLResponse> {
  const response = await api.gql(LIST, { filter: { search: 'Border security' }, first: 100 }, token);
  if (!response.data) return response;
  const ids = response.data.assistanceRequests.edges.map((edge: any) => edge.node.id);
  return ids.includes(id) ? response : { ...response, data: null, errors: [{ message: '', extensions: { code: NF } }] };
}

const CHANGE_MARKING = `mutation Mark($input: ChangeAssistanceRequestClassificationInput!) {
  changeAssistanceRequestClassification(input: $input) { id classification }
}`;

const BREAK_GLASS = `mutation BreakGlass($input: BreakGlassOnAssistanceRequestInput!) {
  breakGlassOnAssistanceRequest(input: $input) { id }
}`;

const LINK = `mutation Link($input: LinkAssistanceRequestToProjectInput!) {
  linkAssistanceRequestToProject(input: $input) { id project { id } }
}`;

let api: TestApp;
let demo: Tokens;
/** A project benefiting the Philippines, to link requests to. */
let projectId: string;
let tokens: Record<Who, string>;
let organizations: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp();
  demo = await signInDemoUsers(api);
  organizations = await organizationIds(api);
  // The Philippines' own observer joins through an invitation of its organization admin.
  const invited = await api.gql(
    `mutation($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`,
    {
      input: { email: 'observer@ph.example', organizationId: organizations['STATE:PH'], role: 'OBSERVER' },
    },
    demo.philippines,
  );
  const token = new URL(ok(invited, 'inviteUser').acceptUrl).searchParams.get('token');
  ok(
    await api.gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
      input: { token, name: 'PH Observer', password: 'observer-password-2026' },
    }),
    'acceptInvitation',
  );
  const project = await api.gql(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    {
      input: {
        title: 'Countering terrorist travel',
        leadEntityId: organizations.UNOCT,
        beneficiaryCountryCodes: ['PH'],
        startDate: '2019-01-01',
      },
    },
    demo.coordinator,
  );
  projectId = ok(project, 'createProject').id;
  tokens = {
    admin: demo.admin,
    coordinator: demo.coordinator,
    entityInScope: demo.unodc,
    entityOutOfScope: demo.interpol,
    entityObserverInScope: demo.observer,
    ownStateFocalPoint: demo.philippines,
    ownStateObserver: await api.signIn('observer@ph.example', 'observer-password-2026'),
    otherStateFocalPoint: demo.maldives,
  };
});
afterAll(() => api.close());

/** What a refused operation must leave untouched. */
async function snapshot(id: string | null) {
  if (!id) return api.sql(`SELECT count(*) AS requests FROM assistance_requests`);
  return api.sql(
    `SELECT r.status, r.title, r.classification, r.lead_entity_id, r.updated_at, r.feedback_rating,
            (SELECT count(*) FROM assistance_request_participants p WHERE p.request_id = r.id) AS named,
            (SELECT count(*) FROM assistance_request_break_glass_grants g WHERE g.request_id = r.id) AS grants,
            (SELECT count(*) FROM assistance_request_transitions t WHERE t.request_id = r.id) AS steps,
            (SELECT json_agg(f.status ORDER BY f.organization_id) FROM assistance_offers f WHERE f.request_id = r.id) AS offers,
            (SELECT count(*) FROM assistance_request_acknowledgements a WHERE a.request_id = r.id) AS acknowledged,
            r.sharing_scope,
            (SELECT count(*) FROM assistance_request_shared_entities s WHERE s.request_id = r.id) AS shared,
            (SELECT count(*) FROM assistance_requests) AS requests
       FROM assistance_requests r WHERE r.id = $1`,
    [id],
  );
}

describe('assistance request authorization matrix', () => {
  it('has a row for every assistance request operation of the schema', () => {
    const schema = buildSchema(readFileSync(new URL('../schema.gql', import.meta.url), 'utf8'));
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys((type as GraphQLObjectType).getFields()).filter((name) => /assistance/i.test(name)),
    );
    expect(new Set(ROWS.map((row) => row.operation))).toEqual(new Set(operations));
  });

  describe.each(
    ROWS.map((row, index) => [`${row.operation} on ${row.on?.status ?? 'nothing'} #${index}`, row] as const),
  )('%s', (_name, row) => {
    // Cells that must be refused share one request; each allowed cell gets its own, since it changes it.
    let shared: string | null = null;
    beforeAll(async () => {
      if (row.on) shared = await makeRequest(api, demo, organizations, row.on);
    });

    it.each(WHO.map((who, index) => [who, row.expect[index]] as const))('%s: %s', async (who, expected) => {
      const id = row.on && expected === 'ok' ? await makeRequest(api, demo, organizations, row.on) : shared;
      const before = await snapshot(id);
      const response = await row.run(api, tokens[who], id ?? '', organizations);
      if (expected === 'ok') {
        expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
        return;
      }
      expect(errorCode(response)).toBe(expected);
      expect(await snapshot(id)).toEqual(before);
    });
  });
});

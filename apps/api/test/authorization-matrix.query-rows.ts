import { DEMO } from './harness.js';
import { type Env, F, makeDecision, makeGovernanceBody, NF, U } from './authorization-matrix.fixtures.js';
import { absent, byId, type Cell, listing, type OperationRow } from './authorization-matrix.operations.js';

/**
 * The queries of the authorization matrix. Readable by every signed-in person: the directory (organizations,
 * working groups), one's own account and notifications, and OPEN workspaces. Need-to-know on the rest:
 * - private workspaces, their threads and posts: their members only (platform admins included: they assign
 *   members without reading); a request's or a project's workspace: its parties now, coordinators and admins;
 * - people: a State's people are seen by that State and the Compact side, never by another State;
 * - projects: the Compact side, and the States they benefit; activities: the Compact side, the State they are
 *   held in and the States of their project; contributions and agreements: the Compact side, and the States
 *   that gave or are a party; quarterly reports: the Compact side only (a State is refused);
 * - invitations: coordinators and admins all of them, organization admins their organization's;
 * - decisions by silence procedure: whoever reads their workspace;
 * - the audit trail: platform admins all of it, organization admins what their own people did;
 * - governance bodies and who sits on them: everyone; a body's meetings: whoever reads its workspace (its
 *   organizations' people, guests included);
 * - work plans of a working group, and their items: the Compact side, and the States that take part in the group.
 * An unreadable record answers NOT_FOUND, and lists leave it out (shown here as NOT_FOUND).
 */

const edgeIds = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

/** A decision the coordinator proposed in the private workspace of the Philippines and UNODC. */
const phDecision = async ({ api, tokens, world }: Env) => ({
  decision: await makeDecision(api, tokens.coordinator, world.phWorkspace),
});

async function listedMeeting({ api, token, on }: Cell) {
  const response = await api.gql(
    `query($filter: MeetingFilter) { meetings(filter: $filter, first: 100) { edges { node { id } } } }`,
    { filter: { bodyId: on.body } },
    token,
  );
  if (!response.data) return response;
  return edgeIds(response.data.meetings).includes(on.meeting) ? response : absent(response);
}

async function listedDecision({ api, token, world, on }: Cell) {
  const response = await api.gql(
    `query($filter: DecisionFilter) { decisions(filter: $filter, first: 100) { edges { node { id } } } }`,
    { filter: { workspaceId: world.phWorkspace } },
    token,
  );
  if (!response.data) return response;
  return edgeIds(response.data.decisions).includes(on.decision) ? response : absent(response);
}

/** Every request block of the home page. */
const MY_WORK_REQUESTS = `{ myWork { ${[
  'requestsToTriage',
  'offersToReview',
  'stalledMatches',
  'overdueRequests',
  'stateRequests',
  'offersReceived',
  'openForOffer',
  'assignedRequests',
]
  .map((block) => `${block}(first: 100) { edges { node { id } } }`)
  .join(' ')} } }`;

// Outcomes in the order: admin, coordinator, entityMember (UNODC), otherEntityMember (INTERPOL), entityObserver
// (UNDP), stateFocalPoint (Philippines), stateObserver (Philippines), otherStateFocalPoint (Maldives), signedOut.
// prettier-ignore
export const QUERY_ROWS: OperationRow[] = [
  { operation: 'activities', on: 'an activity held in the Maldives for its project',
    run: listing(`{ activities(first: 100) { edges { node { id } } } }`, (data) => edgeIds(data.activities), (w) => w.mvActivity),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', NF, NF, 'ok', U] },
  { operation: 'activitiesByCountry', on: 'the Maldives on the map',
    run: listing(`{ activitiesByCountry { countryCode } }`, (data) => data.activitiesByCountry.map((row: any) => row.countryCode), () => 'MV'),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', NF, NF, 'ok', U] },
  { operation: 'activity', on: 'an activity held in Thailand for a project of the Philippines',
    run: byId(`query($id: ID!) { activity(id: $id) { id title } }`, (w) => w.phProjectActivity),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', NF, U] },
  { operation: 'agreements', on: 'an MOU of UNODC and the Philippines',
    run: listing(`{ agreements(first: 100) { edges { node { id } } } }`, (data) => edgeIds(data.agreements), (w) => w.phAgreement),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', NF, U] },
  { operation: 'contributions', on: 'a receipt from the Philippines',
    run: listing(`{ contributions(first: 100) { edges { node { id } } } }`, (data) => edgeIds(data.contributions), (w) => w.phContribution),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', NF, U] },
  { operation: 'workPlan', on: 'a plan of the BMLE working group, in which no State takes part',
    run: byId(`query($id: ID!) { workPlan(id: $id) { id title items { id } } }`, (w) => w.bmlePlan),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', NF, NF, NF, U] },
  { operation: 'workPlanItem', on: 'an item of a plan of the BMLE working group',
    run: byId(`query($id: ID!) { workPlanItem(id: $id) { id title status } }`, (w) => w.bmleItem),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', NF, NF, NF, U] },
  { operation: 'workPlans', on: 'a plan of the BMLE working group, in which no State takes part',
    run: listing(`{ workPlans(first: 100) { edges { node { id } } } }`, (data) => edgeIds(data.workPlans), (w) => w.bmlePlan),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', NF, NF, NF, U] },
  { operation: 'decision', on: 'a decision in the private workspace of the Philippines and UNODC',
    make: phDecision, run: byId(`query($id: ID!) { decision(id: $id) { id title objections { reason } timeline { kind } } }`, (_w, on) => on.decision),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', 'ok', NF, U] },
  { operation: 'decisions', on: 'a decision in the private workspace of the Philippines and UNODC',
    make: phDecision, run: listedDecision,
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', 'ok', NF, U] },
  { operation: 'auditEvents', on: 'the sign-ins of the platform (admins all; an organization’s admins their own people’s)',
    run: ({ api, token }) => api.gql(`{ auditEvents(first: 5) { edges { node { id action } } } }`, {}, token),
    expect: ['ok', F, 'ok', F, F, 'ok', F, F, U] },
  { operation: 'governanceBodies', on: 'the seeded bodies (public reference data)',
    run: ({ api, token }) => api.gql(`{ governanceBodies { id key members { role } } }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'governanceBody', on: 'a body the Philippines chairs (public reference data)',
    make: (env) => makeGovernanceBody(env), run: byId(`query($id: ID!) { governanceBody(id: $id) { id members { role } } }`, (_w, on) => on.body),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'meeting', on: 'a meeting of a body the Philippines chairs, with UNODC as member and INTERPOL as guest',
    make: (env) => makeGovernanceBody(env, true), run: byId(`query($id: ID!) { meeting(id: $id) { id agenda documents { id } } }`, (_w, on) => on.meeting),
    expect: ['ok', NF, 'ok', 'ok', NF, 'ok', 'ok', NF, U] },
  { operation: 'meetings', on: 'a meeting of a body the Philippines chairs, with UNODC as member and INTERPOL as guest',
    make: (env) => makeGovernanceBody(env, true), run: listedMeeting,
    expect: ['ok', NF, 'ok', 'ok', NF, 'ok', 'ok', NF, U] },
  { operation: 'invitation', on: 'a pending invitation’s token (public)',
    run: ({ api, token, world }) =>
      api.gql(`query($token: String!) { invitation(token: $token) { email role } }`, { token: world.invitationToken }, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  { operation: 'invitations', on: 'the pending invitations of the Philippines',
    run: ({ api, token, world }) =>
      api.gql(`query($id: ID) { invitations(organizationId: $id) { totalCount } }`, { id: world.org['STATE:PH'] }, token),
    expect: ['ok', 'ok', F, F, F, 'ok', F, F, U] },
  { operation: 'invitations', on: 'the pending invitations of every organization',
    run: ({ api, token }) => api.gql(`{ invitations { totalCount edges { node { email } } } }`, {}, token),
    expect: ['ok', 'ok', F, F, F, F, F, F, U] },
  { operation: 'undeliveredMail', on: 'the outbox’s messages not delivered',
    run: ({ api, token }) => api.gql(`{ undeliveredMail { totalCount edges { node { toAddress status lastError } } } }`, {}, token),
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'me', on: 'one’s own account',
    run: ({ api, token }) => api.gql(`{ me { id email role } }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'mySessions', on: 'one’s own sessions',
    run: ({ api, token }) => api.gql(`{ mySessions { id current } }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'notifications', on: 'one’s own notifications',
    run: ({ api, token }) => api.gql(`{ notifications { totalCount } }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'organization', on: 'the Maldives',
    run: byId(`query($id: ID!) { organization(id: $id) { id key } }`, (w) => w.org['STATE:MV']),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'organizations', on: 'the Maldives in the directory',
    run: listing(`query($filter: OrganizationFilter) { organizations(filter: $filter, first: 100) { edges { node { id } } } }`,
      (data) => edgeIds(data.organizations), (w) => w.org['STATE:MV'], () => ({ filter: { search: 'Maldives' } })),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'post', on: 'a post in the private workspace of the Philippines and UNODC',
    run: byId(`query($id: ID!) { post(id: $id) { id body } }`, (w) => w.phPost),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', 'ok', NF, U] },
  { operation: 'post', on: 'a post in an open workspace',
    run: byId(`query($id: ID!) { post(id: $id) { id body } }`, (w) => w.openPost),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'previewMarkdown', on: 'a draft mentioning the Philippines’ focal point (linked, or left unlinked as absent)',
    run: async ({ api, token }) => {
      const response = await api.gql(`query($body: String!) { previewMarkdown(body: $body) }`, { body: `Hello @${DEMO.philippines}` }, token);
      return !response.data || response.data.previewMarkdown.includes('/people/') ? response : absent(response);
    },
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', NF, U] },
  { operation: 'project', on: 'a project for the Philippines',
    run: byId(`query($id: ID!) { project(id: $id) { id title } }`, (w) => w.phProject),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', NF, U] },
  { operation: 'projects', on: 'a project for the Maldives',
    run: listing(`{ projects(first: 100) { edges { node { id } } } }`, (data) => edgeIds(data.projects), (w) => w.mvProject),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', NF, NF, 'ok', U] },
  { operation: 'dashboard', on: 'the first quarter of 2026 (pipeline, deadlines met, funding trend)',
    run: ({ api, token }) => api.gql(`{ dashboard(year: 2026, quarter: 1) { requestPipeline { status } slaCompliance { met } fundingTrend { pledgedUsd } } }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', F, F, F, U] },
  { operation: 'quarterlyReport', on: 'the first quarter of 2026',
    run: ({ api, token }) => api.gql(`{ quarterlyReport(year: 2026, quarter: 1) { activityCount receivedUsdInQuarter } }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', F, F, F, U] },
  { operation: 'search', on: 'a post in the private workspace of the Philippines and UNODC',
    run: listing(`query($query: String!) { search(query: $query, kinds: [POST], first: 100) { edges { node { id } } } }`,
      (data) => edgeIds(data.search), (w) => w.phPost, () => ({ query: 'Edited once' })),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', 'ok', NF, U] },
  { operation: 'search', on: 'the focal point of the Maldives',
    run: listing(`query($query: String!) { search(query: $query, kinds: [PERSON], first: 100) { edges { node { id } } } }`,
      (data) => edgeIds(data.search), (w) => w.users[DEMO.maldives], () => ({ query: DEMO.maldives })),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', NF, NF, 'ok', U] },
  { operation: 'signInOptions', on: 'the ways to sign in, for the sign-in page (public)',
    run: ({ api, token }) => api.gql(`{ signInOptions { singleSignOn { label startUrl } } }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  { operation: 'thread', on: 'a thread in the private workspace of the Philippines and UNODC',
    run: byId(`query($id: ID!) { thread(id: $id) { id title } }`, (w) => w.phThread),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', 'ok', NF, U] },
  { operation: 'thread', on: 'the discussion of a request of the Philippines that UNODC and INTERPOL offered on',
    run: byId(`query($id: ID!) { thread(id: $id) { id title } }`, (w) => w.phDiscussion),
    expect: ['ok', 'ok', 'ok', 'ok', NF, 'ok', 'ok', NF, U] },
  { operation: 'thread', on: 'a thread in an open workspace',
    run: byId(`query($id: ID!) { thread(id: $id) { id title } }`, (w) => w.openThread),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'myWork', on: 'the Philippines’ request under review (offered on by UNODC and INTERPOL), in any block',
    run: listing(MY_WORK_REQUESTS, (data) => Object.values(data.myWork).flatMap((block: any) => (block ? edgeIds(block) : [])), (w) => w.phRequest),
    expect: ['ok', 'ok', NF, NF, NF, 'ok', NF, NF, U] },
  { operation: 'unreadNotificationCount', on: 'one’s own notifications',
    run: ({ api, token }) => api.gql(`{ unreadNotificationCount }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'user', on: 'the Maldives’ focal point',
    run: byId(`query($id: ID!) { user(id: $id) { id email } }`, (w) => w.users[DEMO.maldives]),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', NF, NF, 'ok', U] },
  { operation: 'users', on: 'the Philippines’ focal point',
    run: listing(`query($filter: UserFilter) { users(filter: $filter, first: 100) { edges { node { id } } } }`,
      (data) => edgeIds(data.users), (w) => w.users[DEMO.philippines], () => ({ filter: { search: 'focal.point' } })),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', NF, U] },
  { operation: 'workingGroup', on: 'Border Management and Law Enforcement',
    run: byId(`query($id: ID!) { workingGroup(id: $id) { id key } }`, (w) => w.workingGroup),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'workingGroups', on: 'the directory of working groups',
    run: ({ api, token }) => api.gql(`{ workingGroups { id key } }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'workspace', on: 'the private workspace of the Philippines and UNODC',
    run: byId(`query($id: ID!) { workspace(id: $id) { id name } }`, (w) => w.phWorkspace),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', 'ok', NF, U] },
  { operation: 'workspace', on: 'the workspace of a project led by UNODC with INTERPOL, for the Philippines',
    run: byId(`query($id: ID!) { workspace(id: $id) { id name } }`, (w) => w.phProjectWorkspace),
    expect: ['ok', 'ok', 'ok', 'ok', NF, NF, NF, NF, U] },
  { operation: 'workspace', on: 'an open workspace',
    run: byId(`query($id: ID!) { workspace(id: $id) { id name } }`, (w) => w.openWorkspace),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'workspaces', on: 'the private workspace of the Philippines and the Maldives',
    run: listing(`{ workspaces(first: 100) { edges { node { id } } } }`, (data) => edgeIds(data.workspaces), (w) => w.sharedWorkspace),
    expect: [NF, 'ok', NF, NF, NF, 'ok', 'ok', 'ok', U] },
];

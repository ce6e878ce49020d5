import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ACKNOWLEDGE, makeRequest, ok, organizationIds, SUBMIT, type Tokens } from './assistance-requests.fixtures.js';
import { DEMO, DEMO_PASSWORD, signInDemoUsers, type TestApp, startTestApp, userIds } from './harness.js';

/**
 * The people and the records of the authorization matrix (every operation but the assistance requests',
 * the fields that return records, and the live events). Everything is made through the api, as the people
 * allowed would make it; only accounts that nobody signs in with are written directly.
 */

/** The columns of every table, in this order. */
export const WHO = [
  'admin',
  'coordinator',
  /** UNODC's member, who is also UNODC's organization admin. */
  'entityMember',
  /** INTERPOL's member (not an organization admin). */
  'otherEntityMember',
  /** UNDP's observer. */
  'entityObserver',
  /** The Philippines' focal point, also the Philippines' organization admin. */
  'stateFocalPoint',
  /** The Philippines' observer, invited by its focal point. */
  'stateObserver',
  /** The Maldives' focal point. */
  'otherStateFocalPoint',
  'signedOut',
] as const;
export type Who = (typeof WHO)[number];
export type Person = Exclude<Who, 'signedOut'>;
export const PEOPLE = WHO.filter((who): who is Person => who !== 'signedOut');

const STATE_OBSERVER_PASSWORD = 'observer-password-2026';
export const EMAIL: Record<Person, string> = {
  admin: DEMO.admin,
  coordinator: DEMO.coordinator,
  entityMember: DEMO.unodc,
  otherEntityMember: DEMO.interpol,
  entityObserver: DEMO.observer,
  stateFocalPoint: DEMO.philippines,
  stateObserver: 'observer@ph.example',
  otherStateFocalPoint: DEMO.maldives,
};

/** Besides the access answers, the refusal a cell gets once allowed in (a locked thread, input the record refuses). */
export type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'CONFLICT' | 'BAD_USER_INPUT';
export const F = 'FORBIDDEN';
export const NF = 'NOT_FOUND';
export const U = 'UNAUTHENTICATED';

export const CREATE_WORKSPACE = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`;
export const ADD_MEMBER = `mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { role } }`;
export const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { id posts(first: 1) { edges { node { id } } } } }`;
export const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
export const UPDATE_POST = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { id } }`;
export const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id workspace { id } } }`;
export const SET_MILESTONE = `mutation($input: SetProjectMilestoneInput!) { setProjectMilestone(input: $input) { id } }`;
export const RECORD_ACTIVITY = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;
export const RECORD_CONTRIBUTION = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`;
export const RECORD_AGREEMENT = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id } }`;
export const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`;
export const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
export const LINK = `mutation($input: LinkAssistanceRequestToProjectInput!) { linkAssistanceRequestToProject(input: $input) { id } }`;
export const MATCH_REQUEST = `mutation($input: MatchAssistanceRequestInput!) { matchAssistanceRequest(input: $input) { id } }`;
export const MOVE_REQUEST = `mutation($input: TransitionAssistanceRequestInput!) { transitionAssistanceRequest(input: $input) { id } }`;

export interface Env {
  api: TestApp;
  /** Access tokens by column (none for the signed-out column). */
  tokens: Record<Person, string>;
  /** The same demo tokens by the names of DEMO, for the assistance request fixtures. */
  demo: Tokens;
  world: World;
  /** One connection for the digests of refused cells, taken once (a connection per query costs more than the query). */
  db: pg.Client;
}

/** Starts the api on a fresh copy of the database, signs everybody in and makes the shared records. */
export async function startEnv(): Promise<Env> {
  const api = await startTestApp();
  const demo = await signInDemoUsers(api);
  const org = await organizationIds(api);
  const invited = await api.gql(
    INVITE,
    { input: { email: EMAIL.stateObserver, organizationId: org['STATE:PH'], role: 'OBSERVER' } },
    demo.philippines,
  );
  // Accepting signs the new account in: its first session is the observer's token.
  const accepted = await api.gql(ACCEPT, {
    input: {
      token: tokenOf(ok(invited, 'inviteUser').acceptUrl),
      name: 'PH Observer',
      password: STATE_OBSERVER_PASSWORD,
    },
  });
  const tokens: Record<Person, string> = {
    admin: demo.admin,
    coordinator: demo.coordinator,
    entityMember: demo.unodc,
    otherEntityMember: demo.interpol,
    entityObserver: demo.observer,
    stateFocalPoint: demo.philippines,
    stateObserver: ok(accepted, 'acceptInvitation').accessToken,
    otherStateFocalPoint: demo.maldives,
  };
  const db = new pg.Client({ connectionString: api.databaseUrl });
  await db.connect();
  return { api, tokens, demo, db, world: await makeWorld({ api, tokens, demo }, org) };
}

export async function closeEnv(env: Env | undefined): Promise<void> {
  await env?.db.end();
  await env?.api.close();
}

/** A new session of the person (for cells that end or rotate one). */
export const passwordOf = (who: Person) => (who === 'stateObserver' ? STATE_OBSERVER_PASSWORD : DEMO_PASSWORD);
export const signInAgain = (api: TestApp, who: Person) => api.signIn(EMAIL[who], passwordOf(who));

export const tokenOf = (acceptUrl: string) => new URL(acceptUrl).searchParams.get('token')!;

/** The records every table acts on or looks at. */
export interface World {
  org: Record<string, string>;
  /** User ids by email. */
  users: Record<string, string>;
  /** PRIVATE ad hoc workspace of the Philippines and UNODC (organizations), the coordinator owning it. */
  phWorkspace: string;
  /** Opened by the coordinator in phWorkspace; phPost in it is the focal point's, edited once, with a file. */
  phThread: string;
  phPost: string;
  lockedThread: string;
  /** OPEN ad hoc workspace of UNODC and the Philippines (organizations); openPost is the Philippines focal point's. */
  openWorkspace: string;
  openThread: string;
  openPost: string;
  /** PRIVATE workspace of the Philippines and the Maldives, both focal points members in person too. */
  sharedWorkspace: string;
  /** Proposed by the coordinator in phWorkspace; UNODC's member objected to it. */
  phDecision: string;
  /** The coordinator's plan of the BMLE working group (UNOCT chairs, INTERPOL vice-chairs, UNODC a member). */
  bmlePlan: string;
  /** Of bmlePlan: owned by UNODC, led by UNODC's member, linked to mvProject and mvActivity, with a progress
   * note of INTERPOL's member. */
  bmleItem: string;
  /** Opened in sharedWorkspace by the Philippines focal point. */
  sharedThread: string;
  /** The Maldives focal point's reply in sharedThread, quoting its opening post. */
  sharedQuote: string;
  /** Benefits the Philippines; led by UNODC with INTERPOL as partner; one milestone. */
  phProject: string;
  phProjectWorkspace: string;
  /** Benefits the Maldives; led by INTERPOL. */
  mvProject: string;
  /** Benefits both States; led by UNODC with INTERPOL as partner. */
  regionProject: string;
  /** Held in the Philippines, organized by UNODC, featured workshop. */
  phActivity: string;
  /** Held in the Maldives for mvProject (a high-level visit). */
  mvActivity: string;
  /** Held in Thailand for phProject. */
  phProjectActivity: string;
  /** Held in the Philippines for mvProject (a launch). */
  phActivityForMv: string;
  /** Receipts of the Philippines and the Maldives earmarked for regionProject; a pledge of the Philippines for mvProject. */
  phContribution: string;
  mvContribution: string;
  phContributionForMv: string;
  /** A receipt of the Philippines (unearmarked, December 2025) that fulfils its pledge for the Maldives' project. */
  phReceiptFulfilling: string;
  /** MOU of UNODC and the Philippines, for mvProject. */
  phAgreement: string;
  /** Of the Philippines, under review, shared with UNODC, INTERPOL and UNDP; UNODC and INTERPOL offered. */
  phRequest: string;
  phDiscussion: string;
  /** Of the Maldives, submitted (not yet opened), shared with all entities. Both are linked to regionProject. */
  mvRequest: string;
  /** PRIVATE, of the coordinator with the Philippines' focal point and UNODC's member as members. */
  secretWorkspace: string;
  /** STRICTLY_CONFIDENTIAL, of the coordinator's in secretWorkspace, naming the Philippines' focal point. */
  secretThread: string;
  /** A pending invitation (to UNODC) that nobody accepts. */
  invitationToken: string;
  /** The Border Management and Law Enforcement working group. */
  workingGroup: string;
  /** A body the admin made: the Philippines chairs it, UNODC is a member, INTERPOL a guest; a meeting ahead. */
  governanceBody: string;
  /** Of governanceBody: held yesterday, with a file of its workspace and the Philippines and UNODC attending. */
  heldMeeting: string;
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

async function makeWorld(
  { api, tokens, demo }: Pick<Env, 'api' | 'tokens' | 'demo'>,
  org: Record<string, string>,
): Promise<World> {
  const users = await userIds(api);
  const phWorkspace = await makeWorkspace(api, tokens, 'PRIVATE', [org['STATE:PH'], org.UNODC]);
  const phThread = await makeThread(api, tokens.coordinator, phWorkspace);
  const upload = new FormData();
  upload.append('workspaceId', phWorkspace);
  upload.append('file', new Blob([new Uint8Array(PDF)]), 'Assessment.pdf');
  const uploaded = await fetch(`${api.url}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.stateFocalPoint}` },
    body: upload,
    signal: AbortSignal.timeout(20_000),
  });
  if (!uploaded.ok) throw new Error(`upload failed: ${uploaded.status}`);
  const attachment = (await uploaded.json()) as { id: string };
  const phPost = await makePost(api, tokens.stateFocalPoint, phThread, [attachment.id]);
  ok(await api.gql(UPDATE_POST, { input: { id: phPost, body: 'Edited once' } }, tokens.stateFocalPoint), 'updatePost');
  const lockedThread = await makeThread(api, tokens.coordinator, phWorkspace);
  ok(
    await api.gql(
      `mutation($input: SetThreadFlagInput!) { setThreadLocked(input: $input) { id } }`,
      { input: { threadId: lockedThread, value: true } },
      tokens.coordinator,
    ),
    'setThreadLocked',
  );

  const openWorkspace = await makeWorkspace(api, tokens, 'OPEN', [org.UNODC, org['STATE:PH']]);
  const openThread = await makeThread(api, tokens.coordinator, openWorkspace);
  const openPost = await makePost(api, tokens.stateFocalPoint, openThread);

  const sharedWorkspace = await makeWorkspace(api, tokens, 'PRIVATE', [org['STATE:PH'], org['STATE:MV']]);
  await addMember(api, tokens.coordinator, sharedWorkspace, users[DEMO.philippines]);
  await addMember(api, tokens.coordinator, sharedWorkspace, users[DEMO.maldives]);
  const sharedThread = await makeThread(api, tokens.stateFocalPoint, sharedWorkspace);
  const sharedOpening = ok(
    await api.gql(
      `query($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { id } } } } }`,
      { id: sharedThread },
      tokens.stateFocalPoint,
    ),
    'thread',
  ).posts.edges[0].node.id;
  const sharedQuote = ok(
    await api.gql(
      CREATE_POST,
      { input: { threadId: sharedThread, body: 'On your point', quotedPostId: sharedOpening } },
      tokens.otherStateFocalPoint,
    ),
    'createPost',
  ).id;

  const secretWorkspace = await makeWorkspace(api, tokens, 'PRIVATE', []);
  await addMember(api, tokens.coordinator, secretWorkspace, users[DEMO.philippines]);
  await addMember(api, tokens.coordinator, secretWorkspace, users[DEMO.unodc]);
  const secretThread = ok(
    await api.gql(
      CREATE_THREAD,
      {
        input: {
          workspaceId: secretWorkspace,
          title: 'Names of sources',
          body: 'Strictly',
          classification: 'STRICTLY_CONFIDENTIAL',
          participantIds: [users[DEMO.philippines]],
        },
      },
      tokens.coordinator,
    ),
    'createThread',
  ).id;

  const phProjectMade = await makeProject(api, tokens, org, ['PH']);
  const mvProject = (await makeProject(api, tokens, org, ['MV'], 'INTERPOL', [])).id;
  const regionProject = (await makeProject(api, tokens, org, ['PH', 'MV'])).id;
  const phProject = phProjectMade.id;
  await makeMilestone(api, tokens.coordinator, phProject);

  const activity = (input: Record<string, unknown>) =>
    makeActivity(api, tokens.coordinator, { organizerIds: [org.UNODC], ...input });
  const phActivity = await activity({ countryCode: 'PH', type: 'WORKSHOP', featured: true });
  const mvActivity = await activity({ countryCode: 'MV', type: 'HIGH_LEVEL_VISIT', projectId: mvProject });
  const phProjectActivity = await activity({ countryCode: 'TH', type: 'TRAINING', projectId: phProject });
  const phActivityForMv = await activity({ countryCode: 'PH', type: 'LAUNCH', projectId: mvProject });
  await activity({ countryCode: 'TH', type: 'CONFERENCE', projectId: regionProject });

  const contribution = (donor: string, projectId: string, kind = 'RECEIPT') =>
    makeContribution(api, tokens.coordinator, { donorId: org[donor], projectId, kind });
  const phContribution = await contribution('STATE:PH', regionProject);
  const mvContribution = await contribution('STATE:MV', regionProject);
  const phContributionForMv = await contribution('STATE:PH', mvProject, 'PLEDGE');
  const phReceiptFulfilling = await makeContribution(api, tokens.coordinator, {
    donorId: org['STATE:PH'],
    amountUsd: 1000,
    date: '2025-12-15',
    fulfilsPledgeIds: [phContributionForMv],
  });
  const phAgreement = await makeAgreement(api, tokens.coordinator, [org.UNODC, org['STATE:PH']], mvProject);

  const phRequest = await makeRequest(api, demo, org, {
    status: 'UNDER_REVIEW',
    scope: 'NAMED_ENTITIES',
    shared: ['UNODC', 'INTERPOL', 'UNDP'],
    offeredBy: ['unodc', 'interpol'],
  });
  for (const who of ['entityMember', 'otherEntityMember'] as const) {
    ok(await api.gql(ACKNOWLEDGE, { id: phRequest }, tokens[who]), 'acknowledgeAssistanceRequest');
  }
  const [{ thread_id: phDiscussion }] = await api.sql(`SELECT thread_id FROM assistance_requests WHERE id = $1`, [
    phRequest,
  ]);
  const mvRequest = ok(
    await api.gql(
      SUBMIT,
      { input: { title: 'Maritime security', description: 'Port security' } },
      tokens.otherStateFocalPoint,
    ),
    'submitAssistanceRequest',
  ).id;
  for (const requestId of [phRequest, mvRequest]) {
    ok(
      await api.gql(LINK, { input: { requestId, projectId: regionProject } }, tokens.coordinator),
      'linkAssistanceRequestToProject',
    );
  }
  const invitationToken = await makeInvitation(api, tokens.admin, org.UNODC, 'ENTITY_MEMBER');
  const [{ id: workingGroup }] = await api.sql(`SELECT id FROM working_groups WHERE key = 'BMLE'`);
  const phDecision = await makeDecision(api, tokens.coordinator, phWorkspace);
  ok(
    await api.gql(BREAK_SILENCE, { input: { decisionId: phDecision, reason: 'Needs review' } }, tokens.entityMember),
    'breakSilence',
  );

  const bmlePlan = await makeWorkPlan(api, tokens.coordinator, workingGroup, 2031, 1);
  const bmleItem = await makeWorkPlanItem(api, tokens.coordinator, bmlePlan, {
    ownerOrganizationId: org.UNODC,
    leadIds: [users[DEMO.unodc]],
    dueDate: '2031-03-31',
    projectIds: [mvProject],
    activityIds: [mvActivity],
  });
  ok(
    await api.gql(
      UPDATE_WORK_PLAN_ITEM,
      { input: { id: bmleItem, progressNote: 'Terms of reference agreed.' } },
      tokens.otherEntityMember,
    ),
    'updateWorkPlanItem',
  );

  // A body the Philippines chairs; a meeting of it held yesterday with a document and its attendees, and the next one.
  const governance = await makeGovernanceBody({ api, tokens, world: { org } as World }, true);
  const bodyFile = await uploadFile(api, tokens.admin, governance.body);
  const heldMeeting = ok<{ id: string }>(
    await api.gql(
      SCHEDULE_MEETING,
      { input: { ...meetingInput(governance.body), number: 100, documentIds: [bodyFile] } },
      tokens.admin,
    ),
    'scheduleMeeting',
  ).id;
  await api.sql(
    `UPDATE meetings SET starts_at = now() - interval '1 day', ends_at = now() - interval '22 hours' WHERE id = $1`,
    [heldMeeting],
  );
  ok(
    await api.gql(
      `mutation($input: RecordMeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { id } }`,
      { input: { meetingId: heldMeeting, outcome: 'Agreed.', attendeeOrganizationIds: [org['STATE:PH'], org.UNODC] } },
      tokens.stateFocalPoint,
    ),
    'recordMeetingOutcome',
  );

  return {
    org,
    users,
    governanceBody: governance.body,
    heldMeeting,
    bmlePlan,
    bmleItem,
    phWorkspace,
    phThread,
    phPost,
    secretWorkspace,
    secretThread,
    lockedThread,
    openWorkspace,
    openThread,
    openPost,
    sharedWorkspace,
    sharedThread,
    sharedQuote,
    phProject,
    phProjectWorkspace: phProjectMade.workspace.id,
    mvProject,
    regionProject,
    phActivity,
    mvActivity,
    phProjectActivity,
    phActivityForMv,
    phContribution,
    mvContribution,
    phContributionForMv,
    phReceiptFulfilling,
    phAgreement,
    phRequest,
    phDiscussion,
    mvRequest,
    invitationToken,
    workingGroup,
    phDecision,
  };
}

// ---- makers, also used for the fresh records of allowed cells ----

export async function makeWorkspace(
  api: TestApp,
  tokens: Record<Person, string>,
  visibility: 'OPEN' | 'PRIVATE',
  memberOrganizationIds: string[],
): Promise<string> {
  const input = {
    name: `Matrix ${visibility.toLowerCase()} ${randomUUID().slice(0, 8)}`,
    visibility,
    memberOrganizationIds,
  };
  return ok(await api.gql(CREATE_WORKSPACE, { input }, tokens.coordinator), 'createWorkspace').id;
}

export async function addMember(api: TestApp, token: string, workspaceId: string, userId: string, role = 'MEMBER') {
  ok(await api.gql(ADD_MEMBER, { input: { workspaceId, userId, role } }, token), 'addWorkspaceMember');
}

export async function makeThread(api: TestApp, token: string, workspaceId: string, body = 'Opening'): Promise<string> {
  const input = { workspaceId, title: `Topic ${randomUUID().slice(0, 8)}`, body };
  return ok(await api.gql(CREATE_THREAD, { input }, token), 'createThread').id;
}

export async function makePost(
  api: TestApp,
  token: string,
  threadId: string,
  attachmentIds: string[] = [],
  body = 'A reply',
): Promise<string> {
  return ok(await api.gql(CREATE_POST, { input: { threadId, body, attachmentIds } }, token), 'createPost').id;
}

export async function makeProject(
  api: TestApp,
  tokens: Record<Person, string>,
  org: Record<string, string>,
  beneficiaryCountryCodes: string[],
  lead = 'UNODC',
  partners = ['INTERPOL'],
): Promise<{ id: string; workspace: { id: string } }> {
  const input = {
    title: `Project for ${beneficiaryCountryCodes.join(' and ')} ${randomUUID().slice(0, 8)}`,
    leadEntityId: org[lead],
    partners: partners.map((key) => ({ organizationId: org[key] })),
    beneficiaryCountryCodes,
    startDate: '2026-01-01',
  };
  return ok(await api.gql(CREATE_PROJECT, { input }, tokens.coordinator), 'createProject');
}

export const PROPOSE_DECISION = `mutation($input: ProposeDecisionInput!) { proposeDecision(input: $input) { id } }`;
export const BREAK_SILENCE = `mutation($input: BreakSilenceInput!) { breakSilence(input: $input) { id status } }`;

/** A decision by silence procedure, open for a week, proposed by the person of `token` in the workspace. */
export async function makeDecision(api: TestApp, token: string, workspaceId: string): Promise<string> {
  const input = {
    workspaceId,
    title: `Matrix decision ${randomUUID().slice(0, 8)}`,
    text: 'Adopt the joint statement.',
    silenceUntil: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
  };
  return ok(await api.gql(PROPOSE_DECISION, { input }, token), 'proposeDecision').id;
}

export const CREATE_WORK_PLAN = `mutation($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { id } }`;
export const ADD_WORK_PLAN_ITEM = `mutation($input: AddWorkPlanItemInput!) { addWorkPlanItem(input: $input) { id } }`;
export const UPDATE_WORK_PLAN_ITEM = `mutation($input: UpdateWorkPlanItemInput!) { updateWorkPlanItem(input: $input) { id status } }`;

/** The plan of a working group for a half year, made by the person of `token`. */
export async function makeWorkPlan(api: TestApp, token: string, workingGroupId: string, year: number, half: number) {
  const input = { workingGroupId, year, half, title: `Work plan ${year}-${half}` };
  return ok<{ id: string }>(await api.gql(CREATE_WORK_PLAN, { input }, token), 'createWorkPlan').id;
}

/** An item of a plan of the first half of its year, due at the end of March unless said otherwise. */
export async function makeWorkPlanItem(
  api: TestApp,
  token: string,
  workPlanId: string,
  input: { ownerOrganizationId: string } & Record<string, unknown>,
): Promise<string> {
  const item = { workPlanId, title: `Item ${randomUUID().slice(0, 8)}`, pillar: 'II', dueDate: '2031-03-31', ...input };
  return ok<{ id: string }>(await api.gql(ADD_WORK_PLAN_ITEM, { input: item }, token), 'addWorkPlanItem').id;
}

export async function makeMilestone(api: TestApp, token: string, projectId: string): Promise<string> {
  const input = { projectId, title: 'Inception', dueDate: '2026-04-30' };
  return ok(await api.gql(SET_MILESTONE, { input }, token), 'setProjectMilestone').id;
}

export async function makeActivity(api: TestApp, token: string, input: Record<string, unknown>): Promise<string> {
  const values = { title: `Activity ${randomUUID().slice(0, 8)}`, type: 'WORKSHOP', startDate: '2026-02-10', ...input };
  return ok(await api.gql(RECORD_ACTIVITY, { input: values }, token), 'recordActivity').id;
}

export async function makeContribution(api: TestApp, token: string, input: Record<string, unknown>): Promise<string> {
  const values = { kind: 'RECEIPT', amountUsd: 250000, date: '2026-02-01', ...input };
  return ok(await api.gql(RECORD_CONTRIBUTION, { input: values }, token), 'recordContribution').id;
}

export async function makeAgreement(api: TestApp, token: string, partyIds: string[], projectId?: string) {
  const input = { type: 'MOU', subject: 'Border security cooperation', dateSigned: '2026-03-01', partyIds, projectId };
  return ok(await api.gql(RECORD_AGREEMENT, { input }, token), 'recordAgreement').id as string;
}

/** A pending invitation's token. */
export async function makeInvitation(api: TestApp, token: string, organizationId: string, role: string) {
  const input = { email: `invitee-${randomUUID().slice(0, 8)}@matrix.example`, organizationId, role };
  return tokenOf(ok(await api.gql(INVITE, { input }, token), 'inviteUser').acceptUrl);
}

/** An account nobody signs in with, written directly: the target of account administration. */
export async function makeAccount(api: TestApp, organizationId: string, role: string): Promise<string> {
  const [{ id }] = await api.sql(
    `INSERT INTO users (email, name, password_hash, organization_id, role)
     VALUES ($1, 'Matrix Person', 'no password', $2, $3) RETURNING id`,
    [`person-${randomUUID().slice(0, 8)}@matrix.example`, organizationId, role],
  );
  return id;
}

let tables: string[] | undefined;

/**
 * What is digested of the rows whose other columns change in the background: mail being delivered, audit
 * events being sealed into their chain.
 */
const WRITTEN_BY_REQUESTS: Record<string, string> = {
  mail_messages: 'ROW(t.id, t.kind, t.to_address)',
  audit_events: 'ROW(t.id, t.action, t.target_type, t.target_id, t.details)',
};

/**
 * A digest of every table (its rows and the sum of their hashes), by table: what a refused operation must
 * leave exactly as it was. The cells of one file run one after the other, so any difference is the cell's.
 */
export async function fingerprint({ db }: Env): Promise<Record<string, string>> {
  tables ??= (
    await db.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  ).rows.map((row) => row.name as string);
  const { rows } = await db.query(
    tables
      .map(
        (name) =>
          `SELECT '${name}' AS name, count(*) || ':' ||
             coalesce(sum(hashtextextended((${WRITTEN_BY_REQUESTS[name] ?? 't'})::text, 0)), 0) AS digest FROM "${name}" t`,
      )
      .join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

export const CREATE_GOVERNANCE_BODY = `mutation($input: CreateGovernanceBodyInput!) { createGovernanceBody(input: $input) { id } }`;
export const SET_GOVERNANCE_BODY_MEMBER = `mutation($input: SetGovernanceBodyMemberInput!) { setGovernanceBodyMember(input: $input) { role } }`;
export const SCHEDULE_MEETING = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;

/**
 * A body the admin made (owning its workspace) with the Philippines as chair, UNODC as member and INTERPOL
 * as guest; with `meeting`, a meeting of it the admin scheduled ten days ahead.
 */
export async function makeGovernanceBody(
  { api, tokens, world }: Pick<Env, 'api' | 'tokens' | 'world'>,
  withMeeting = false,
): Promise<{ body: string; meeting: string }> {
  const made = await api.gql(
    CREATE_GOVERNANCE_BODY,
    { input: { names: { en: `Matrix board ${randomUUID().slice(0, 8)}` } } },
    tokens.admin,
  );
  const body = ok<{ id: string }>(made, 'createGovernanceBody').id;
  for (const [key, role] of [
    ['STATE:PH', 'CHAIR'],
    ['UNODC', 'MEMBER'],
    ['INTERPOL', 'GUEST'],
  ] as const) {
    const input = { bodyId: body, organizationId: world.org[key], role };
    ok(await api.gql(SET_GOVERNANCE_BODY_MEMBER, { input }, tokens.admin), 'setGovernanceBodyMember');
  }
  if (!withMeeting) return { body, meeting: '' };
  const scheduled = await api.gql(SCHEDULE_MEETING, { input: meetingInput(body) }, tokens.admin);
  return { body, meeting: ok<{ id: string }>(scheduled, 'scheduleMeeting').id };
}

export const meetingInput = (bodyId: string) => ({
  bodyId,
  startsAt: new Date(Date.now() + 10 * 24 * 3600_000).toISOString(),
  endsAt: new Date(Date.now() + 10 * 24 * 3600_000 + 2 * 3600_000).toISOString(),
  timeZone: 'Asia/Manila',
  place: 'Manila',
  agenda: ['Adoption of the agenda'],
});

/** A file of the admin's put in a governance body's workspace library (through a post), for its meetings. */
async function uploadFile(api: TestApp, token: string, bodyId: string): Promise<string> {
  const [body] = await api.sql(`SELECT workspace_id FROM governance_bodies WHERE id = $1`, [bodyId]);
  const form = new FormData();
  form.append('workspaceId', body.workspace_id);
  form.append('file', new Blob([new Uint8Array(PDF)]), 'Agenda.pdf');
  const uploaded = await fetch(`${api.url}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
    signal: AbortSignal.timeout(20_000),
  });
  if (!uploaded.ok) throw new Error(`upload failed: ${uploaded.status}`);
  const { id } = (await uploaded.json()) as { id: string };
  const thread = await api.gql(
    CREATE_THREAD,
    { input: { workspaceId: body.workspace_id, title: 'Meeting documents', body: 'Agenda', attachmentIds: [id] } },
    token,
  );
  ok(thread, 'createThread');
  return id;
}

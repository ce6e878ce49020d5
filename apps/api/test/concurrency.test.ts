import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLIENT_EVENTS, NOTIFICATION_SYNC_PAGE_SIZE, RECOVERY_CODE_COUNT } from '@ctcp/shared';
import { generate } from 'otplib';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomToken, sha256 } from '../src/modules/auth/tokens.js';
import { printableWebApp } from './print-fixture.js';
import {
  ACKNOWLEDGE,
  FEEDBACK,
  makeRequest,
  MATCH,
  OFFER,
  ok,
  organizationIds,
  SUBMIT,
  TRANSITION,
  UPDATE,
  WIDEN_SHARING,
  WITHDRAW_OFFER,
} from './assistance-requests.fixtures.js';
import {
  DEMO,
  DEMO_PASSWORD,
  type GraphQLResponse,
  SIGN_IN,
  signInDemoUsers,
  type TestApp,
  startTestApp,
  userIds,
  workingGroupWorkspaces,
} from './harness.js';
import { connectSocket, request } from './sockets.js';

/**
 * Every mutation, fired by many people at once against a small pool: each call answers (success, or
 * the clean refusal a racing duplicate deserves), the api keeps serving, and the data stays whole.
 * A transaction that asked the pool for a second connection would answer INTERNAL here.
 */

const POOL_SIZE = 4;
/** Three times the pool: every connection is taken and requests queue for one. */
const AT_ONCE = POOL_SIZE * 3;
/** Each call is bounded by the harness (20 s); a test makes a few rounds of them on a busy two-core machine. */
const SLOW = { timeout: 120_000 };

type Answer = GraphQLResponse<any>;

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const OPEN_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id posts { edges { node { id } } } } }`;
const ME = `query { me { id email } }`;
const ENROLL_TOTP = `mutation { enrollTotp { secret } }`;
const CONFIRM_TOTP = `mutation($code: String!) { confirmTotp(input: { code: $code }) { recoveryCodes } }`;
const DISABLE_TOTP = `mutation($code: String!) { disableTotp(input: { code: $code }) }`;
const COMPLETE_SIGN_IN = `mutation($mfaToken: String!, $code: String!) { completeSignIn(input: { mfaToken: $mfaToken, code: $code }) { accessToken } }`;
const MY_SESSIONS = `query { mySessions { id current } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id unread postCount } }`;
const WORKSPACE = `query($id: ID!) { workspace(id: $id) { id } }`;
const REFRESH = `mutation($token: String) { refreshSession(input: { refreshToken: $token }) { accessToken refreshToken user { email } } }`;
const SIGN_OUT = `mutation { signOut }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl invitation { id email } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email name } } }`;
const RESEND_INVITATION = `mutation($id: ID!) { resendInvitation(id: $id) { acceptUrl } }`;
const REVOKE_INVITATION = `mutation($id: ID!) { revokeInvitation(id: $id) }`;
const REQUEST_PASSWORD_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET_PASSWORD = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const SET_ROLE = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { id role isOrganizationAdmin } }`;
const SET_DISABLED = `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id disabled } }`;
const UPDATE_PROFILE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id name preferredLanguage } }`;
const CREATE_WORKSPACE = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`;
const ADD_MEMBER = `mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { role user { id } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveWorkspaceMemberInput!) { removeWorkspaceMember(input: $input) }`;
const UPDATE_POST = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { id body } }`;
const DELETE_POST = `mutation($id: ID!) { deletePost(id: $id) { id deleted } }`;
const REACT = `mutation($input: ToggleReactionInput!) { toggleReaction(input: $input) { id reactions { emoji count } } }`;
const PIN = `mutation($input: SetThreadFlagInput!) { setThreadPinned(input: $input) { pinned } }`;
const LOCK = `mutation($input: SetThreadFlagInput!) { setThreadLocked(input: $input) { locked } }`;
const FOLLOW = `mutation($input: SetThreadFlagInput!) { followThread(input: $input) { viewerFollows } }`;
const REQUEST_BREAK_GLASS = `mutation($input: BreakGlassOnAssistanceRequestInput!) {
  breakGlassOnAssistanceRequest(input: $input) { id }
}`;
const PROJECT_BREAK_GLASS = `mutation($input: BreakGlassOnProjectInput!) { breakGlassOnProject(input: $input) { id } }`;
const CHANGE_PROJECT_MARKING = `mutation($input: ChangeProjectClassificationInput!) {
  changeProjectClassification(input: $input) { id }
}`;
const CHANGE_REQUEST_MARKING = `mutation($input: ChangeAssistanceRequestClassificationInput!) {
  changeAssistanceRequestClassification(input: $input) { id }
}`;
const CHANGE_MARKING = `mutation($input: ChangeThreadClassificationInput!) { changeThreadClassification(input: $input) { id } }`;
const SET_PARTICIPANTS = `mutation($input: SetThreadParticipantsInput!) { setThreadParticipants(input: $input) { id } }`;
const BREAK_GLASS = `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id } }`;
const MARK_THREAD_READ = `mutation($threadId: ID!) { markThreadRead(threadId: $threadId) { unread } }`;
const MARK_READ = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;
const LINK = `mutation($input: LinkAssistanceRequestToProjectInput!) { linkAssistanceRequestToProject(input: $input) { id } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id workspace { id } } }`;
const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id title } }`;
const SET_MILESTONE = `mutation($input: SetProjectMilestoneInput!) { setProjectMilestone(input: $input) { id title } }`;
const DELETE_MILESTONE = `mutation($id: ID!) { deleteProjectMilestone(id: $id) }`;
const RECORD_ACTIVITY = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;
const UPDATE_ACTIVITY = `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id title } }`;
const DELETE_ACTIVITY = `mutation($id: ID!) { deleteActivity(id: $id) }`;
const RECORD_CONTRIBUTION = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`;
const UPDATE_CONTRIBUTION = `mutation($input: UpdateContributionInput!) { updateContribution(input: $input) { id amountUsd } }`;
const RECORD_AGREEMENT = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id } }`;
const PROPOSE_DECISION = `mutation($input: ProposeDecisionInput!) { proposeDecision(input: $input) { id status } }`;
const BREAK_SILENCE = `mutation($input: BreakSilenceInput!) { breakSilence(input: $input) { id status } }`;
const WITHDRAW_DECISION = `mutation($id: ID!) { withdrawDecision(id: $id) { id status } }`;
const UPDATE_AGREEMENT = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { id subject } }`;

let api: TestApp;
let tokens: Awaited<ReturnType<typeof signInDemoUsers>>;
let workspaces: Record<string, string>;
let org: Record<string, string>;
let ids: Record<string, string>;
/** Twelve people of the two entities that take part in the BMLE workspace: 0-5 UNODC, 6-11 INTERPOL (0 and 6 the demo ones). */
const crowd: { email: string; id: string; token: string }[] = [];
/** A second focal point of the Philippines and a second platform admin, so that several people act on one record. */
let focalPoint2: string;
let admin2: string;

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/** Inserts people (with the demo password); returns their ids by email. */
async function addPeople(organizationKey: string, role: string, emails: string[]): Promise<Record<string, string>> {
  const rows = await api.sql(
    `INSERT INTO users (email, name, password_hash, organization_id, role, preferred_language)
     SELECT e.email, 'Person ' || e.email, d.password_hash, o.id, $3, 'en'
       FROM unnest($1::text[]) AS e(email), users d, organizations o
      WHERE d.email = $4 AND o.key = $2
     RETURNING id, email`,
    [emails, organizationKey, role, DEMO.admin],
  );
  expect(rows).toHaveLength(emails.length);
  return Object.fromEntries(rows.map((row) => [row.email, row.id]));
}

/** A call that got no answer at all (aborted after the harness's bound) counts as such, not as a crash of the test. */
async function settled(response: Promise<Answer>): Promise<Answer> {
  try {
    return await response;
  } catch (error) {
    return {
      status: 0,
      errors: [{ message: String(error), extensions: { code: 'NO_ANSWER' } }],
      headers: new Headers(),
    };
  }
}

const outcome = (answer: Answer) =>
  answer.errors?.length ? (answer.errors[0].extensions?.code ?? 'NO_CODE') : answer.data ? 'OK' : 'NO_DATA';

const successes = (answers: Answer[]) => answers.filter((answer) => outcome(answer) === 'OK');

/** The answers that are neither a success nor one of the allowed refusals, with their index and message. */
function unexpected(answers: Answer[], refusals: readonly string[]) {
  return answers
    .map((answer, index) => ({ index, code: outcome(answer), message: answer.errors?.[0]?.message }))
    .filter(({ code }) => code !== 'OK' && !refusals.includes(code));
}

/**
 * Invariants that hold whatever the mutations did; each names the row at fault. A test compares them
 * before and after, so that one defect is reported once, by the mutation that caused it.
 */
async function violations(): Promise<string[]> {
  const rows = await api.sql<{ problem: string }>(`
    SELECT 'notification seq ' || seq || ' of user ' || user_id || ' appears ' || count(*) || ' times' AS problem
      FROM notifications GROUP BY user_id, seq HAVING count(*) > 1
    UNION ALL
    SELECT 'notification seqs of user ' || user_id || ' run ' || min(seq) || '..' || max(seq) || ' with ' || count(DISTINCT seq) || ' values'
      FROM notifications GROUP BY user_id HAVING min(seq) <> 1 OR max(seq) <> count(DISTINCT seq)
    UNION ALL
    SELECT 'notification counter of user ' || c.user_id || ' is ' || c.last_seq || ', the last seq ' || coalesce(max(n.seq), 0)
      FROM notification_counters c LEFT JOIN notifications n ON n.user_id = c.user_id
     GROUP BY c.user_id, c.last_seq HAVING c.last_seq <> coalesce(max(n.seq), 0)
    UNION ALL
    SELECT DISTINCT 'notifications of user ' || n.user_id || ' have no counter'
      FROM notifications n LEFT JOIN notification_counters c ON c.user_id = n.user_id WHERE c.user_id IS NULL
    UNION ALL
    SELECT 'thread ' || t.id || ' counts ' || t.post_count || ' posts but has ' || count(p.id)
      FROM threads t LEFT JOIN posts p ON p.thread_id = t.id GROUP BY t.id HAVING t.post_count <> count(p.id)
    UNION ALL
    SELECT 'request ' || request_id || ': step ' || step || ' (' || coalesce(from_status, '-') || ' -> ' || to_status || ') does not follow ' || coalesce(previous, 'nothing')
      FROM (SELECT request_id, step, from_status, to_status,
                   lag(to_status) OVER (PARTITION BY request_id ORDER BY step) AS previous,
                   row_number() OVER (PARTITION BY request_id ORDER BY step) AS position
              FROM assistance_request_transitions) t
     WHERE step <> position OR from_status IS DISTINCT FROM previous
    UNION ALL
    SELECT 'request ' || r.id || ' is ' || r.status || ' but its timeline ends at ' || coalesce(last.to_status, 'nothing')
      FROM assistance_requests r
      LEFT JOIN LATERAL (SELECT to_status FROM assistance_request_transitions WHERE request_id = r.id ORDER BY step DESC LIMIT 1) last ON true
     WHERE last.to_status IS DISTINCT FROM r.status
    UNION ALL
    SELECT 'workspace ' || w.id || ' (' || w.kind || ') has no owner' FROM workspaces w
     WHERE w.kind = 'AD_HOC'
       AND NOT EXISTS (SELECT 1 FROM workspace_members m WHERE m.workspace_id = w.id AND m.role = 'OWNER')
    UNION ALL
    SELECT 'pledge ' || c.id || ' of USD ' || c.amount_usd || ' is fulfilled by USD ' || sum(f.amount_usd)
      FROM contributions c JOIN contribution_fulfilments f ON f.pledge_id = c.id
     GROUP BY c.id, c.amount_usd HAVING sum(f.amount_usd) > c.amount_usd
    UNION ALL
    SELECT 'receipt ' || c.id || ' of USD ' || c.amount_usd || ' allocates USD ' || sum(f.amount_usd)
      FROM contributions c JOIN contribution_fulfilments f ON f.receipt_id = c.id
     GROUP BY c.id, c.amount_usd HAVING sum(f.amount_usd) > c.amount_usd
  `);
  return rows.map((row) => row.problem);
}

/** Readiness answers, nobody waits for a connection any more, and a query is served. */
async function expectServing(): Promise<void> {
  const ready = await fetch(`${api.url}/health/ready`);
  expect(ready.status).toBe(200);
  expect(((await ready.json()) as { pool: { saturated: boolean } }).pool.saturated).toBe(false);
  expect((await api.gql(ME, {}, tokens.coordinator)).data?.me.email).toBe(DEMO.coordinator);
}

interface Case<S> {
  /** Who does it at once, and what must hold afterwards. */
  story: string;
  setup(): Promise<S>;
  call(state: S, index: number): Promise<Answer>;
  /** Other traffic on the same record at the same moment, as on a busy day. */
  alongside?(state: S, index: number): Promise<Answer>;
  /** The clean refusals that are the right answer when calls race (e.g. the second of two withdrawals). */
  refusals?: readonly string[];
  alongsideRefusals?: readonly string[];
  check(state: S, answers: Answer[], alongside: Answer[]): Promise<void>;
}

async function run<S>(scenario: Case<S>): Promise<void> {
  const state = await scenario.setup();
  const before = await violations();
  const [answers, alongside] = await Promise.all([
    Promise.all(range(AT_ONCE).map((index) => settled(scenario.call(state, index)))),
    Promise.all(scenario.alongside ? range(AT_ONCE).map((index) => settled(scenario.alongside!(state, index))) : []),
  ]);
  expect(unexpected(answers, scenario.refusals ?? []), 'answers other than success or a clean refusal').toEqual([]);
  expect(unexpected(alongside, scenario.alongsideRefusals ?? []), 'answers to the traffic alongside').toEqual([]);
  await expectServing();
  expect((await violations()).filter((problem) => !before.includes(problem))).toEqual([]);
  await scenario.check(state, answers, alongside);
}

const scenario = <S>(definition: Case<S>): Case<any> => definition;

/** INTERPOL's demo member moderates BMLE; the coordinator owns it. */
const moderators = () => [tokens.interpol, tokens.coordinator];

const tokenOf = (acceptUrl: string) => new URL(acceptUrl).searchParams.get('token')!;

/**
 * Sessions written straight into the database, then refreshed through the api for their tokens: a
 * sign-in costs an argon2 verification, slow on a busy machine and beside the point except for signIn.
 */
async function sessionsOf(emails: string[]): Promise<{ accessToken: string; refreshToken: string }[]> {
  const minted = emails.map((email) => ({ email, id: randomUUID(), secret: randomToken() }));
  await api.sql(
    `INSERT INTO auth_sessions (id, user_id, refresh_token_hash, expires_at, last_used_at, ip_address)
     SELECT s.id, u.id, s.hash, now() + interval '1 day', now(), '127.0.0.1'
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS s(id, email, hash) JOIN users u ON u.email = s.email`,
    [minted.map((session) => session.id), emails, minted.map((session) => sha256(session.secret))],
  );
  return Promise.all(
    minted.map(async ({ id, secret }) =>
      ok<{ accessToken: string; refreshToken: string }>(
        await api.gql(REFRESH, { token: `${id}.${secret}` }),
        'refreshSession',
      ),
    ),
  );
}

const totpCode = (secret: string) => generate({ secret });

/** A person of UNDP with two-factor sign-in on: their session, secret and recovery codes. */
async function personWithTwoFactor(email: string) {
  await addPeople('UNDP', 'ENTITY_MEMBER', [email]);
  const [session] = await sessionsOf([email]);
  const { secret } = ok<{ secret: string }>(await api.gql(ENROLL_TOTP, {}, session.accessToken), 'enrollTotp');
  const confirmed = await api.gql(CONFIRM_TOTP, { code: await totpCode(secret) }, session.accessToken);
  const { recoveryCodes } = ok<{ recoveryCodes: string[] }>(confirmed, 'confirmTotp');
  // The code just used may be used again by the scenario: the api takes each period's code once.
  await api.sql(
    `UPDATE totp_factors SET last_time_step = NULL WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
    [email],
  );
  return { email, session, secret, recoveryCodes };
}

async function openThread(token: string, body = 'Opening post', workspaceId = workspaces.BMLE) {
  const thread = ok(
    await api.gql(OPEN_THREAD, { input: { workspaceId, title: 'Busy thread', body } }, token),
    'createThread',
  );
  return { threadId: thread.id as string, firstPostId: thread.posts.edges[0].node.id as string };
}

/** A project led by UNODC with INTERPOL as partner, for the Philippines. */
const newProject = (token: string, title: string, classification = 'UNCLASSIFIED') =>
  api.gql(
    CREATE_PROJECT,
    {
      input: {
        title,
        leadEntityId: org.UNODC,
        partnerEntityIds: [org.INTERPOL],
        beneficiaryCountryCodes: ['PH'],
        status: 'ACTIVE',
        startDate: '2026-01-01',
        classification,
      },
    },
    token,
  );

const createProject = async (classification = 'UNCLASSIFIED') =>
  ok(await newProject(tokens.coordinator, 'Border management', classification), 'createProject').id as string;

const activityInput = (title: string, projectId: string, organizerIds: string[]) => ({
  type: 'WORKSHOP',
  title,
  startDate: '2026-03-02',
  countryCode: 'PH',
  projectId,
  organizerIds,
});

async function upload(token: string, content: Buffer, workspaceId = workspaces.BMLE) {
  const form = new FormData();
  form.append('workspaceId', workspaceId);
  form.append('file', new Blob([new Uint8Array(content)]), 'report.pdf');
  const response = await fetch(`${api.url}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const pdf = (label: string) => Buffer.from(`%PDF-1.7\n% ${label}\n1 0 obj << >> endobj\n%%EOF\n`);
const ADD_WORKSPACE_FILES = `mutation($input: AddWorkspaceFilesInput!) { addWorkspaceFiles(input: $input) { id } }`;
const storedFile = (storageKey: string) => join(api.config.dataDir, 'uploads', storageKey.slice(0, 2), storageKey);

/** The audit events of one target, oldest first (ids are taken under the target's lock). */
const CREATE_UNIT = `mutation($input: CreateOrganizationUnitInput!) { createOrganizationUnit(input: $input) { id } }`;
const UPDATE_UNIT = `mutation($input: UpdateOrganizationUnitInput!) { updateOrganizationUnit(input: $input) { id } }`;
const UPDATE_ORGANIZATION = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;
const SET_MEMBERSHIP = `mutation($input: SetWorkingGroupMembershipInput!) { setWorkingGroupMembership(input: $input) { role } }`;
const REMOVE_MEMBERSHIP = `mutation($input: RemoveWorkingGroupMembershipInput!) { removeWorkingGroupMembership(input: $input) }`;
const SET_USER_UNIT = `mutation($input: SetUserUnitInput!) { setUserUnit(input: $input) { id } }`;

/** A unit of the organization, made by an admin. */
async function unitOf(organizationKey: string, name: string): Promise<string> {
  const input = { organizationId: org[organizationKey], names: { en: name } };
  return ok(await api.gql(CREATE_UNIT, { input }, tokens.admin), 'createOrganizationUnit').id;
}

const CREATE_WORK_PLAN = `mutation($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { id } }`;
const ADD_WORK_PLAN_ITEM = `mutation($input: AddWorkPlanItemInput!) { addWorkPlanItem(input: $input) { id } }`;
const UPDATE_WORK_PLAN_ITEM = `mutation($input: UpdateWorkPlanItemInput!) { updateWorkPlanItem(input: $input) { id } }`;

/** The id of the working group of `key` (BMLE, GENDER...). */
async function workingGroupId(key: string): Promise<string> {
  const [group] = await api.sql(`SELECT id FROM working_groups WHERE key = $1`, [key]);
  return group.id;
}

/** A plan of BMLE for a half year, made by the coordinator. */
async function bmlePlan(year: number, half: number): Promise<string> {
  const input = { workingGroupId: await workingGroupId('BMLE'), year, half, title: `BMLE ${year}/${half}` };
  return ok(await api.gql(CREATE_WORK_PLAN, { input }, tokens.coordinator), 'createWorkPlan').id;
}

const workPlanItem = (workPlanId: string, title: string, dueDate: string) => ({
  workPlanId,
  title,
  pillar: 'II',
  ownerOrganizationId: org.UNODC,
  dueDate,
});

const auditOf = (action: string, targetId: string) =>
  api.sql(`SELECT actor_id, details FROM audit_events WHERE action = $1 AND target_id = $2 ORDER BY id`, [
    action,
    targetId,
  ]);

beforeAll(async () => {
  api = await startTestApp({
    databasePool: { size: POOL_SIZE, timeoutMs: 15_000, statementTimeoutMs: 30_000, preparedStatements: true },
    // Reports published to a governance body are printed: the printer needs a web app to print.
    webDistDir: await printableWebApp(),
  });
  tokens = await signInDemoUsers(api);
  workspaces = await workingGroupWorkspaces(api);
  org = await organizationIds(api);
  const unodc = range(5).map((index) => `unodc.${index + 1}@unodc.example`);
  const interpol = range(5).map((index) => `interpol.${index + 1}@interpol.example`);
  await addPeople('UNODC', 'ENTITY_MEMBER', unodc);
  await addPeople('INTERPOL', 'ENTITY_MEMBER', interpol);
  await addPeople('STATE:PH', 'FOCAL_POINT', ['focal.2@ph.example']);
  await addPeople('UNOCT', 'ADMIN', ['admin.2@unoct.example']);
  ids = await userIds(api);
  const emails = [DEMO.unodc, ...unodc, DEMO.interpol, ...interpol];
  const signedIn = await sessionsOf([...emails, 'focal.2@ph.example', 'admin.2@unoct.example']);
  crowd.push(...emails.map((email, index) => ({ email, id: ids[email], token: signedIn[index].accessToken })));
  focalPoint2 = signedIn[emails.length].accessToken;
  admin2 = signedIn[emails.length + 1].accessToken;
}, 120_000);
afterAll(() => api?.close());

describe('concurrent posts into one thread', () => {
  it('answers thirty at once (seven times the pool), and the api answers afterwards', async () => {
    const thread = await api.gql(
      CREATE_THREAD,
      { input: { workspaceId: workspaces.CC, title: 'Busy', body: 'Start' } },
      tokens.coordinator,
    );
    const threadId = thread.data!.createThread.id;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        api.gql(CREATE_POST, { input: { threadId, body: `Reply ${index}` } }, tokens.coordinator),
      ),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(answers.map(() => undefined));
    expect(await fetch(`${api.url}/health/ready`).then((response) => response.status)).toBe(200);
  });
});

const VERIFY_AUDIT_CHAIN = `mutation { verifyAuditChain { ok checked firstBrokenId } }`;
const CREATE_BODY = `mutation($input: CreateGovernanceBodyInput!) { createGovernanceBody(input: $input) { id } }`;
const SET_BODY_MEMBER = `mutation($input: SetGovernanceBodyMemberInput!) { setGovernanceBodyMember(input: $input) { role } }`;
const REMOVE_BODY_MEMBER = `mutation($input: RemoveGovernanceBodyMemberInput!) { removeGovernanceBodyMember(input: $input) }`;
const SCHEDULE_MEETING = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id number } }`;
const UPDATE_MEETING = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`;
const RECORD_OUTCOME = `mutation($input: RecordMeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { id } }`;
const PUBLISH_REPORT = `mutation($year: Int!, $quarter: Int!, $bodyId: ID!) {
  publishQuarterlyReport(year: $year, quarter: $quarter, bodyId: $bodyId) { id } }`;

/** A new body with UNOCT (the coordinator's and admins' organization) as its secretariat. */
async function governanceBody(): Promise<{ id: string; workspaceId: string }> {
  const name = `Board ${randomUUID().slice(0, 8)}`;
  const body = ok(await api.gql(CREATE_BODY, { input: { names: { en: name } } }, tokens.admin), 'createGovernanceBody');
  const input = { bodyId: body.id, organizationId: org.UNOCT, role: 'SECRETARIAT' };
  ok(await api.gql(SET_BODY_MEMBER, { input }, tokens.admin), 'setGovernanceBodyMember');
  const [row] = await api.sql(`SELECT workspace_id FROM governance_bodies WHERE id = $1`, [body.id]);
  return { id: body.id, workspaceId: row.workspace_id };
}

/** The `index`th of a body's meetings, each on its own day ahead. */
const meetingOf = (bodyId: string, index: number) => ({
  bodyId,
  startsAt: new Date(Date.now() + (index + 2) * 24 * 3600_000).toISOString(),
  endsAt: new Date(Date.now() + (index + 2) * 24 * 3600_000 + 3600_000).toISOString(),
  timeZone: 'Europe/Vienna',
  place: 'Vienna International Centre',
  agenda: ['Adoption of the agenda'],
});

/** One entry per mutation of schema.gql (a test below checks that none is missing). */
const CASES: Record<string, Case<any>> = {
  // ---- sessions ----

  signIn: scenario({
    story: 'four people sign in three times each (several tabs and devices at once): every session is recorded',
    async setup() {
      const [{ now }] = await api.sql(`SELECT now()`);
      return { since: now as Date, emails: [DEMO.coordinator, DEMO.unodc, DEMO.interpol, DEMO.observer] };
    },
    call: ({ emails }, index) => api.gql(SIGN_IN, { email: emails[index % 4], password: DEMO_PASSWORD }),
    async check({ since, emails }, answers) {
      const refreshTokens = answers.map((answer) => answer.data!.signIn.refreshToken as string);
      const sessions = await api.sql(`SELECT id, user_id, refresh_token_hash, revoked_at FROM auth_sessions`);
      for (const [index, token] of refreshTokens.entries()) {
        const [sessionId, secret] = token.split('.');
        const session = sessions.find((row) => row.id === sessionId);
        expect(session).toMatchObject({ user_id: ids[emails[index % 4]], refresh_token_hash: sha256(secret) });
      }
      expect(new Set(refreshTokens.map((token) => token.split('.')[0])).size).toBe(AT_ONCE);
      const attempts = await api.sql(
        `SELECT succeeded, count(*)::int AS n FROM sign_in_attempts WHERE attempted_at >= $1 GROUP BY succeeded`,
        [since],
      );
      expect(attempts).toEqual([{ succeeded: true, n: AT_ONCE }]);
    },
  }),

  refreshSession: scenario({
    story: 'twelve sessions of four people refresh at once: each rotates once, none is taken for a stolen token',
    async setup() {
      const emails = range(AT_ONCE).map(
        (index) => [DEMO.coordinator, DEMO.unodc, DEMO.interpol, DEMO.observer][index % 4],
      );
      const sessions = await sessionsOf(emails);
      const [{ reused }] = await api.sql(
        `SELECT count(*)::int AS reused FROM audit_events WHERE action = 'session.refresh_token_reused'`,
      );
      return { emails, refreshTokens: sessions.map((session) => session.refreshToken), reused };
    },
    call: ({ refreshTokens }, index) => api.gql(REFRESH, { token: refreshTokens[index] }),
    async check({ emails, refreshTokens, reused }, answers) {
      for (const [index, answer] of answers.entries()) {
        const rotated = answer.data!.refreshSession;
        const [sessionId, secret] = rotated.refreshToken.split('.');
        expect(sessionId).toBe(refreshTokens[index].split('.')[0]);
        const [session] = await api.sql(`SELECT refresh_token_hash, revoked_at FROM auth_sessions WHERE id = $1`, [
          sessionId,
        ]);
        expect(session).toEqual({ refresh_token_hash: sha256(secret), revoked_at: null });
        expect((await api.gql(ME, {}, rotated.accessToken)).data?.me.email).toBe(emails[index]);
      }
      expect(
        await api.sql(`SELECT count(*)::int AS reused FROM audit_events WHERE action = 'session.refresh_token_reused'`),
      ).toEqual([{ reused }]);
    },
  }),

  signOut: scenario({
    story:
      'six sessions each sign out twice at once (a double click): they end, another session of the same people stays',
    async setup() {
      const emails = [DEMO.unodc, DEMO.interpol, DEMO.observer];
      const sessions = await sessionsOf([...emails, ...emails, ...emails]);
      return { leaving: sessions.slice(0, 6), staying: sessions.slice(6) };
    },
    call: ({ leaving }, index) => api.gql(SIGN_OUT, {}, leaving[index % 6].accessToken),
    async check({ leaving, staying }, answers) {
      expect(answers.map((answer) => answer.data?.signOut)).toEqual(answers.map(() => true));
      const revoked = async (token: string) =>
        (await api.sql(`SELECT revoked_at FROM auth_sessions WHERE id = $1`, [token.split('.')[0]]))[0].revoked_at;
      for (const session of leaving) expect(await revoked(session.refreshToken)).not.toBeNull();
      for (const session of staying) expect(await revoked(session.refreshToken)).toBeNull();
    },
  }),

  completeSignIn: scenario({
    story:
      'one person’s right code sent from twelve sign-ins at once: a code is good once, so exactly one session starts',
    async setup() {
      const person = await personWithTwoFactor('two-factor.signing-in@undp.example');
      const mfaTokens = await Promise.all(
        range(AT_ONCE).map(async () => {
          const answer = await api.gql(SIGN_IN, { email: person.email, password: DEMO_PASSWORD });
          return answer.errors![0].extensions!.mfaToken as string;
        }),
      );
      const [{ sessions }] = await api.sql(`SELECT count(*)::int AS sessions FROM auth_sessions`);
      return { code: await totpCode(person.secret), mfaTokens, sessionsBefore: sessions as number };
    },
    call: ({ code, mfaTokens }, index) => api.gql(COMPLETE_SIGN_IN, { mfaToken: mfaTokens[index], code }),
    refusals: ['BAD_USER_INPUT', 'RATE_LIMITED'],
    async check({ sessionsBefore }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const [{ sessions }] = await api.sql(`SELECT count(*)::int AS sessions FROM auth_sessions`);
      expect(sessions).toBe(sessionsBefore + 1);
    },
  }),

  enrollTotp: scenario({
    story: 'four people start setting up their authenticator three times each at once: each keeps one secret',
    async setup() {
      return { people: crowd.slice(0, 4) };
    },
    call: ({ people }, index) => api.gql(ENROLL_TOTP, {}, people[index % 4].token),
    async check({ people }, answers) {
      const rows = await api.sql(`SELECT user_id, confirmed_at FROM totp_factors WHERE user_id = ANY($1)`, [
        people.map((person) => person.id),
      ]);
      expect(rows).toHaveLength(4);
      expect(rows.every((row) => row.confirmed_at === null)).toBe(true);
      expect(successes(answers)).toHaveLength(AT_ONCE);
    },
  }),

  confirmTotp: scenario({
    story:
      'one person confirms their authenticator from twelve tabs at once: it is turned on once, with one set of recovery codes',
    async setup() {
      await addPeople('UNDP', 'ENTITY_MEMBER', ['two-factor.confirming@undp.example']);
      const [session] = await sessionsOf(['two-factor.confirming@undp.example']);
      const { secret } = ok<{ secret: string }>(await api.gql(ENROLL_TOTP, {}, session.accessToken), 'enrollTotp');
      return { session, code: await totpCode(secret) };
    },
    call: ({ session, code }) => api.gql(CONFIRM_TOTP, { code }, session.accessToken),
    refusals: ['CONFLICT'],
    async check({ session }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const [{ codes }] = await api.sql(
        `SELECT count(*)::int AS codes FROM recovery_codes r JOIN auth_sessions s ON s.user_id = r.user_id WHERE s.id = $1`,
        [session.refreshToken.split('.')[0]],
      );
      expect(codes).toBe(RECOVERY_CODE_COUNT);
    },
  }),

  disableTotp: scenario({
    story:
      'one person turns two-factor sign-in off from twelve tabs at once, each with a recovery code: it goes off once',
    async setup() {
      return personWithTwoFactor('two-factor.leaving@undp.example');
    },
    call: ({ session, recoveryCodes }, index) =>
      api.gql(DISABLE_TOTP, { code: recoveryCodes[index % recoveryCodes.length] }, session.accessToken),
    refusals: ['CONFLICT'],
    async check({ email }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const left = await api.sql(
        `SELECT 1 FROM totp_factors f JOIN users u ON u.id = f.user_id WHERE u.email = $1
         UNION ALL SELECT 1 FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.email = $1`,
        [email],
      );
      expect(left).toEqual([]);
    },
  }),

  revokeSession: scenario({
    story: 'one person ends six of their other sessions, each twice at once (a double click): each ends once',
    async setup() {
      const email = 'many.sessions@undp.example';
      await addPeople('UNDP', 'ENTITY_MEMBER', [email]);
      const sessions = await sessionsOf(range(7).map(() => email));
      return {
        current: sessions[6].accessToken,
        ended: sessions.slice(0, 6).map((session) => session.refreshToken.split('.')[0]),
      };
    },
    call: ({ current, ended }, index) =>
      api.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: ended[index % 6] }, current),
    refusals: ['NOT_FOUND'],
    async check({ current, ended }, answers) {
      expect(successes(answers)).toHaveLength(6);
      const open = await api.sql(`SELECT id FROM auth_sessions WHERE id = ANY($1) AND revoked_at IS NULL`, [ended]);
      expect(open).toEqual([]);
      expect((await api.gql(MY_SESSIONS, {}, current)).data!.mySessions).toHaveLength(1);
    },
  }),

  revokeOtherSessions: scenario({
    story: 'one person signs out everywhere else from twelve devices at once: what each ended is counted once',
    async setup() {
      const email = 'everywhere@undp.example';
      await addPeople('UNDP', 'ENTITY_MEMBER', [email]);
      return { email, sessions: await sessionsOf(range(AT_ONCE).map(() => email)) };
    },
    call: ({ sessions }, index) => api.gql(`mutation { revokeOtherSessions }`, {}, sessions[index].accessToken),
    // A device whose session another ended first is signed out.
    refusals: ['UNAUTHENTICATED'],
    async check({ email }, answers) {
      const ended = successes(answers).reduce((sum, answer) => sum + answer.data.revokeOtherSessions, 0);
      const [{ revoked, open }] = await api.sql(
        `SELECT count(*) FILTER (WHERE s.revoked_at IS NOT NULL)::int AS revoked, count(*) FILTER (WHERE s.revoked_at IS NULL)::int AS open
           FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`,
        [email],
      );
      expect(ended).toBe(revoked);
      expect(open).toBeLessThanOrEqual(1);
    },
  }),

  // ---- people ----

  acceptInvitation: scenario({
    story: 'one invitation accepted twelve times at once: exactly one account, the other calls find it used',
    async setup() {
      const invitation = ok(
        await api.gql(
          INVITE,
          {
            input: {
              email: 'newcomer@interpol.example',
              organizationId: org.INTERPOL,
              role: 'ENTITY_MEMBER',
              isOrganizationAdmin: false,
            },
          },
          tokens.coordinator,
        ),
        'inviteUser',
      );
      return { token: tokenOf(invitation.acceptUrl), invitationId: invitation.invitation.id as string };
    },
    call: ({ token }, index) =>
      api.gql(ACCEPT, { input: { token, name: `Newcomer ${index}`, password: 'a-long-enough-passphrase' } }),
    // RATE_LIMITED: beyond the short queue of new passwords to hash (auth/passwords.ts).
    refusals: ['NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'],
    async check({ invitationId }, answers) {
      const [accepted] = successes(answers);
      expect(successes(answers)).toHaveLength(1);
      const users = await api.sql(`SELECT id, name FROM users WHERE email = 'newcomer@interpol.example'`);
      expect(users).toEqual([
        { id: accepted.data!.acceptInvitation.user.id, name: accepted.data!.acceptInvitation.user.name },
      ]);
      expect(
        (await api.sql(`SELECT accepted_at FROM invitations WHERE id = $1`, [invitationId]))[0].accepted_at,
      ).not.toBeNull();
      expect(await auditOf('invitation.accepted', invitationId)).toHaveLength(1);
    },
  }),

  inviteUser: scenario({
    story: 'three people invite the same three addresses four times at once: each address keeps one pending invitation',
    async setup() {
      return {
        emails: range(3).map((index) => `invitee.${index}@unodc.example`),
        inviters: [tokens.admin, tokens.coordinator, tokens.unodc],
      };
    },
    call: ({ emails, inviters }, index) =>
      api.gql(
        INVITE,
        {
          input: {
            email: emails[Math.floor(index / 4)],
            organizationId: org.UNODC,
            role: 'ENTITY_MEMBER',
            isOrganizationAdmin: false,
          },
        },
        inviters[index % 3],
      ),
    async check({ emails }, answers) {
      const issued = answers.map((answer) => sha256(tokenOf(answer.data!.inviteUser.acceptUrl)));
      const pending = await api.sql(
        `SELECT email, token_hash FROM invitations WHERE email = ANY($1) AND accepted_at IS NULL ORDER BY email`,
        [emails],
      );
      // "A new invitation replaces any pending one for the same address."
      expect(pending.map((row) => row.email)).toEqual(emails);
      for (const row of pending) expect(issued).toContain(row.token_hash);
    },
  }),

  resendInvitation: scenario({
    story: 'an invitation sent again twelve times at once (a double click, two admins): one link works, one invitation',
    async setup() {
      const invited = ok(
        await api.gql(
          INVITE,
          { input: { email: 'resent@unodc.example', organizationId: org.UNODC, role: 'ENTITY_MEMBER' } },
          tokens.coordinator,
        ),
        'inviteUser',
      );
      return { id: invited.invitation.id as string };
    },
    call: ({ id }, index) => api.gql(RESEND_INVITATION, { id }, index % 2 ? tokens.admin : tokens.coordinator),
    async check({ id }, answers) {
      const issued = answers.map((answer) => sha256(tokenOf(answer.data!.resendInvitation.acceptUrl)));
      const rows = await api.sql(`SELECT id, token_hash FROM invitations WHERE email = 'resent@unodc.example'`);
      expect(rows.map((row) => row.id)).toEqual([id]);
      expect(issued).toContain(rows[0].token_hash);
      expect(await auditOf('invitation.resent', id)).toHaveLength(AT_ONCE);
    },
  }),

  revokeInvitation: scenario({
    story: 'an invitation withdrawn twelve times at once: withdrawn once, the other calls find it gone',
    async setup() {
      const invited = ok(
        await api.gql(
          INVITE,
          { input: { email: 'revoked@unodc.example', organizationId: org.UNODC, role: 'ENTITY_MEMBER' } },
          tokens.coordinator,
        ),
        'inviteUser',
      );
      return { id: invited.invitation.id as string };
    },
    call: ({ id }, index) => api.gql(REVOKE_INVITATION, { id }, index % 2 ? tokens.admin : tokens.coordinator),
    refusals: ['NOT_FOUND'],
    async check({ id }, answers) {
      expect(successes(answers)).toHaveLength(1);
      expect(await api.sql(`SELECT id FROM invitations WHERE id = $1`, [id])).toEqual([]);
      expect(await auditOf('invitation.revoked', id)).toHaveLength(1);
    },
  }),

  requestPasswordReset: scenario({
    story: 'three people ask for a new password four times each at once: each gets links, one of which works',
    async setup() {
      const emails = range(3).map((index) => `forgetful.${index}@unodc.example`);
      return { emails, people: await addPeople('UNODC', 'ENTITY_MEMBER', emails) };
    },
    call: ({ emails }, index) => api.gql(REQUEST_PASSWORD_RESET, { email: emails[index % 3] }),
    async check({ people }, answers) {
      expect(answers.map((answer) => answer.data?.requestPasswordReset)).toEqual(answers.map(() => true));
      await expect
        .poll(async () => (await api.sql(`SELECT count(*)::int AS n FROM graphile_worker.jobs`))[0].n, {
          timeout: 30_000,
          interval: 50,
        })
        .toBe(0);
      for (const id of Object.values(people)) {
        const links = await api.sql(`SELECT used_at FROM password_resets WHERE user_id = $1`, [id]);
        expect(links).toHaveLength(4);
        expect(links.filter((link) => link.used_at === null)).toHaveLength(1);
      }
    },
  }),

  resetPassword: scenario({
    story: 'one reset link used twelve times at once: the password is set once, the other calls find it used',
    async setup() {
      const people = await addPeople('INTERPOL', 'ENTITY_MEMBER', ['reset.race@interpol.example']);
      const token = randomToken();
      await api.sql(
        `INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 minutes')`,
        [people['reset.race@interpol.example'], sha256(token)],
      );
      return { token, userId: people['reset.race@interpol.example'] };
    },
    call: ({ token }, index) => api.gql(RESET_PASSWORD, { input: { token, password: `new-password-number-${index}` } }),
    // RATE_LIMITED: beyond the short queue of new passwords to hash (auth/passwords.ts).
    refusals: ['NOT_FOUND', 'RATE_LIMITED'],
    async check({ userId }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const chosen = answers.findIndex((answer) => answer.data?.resetPassword);
      expect(await api.signIn('reset.race@interpol.example', `new-password-number-${chosen}`)).toBeTruthy();
      expect(await auditOf('password.reset', userId)).toHaveLength(1);
    },
  }),

  changePassword: scenario({
    story: 'one person changes their password from twelve sessions at once: one change wins, the rest are out of date',
    async setup() {
      const email = 'changing@unodc.example';
      const people = await addPeople('UNODC', 'ENTITY_MEMBER', [email]);
      const sessions = await sessionsOf(range(AT_ONCE).map(() => email));
      return { email, userId: people[email], sessions };
    },
    call: ({ sessions }, index) =>
      api.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: DEMO_PASSWORD, newPassword: `changed-password-${index}` } },
        sessions[index].accessToken,
      ),
    refusals: ['BAD_USER_INPUT'],
    async check({ email, userId, sessions }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const chosen = answers.findIndex((answer) => answer.data?.changePassword);
      expect(await api.signIn(email, `changed-password-${chosen}`)).toBeTruthy();
      expect(await auditOf('password.changed', userId)).toHaveLength(1);
      // The winning session stays; every other one ended.
      expect((await api.gql(ME, {}, sessions[chosen].accessToken)).data?.me.email).toBe(email);
      const other = sessions[(chosen + 1) % AT_ONCE];
      expect(outcome(await api.gql(ME, {}, other.accessToken))).toBe('UNAUTHENTICATED');
    },
  }),

  setUserRole: scenario({
    story: 'two admins change the roles of three people four times each at once: every change is audited in order',
    async setup() {
      const emails = range(3).map((index) => `role.${index}@undp.example`);
      const people = await addPeople('UNDP', 'OBSERVER', emails);
      return { targets: emails.map((email) => people[email]) };
    },
    call: ({ targets }, index) =>
      api.gql(
        SET_ROLE,
        {
          input: {
            userId: targets[index % 3],
            role: Math.floor(index / 3) % 2 === 0 ? 'ENTITY_MEMBER' : 'OBSERVER',
            isOrganizationAdmin: index >= 6,
          },
        },
        index % 2 === 0 ? tokens.admin : admin2,
      ),
    async check({ targets }) {
      for (const target of targets) {
        const events = await auditOf('user.role_changed', target);
        expect(events).toHaveLength(4);
        // Each change starts from what the previous one left: no change was lost.
        let previous = { role: 'OBSERVER', isOrganizationAdmin: false };
        for (const { details } of events) {
          expect(details.before).toEqual(previous);
          previous = { role: details.after.role, isOrganizationAdmin: details.after.isOrganizationAdmin };
        }
        const [row] = await api.sql(`SELECT role, is_organization_admin FROM users WHERE id = $1`, [target]);
        expect({ role: row.role, isOrganizationAdmin: row.is_organization_admin }).toEqual(previous);
      }
    },
  }),

  setUserDisabled: scenario({
    story:
      'two admins and the organization admin disable and enable three people at once: the last word holds, sessions end',
    async setup() {
      const emails = range(3).map((index) => `disabled.${index}@unodc.example`);
      const people = await addPeople('UNODC', 'ENTITY_MEMBER', emails);
      const sessions = await sessionsOf(emails);
      return { targets: emails.map((email) => people[email]), sessions };
    },
    call: ({ targets }, index) =>
      api.gql(
        SET_DISABLED,
        { input: { userId: targets[index % 3], disabled: Math.floor(index / 3) % 2 === 0 } },
        [tokens.admin, admin2, tokens.unodc][Math.floor(index / 3) % 3],
      ),
    async check({ targets, sessions }) {
      for (const [index, target] of targets.entries()) {
        const events = await api.sql(
          `SELECT action FROM audit_events WHERE action IN ('user.disabled', 'user.enabled') AND target_id = $1 ORDER BY id`,
          [target],
        );
        expect(events).toHaveLength(4);
        const [row] = await api.sql(`SELECT disabled_at FROM users WHERE id = $1`, [target]);
        expect(row.disabled_at === null).toBe(events.at(-1)!.action === 'user.enabled');
        // It was disabled at least once: the session it had is over.
        const [session] = await api.sql(`SELECT revoked_at FROM auth_sessions WHERE id = $1`, [
          sessions[index].refreshToken.split('.')[0],
        ]);
        expect(session.revoked_at).not.toBeNull();
      }
    },
  }),

  updateNotificationPreferences: scenario({
    story: 'four people each change how often they get mail from several tabs at once: each keeps one of their choices',
    async setup() {
      return { people: crowd.slice(0, 4), frequencies: ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'] };
    },
    call: ({ people, frequencies }, index) =>
      api.gql(
        `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { id } }`,
        { input: { emailFrequency: frequencies[index % 4] } },
        people[index % 4].token,
      ),
    async check({ people, frequencies }) {
      const rows = await api.sql(`SELECT id, email_frequency FROM users WHERE id = ANY($1)`, [
        people.map((person) => person.id),
      ]);
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(frequencies).toContain(row.email_frequency);
    },
  }),

  watchWorkspace: scenario({
    story:
      'four people switch what they hear of BMLE from several tabs at once while threads open there: one choice each',
    async setup() {
      return { people: crowd.slice(6, 10), levels: ['ALL', 'NEW_THREADS', 'MENTIONS', 'MUTED'] };
    },
    call: ({ people, levels }, index) =>
      api.gql(
        `mutation($input: WatchWorkspaceInput!) { watchWorkspace(input: $input) { id viewerWatchLevel } }`,
        { input: { workspaceId: workspaces.BMLE, level: levels[Math.floor(index / 4) % 4] } },
        people[index % 4].token,
      ),
    // A thread opened meanwhile in the same workspace reads the watch levels as they are being written.
    alongside: (_state, index) =>
      api.gql(
        CREATE_THREAD,
        { input: { workspaceId: workspaces.BMLE, title: `Watched ${index}`, body: 'News' } },
        tokens.unodc,
      ),
    async check({ people }) {
      const rows = await api.sql(
        `SELECT user_id, level FROM workspace_watches WHERE workspace_id = $1 AND user_id = ANY($2)`,
        [workspaces.BMLE, people.map((person) => person.id)],
      );
      expect(rows).toHaveLength(4);
      for (const person of people) {
        const chosen = await api.gql(
          `query($id: ID!) { workspace(id: $id) { viewerWatchLevel } }`,
          { id: workspaces.BMLE },
          person.token,
        );
        expect(chosen.data?.workspace.viewerWatchLevel).toBe(rows.find((row) => row.user_id === person.id)?.level);
      }
    },
  }),

  updateMyProfile: scenario({
    story: 'six people each rename themselves in one tab and switch language in another at once: both changes stay',
    async setup() {
      return { people: crowd.slice(0, 6), languages: ['fr', 'es', 'ar', 'ru', 'zh', 'en'] };
    },
    // Calls 2k and 2k+1 are person k's two tabs.
    call: ({ people, languages }, index) =>
      api.gql(
        UPDATE_PROFILE,
        {
          input:
            index % 2 === 0
              ? { name: `Renamed ${Math.floor(index / 2)}` }
              : { preferredLanguage: languages[Math.floor(index / 2)] },
        },
        people[Math.floor(index / 2)].token,
      ),
    async check({ people, languages }) {
      const rows = await api.sql(`SELECT id, name, preferred_language FROM users WHERE id = ANY($1)`, [
        people.map((person) => person.id),
      ]);
      for (const [index, person] of people.entries()) {
        expect(rows.find((row) => row.id === person.id)).toEqual({
          id: person.id,
          name: `Renamed ${index}`,
          preferred_language: languages[index],
        });
      }
    },
  }),

  // ---- workspaces ----

  createWorkspace: scenario({
    story: 'a coordinator and an admin open twelve workspaces at once: each has its owner and member organizations',
    async setup() {
      return { names: range(AT_ONCE).map((index) => `Ad hoc group ${index}`) };
    },
    call: ({ names }, index) =>
      api.gql(
        CREATE_WORKSPACE,
        { input: { name: names[index], memberOrganizationIds: [org.UNODC, org.INTERPOL] } },
        index % 2 === 0 ? tokens.coordinator : tokens.admin,
      ),
    async check({ names }, answers) {
      for (const [index, answer] of answers.entries()) {
        const id = answer.data!.createWorkspace.id;
        expect((await api.sql(`SELECT name FROM workspaces WHERE id = $1`, [id]))[0].name).toBe(names[index]);
        expect(await api.sql(`SELECT user_id, role FROM workspace_members WHERE workspace_id = $1`, [id])).toEqual([
          { user_id: ids[index % 2 === 0 ? DEMO.coordinator : DEMO.admin], role: 'OWNER' },
        ]);
        const members = await api.sql(`SELECT organization_id FROM workspace_organizations WHERE workspace_id = $1`, [
          id,
        ]);
        expect(members.map((row) => row.organization_id).sort()).toEqual([org.UNODC, org.INTERPOL].sort());
        expect(await auditOf('workspace.created', id)).toHaveLength(1);
      }
    },
  }),

  addWorkspaceMember: scenario({
    story: 'the owner and an admin add the same four people three times at once: four members, each told once',
    async setup() {
      const workspace = ok(
        await api.gql(CREATE_WORKSPACE, { input: { name: 'Joint investigations' } }, tokens.coordinator),
        'createWorkspace',
      );
      return { workspaceId: workspace.id as string, people: [1, 2, 7, 8].map((index) => crowd[index].id) };
    },
    call: ({ workspaceId, people }, index) =>
      api.gql(
        ADD_MEMBER,
        {
          input: { workspaceId, userId: people[Math.floor(index / 3)], role: index % 3 === 2 ? 'MODERATOR' : 'MEMBER' },
        },
        index % 2 === 0 ? tokens.coordinator : tokens.admin,
      ),
    async check({ workspaceId, people }) {
      const members = await api.sql(`SELECT user_id, role FROM workspace_members WHERE workspace_id = $1`, [
        workspaceId,
      ]);
      expect(members.map((row) => row.user_id).sort()).toEqual([ids[DEMO.coordinator], ...people].sort());
      const told = await api.sql(
        `SELECT user_id, count(*)::int AS n FROM notifications WHERE type = 'WORKSPACE_ADDED' AND link = $1 GROUP BY user_id`,
        [`/workspaces/${workspaceId}`],
      );
      expect(Object.fromEntries(told.map((row) => [row.user_id, row.n]))).toEqual(
        Object.fromEntries(people.map((id) => [id, 1])),
      );
    },
  }),

  removeWorkspaceMember: scenario({
    story: 'an admin removes both owners and ten members at once: the members go, one owner stays',
    async setup() {
      const workspace = ok(
        await api.gql(CREATE_WORKSPACE, { input: { name: 'Winding down' } }, tokens.coordinator),
        'createWorkspace',
      );
      const workspaceId = workspace.id as string;
      ok(
        await api.gql(
          ADD_MEMBER,
          { input: { workspaceId, userId: ids[DEMO.interpol], role: 'OWNER' } },
          tokens.coordinator,
        ),
        'addWorkspaceMember',
      );
      const members = crowd
        .filter((person) => person.email !== DEMO.interpol)
        .slice(0, 10)
        .map((person) => person.id);
      for (const userId of members) {
        ok(await api.gql(ADD_MEMBER, { input: { workspaceId, userId } }, tokens.coordinator), 'addWorkspaceMember');
      }
      return { workspaceId, leaving: [ids[DEMO.coordinator], ids[DEMO.interpol], ...members] };
    },
    call: ({ workspaceId, leaving }, index) =>
      api.gql(REMOVE_MEMBER, { input: { workspaceId, userId: leaving[index] } }, tokens.admin),
    refusals: ['CONFLICT'],
    async check({ workspaceId }, answers) {
      expect(answers.slice(2).map(outcome)).toEqual(range(10).map(() => 'OK'));
      // "A workspace keeps at least one owner": of two owners removed at once, one stays.
      expect(answers.slice(0, 2).map(outcome).sort()).toEqual(['CONFLICT', 'OK']);
      const left = await api.sql(`SELECT role FROM workspace_members WHERE workspace_id = $1`, [workspaceId]);
      expect(left).toEqual([{ role: 'OWNER' }]);
    },
  }),

  // ---- discussions ----

  createThread: scenario({
    story:
      'twelve people open threads in one workspace at once, half mentioning INTERPOL: each thread has its first post',
    async setup() {
      return { titles: range(AT_ONCE).map((index) => `Thread opened at once ${index}`) };
    },
    call: ({ titles }, index) =>
      api.gql(
        CREATE_THREAD,
        {
          input: {
            workspaceId: workspaces.BMLE,
            title: titles[index],
            body: index % 2 === 0 ? 'Please look @member@interpol.example' : 'Opening',
          },
        },
        crowd[index].token,
      ),
    async check({ titles }, answers) {
      const threads = await api.sql(
        `SELECT t.id, t.title, t.post_count, t.author_id, (SELECT count(*)::int FROM posts p WHERE p.thread_id = t.id) AS posts,
                EXISTS (SELECT 1 FROM thread_followers f WHERE f.thread_id = t.id AND f.user_id = t.author_id AND f.following) AS follows
           FROM threads t WHERE t.id = ANY($1)`,
        [answers.map((answer) => answer.data!.createThread.id)],
      );
      expect(threads.map((row) => row.title).sort()).toEqual([...titles].sort());
      for (const row of threads) expect(row).toMatchObject({ post_count: 1, posts: 1, follows: true });
      const mentions = await api.sql(
        `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'MENTION' AND link LIKE ANY($2)`,
        [ids[DEMO.interpol], threads.map((row) => `/threads/${row.id}#%`)],
      );
      // Even indexes mention INTERPOL; its own demo member (index 6) is not notified of its own mention.
      expect(mentions).toEqual([{ n: 5 }]);
    },
  }),

  createPost: scenario({
    story:
      'twelve people reply in one thread at once, mentioning UNODC, half quoting its opening: no reply is lost, the count is right',
    async setup() {
      return openThread(tokens.coordinator);
    },
    call: ({ threadId, firstPostId }, index) =>
      api.gql(
        CREATE_POST,
        {
          input: {
            threadId,
            body: `Reply ${index} cc @member@unodc.example`,
            quotedPostId: index % 2 === 0 ? firstPostId : null,
          },
        },
        crowd[index].token,
      ),
    async check({ threadId, firstPostId }) {
      const posts = await api.sql(`SELECT body, quoted_post_id FROM posts WHERE thread_id = $1`, [threadId]);
      expect(posts.map((row) => row.body).sort()).toEqual(
        ['Opening post', ...range(AT_ONCE).map((index) => `Reply ${index} cc @member@unodc.example`)].sort(),
      );
      expect(
        posts
          .filter((row) => row.quoted_post_id === firstPostId)
          .map((row) => row.body)
          .sort(),
      ).toEqual(
        range(AT_ONCE)
          .filter((index) => index % 2 === 0)
          .map((index) => `Reply ${index} cc @member@unodc.example`)
          .sort(),
      );
      expect((await api.sql(`SELECT post_count FROM threads WHERE id = $1`, [threadId]))[0].post_count).toBe(
        AT_ONCE + 1,
      );
      const followers = await api.sql(`SELECT user_id FROM thread_followers WHERE thread_id = $1 AND following`, [
        threadId,
      ]);
      expect(followers.map((row) => row.user_id).sort()).toEqual(
        [ids[DEMO.coordinator], ...crowd.map((person) => person.id)].sort(),
      );
    },
  }),

  updatePost: scenario({
    story:
      'an author saves twelve edits of one post at once (several tabs): every version is kept, the mention told once',
    async setup() {
      return openThread(tokens.unodc, 'Original');
    },
    call: ({ firstPostId }, index) =>
      api.gql(
        UPDATE_POST,
        { input: { id: firstPostId, body: `Edit ${index} @member@interpol.example` } },
        tokens.unodc,
      ),
    async check({ firstPostId }) {
      const edits = range(AT_ONCE).map((index) => `Edit ${index} @member@interpol.example`);
      const [post] = await api.sql(`SELECT body FROM posts WHERE id = $1`, [firstPostId]);
      const revisions = await api.sql(`SELECT body FROM post_revisions WHERE post_id = $1`, [firstPostId]);
      expect([post.body, ...revisions.map((row) => row.body)].sort()).toEqual(['Original', ...edits].sort());
      const mentions = await api.sql(`SELECT user_id FROM notifications WHERE type = 'MENTION' AND link LIKE $1`, [
        `%#post-${firstPostId}`,
      ]);
      expect(mentions).toEqual([{ user_id: ids[DEMO.interpol] }]);
    },
  }),

  deletePost: scenario({
    story: 'authors and moderators delete the same six posts with files at once: each post is gone with its files',
    async setup() {
      const { threadId } = await openThread(tokens.unodc);
      const posts: { id: string; storageKey: string }[] = [];
      for (const index of range(6)) {
        const file = await upload(tokens.unodc, pdf(`to delete ${index}`));
        expect(file.status).toBe(201);
        const post = ok(
          await api.gql(
            CREATE_POST,
            { input: { threadId, body: `Doomed ${index}`, attachmentIds: [file.body.id] } },
            tokens.unodc,
          ),
          'createPost',
        );
        const [{ storage_key }] = await api.sql(`SELECT storage_key FROM attachments WHERE id = $1`, [file.body.id]);
        expect(existsSync(storedFile(storage_key))).toBe(true);
        posts.push({ id: post.id, storageKey: storage_key });
      }
      return { threadId, posts };
    },
    // UNODC wrote them; INTERPOL moderates BMLE.
    call: ({ posts }, index) =>
      api.gql(DELETE_POST, { id: posts[index % 6].id }, index < 6 ? tokens.unodc : tokens.interpol),
    async check({ threadId, posts }) {
      const rows = await api.sql(`SELECT body, deleted_at FROM posts WHERE id = ANY($1)`, [
        posts.map((post) => post.id),
      ]);
      expect(rows).toHaveLength(6);
      for (const row of rows) expect(row.body).toBe('');
      for (const row of rows) expect(row.deleted_at).not.toBeNull();
      expect(
        await api.sql(`SELECT id FROM attachments WHERE post_id = ANY($1)`, [posts.map((post) => post.id)]),
      ).toEqual([]);
      for (const post of posts) expect(existsSync(storedFile(post.storageKey))).toBe(false);
      expect((await api.sql(`SELECT post_count FROM threads WHERE id = $1`, [threadId]))[0].post_count).toBe(7);
    },
  }),

  addWorkspaceFiles: scenario({
    story: 'the uploader keeps the same three uploads as the workspace’s files many times at once: kept once',
    async setup() {
      const ids: string[] = [];
      for (const index of range(3)) {
        const file = await upload(tokens.unodc, pdf(`library ${index}`));
        expect(file.status).toBe(201);
        ids.push(file.body.id);
      }
      return { ids };
    },
    call: ({ ids }) =>
      api.gql(ADD_WORKSPACE_FILES, { input: { workspaceId: workspaces.BMLE, attachmentIds: ids } }, tokens.unodc),
    refusals: ['BAD_USER_INPUT'],
    async check({ ids }, answers) {
      expect(answers.filter((answer) => answer.data)).toHaveLength(1);
      const rows = await api.sql(`SELECT added_to_workspace_at FROM attachments WHERE id = ANY($1)`, [ids]);
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row.added_to_workspace_at).not.toBeNull();
    },
  }),

  removeWorkspaceFile: scenario({
    story: 'its uploader and a moderator remove the same workspace file at once: removed once, with its bytes',
    async setup() {
      const file = await upload(tokens.unodc, pdf('to remove'));
      ok(
        await api.gql(
          ADD_WORKSPACE_FILES,
          { input: { workspaceId: workspaces.BMLE, attachmentIds: [file.body.id] } },
          tokens.unodc,
        ),
        'addWorkspaceFiles',
      );
      const [{ storage_key }] = await api.sql(`SELECT storage_key FROM attachments WHERE id = $1`, [file.body.id]);
      return { id: file.body.id as string, storageKey: storage_key as string };
    },
    // UNODC uploaded it; INTERPOL moderates BMLE.
    call: ({ id }, index) =>
      api.gql(
        `mutation($id: ID!) { removeWorkspaceFile(id: $id) }`,
        { id },
        index % 2 ? tokens.interpol : tokens.unodc,
      ),
    refusals: ['NOT_FOUND'],
    async check({ id, storageKey }, answers) {
      expect(answers.filter((answer) => answer.data)).toHaveLength(1);
      expect(await api.sql(`SELECT id FROM attachments WHERE id = $1`, [id])).toEqual([]);
      expect(existsSync(storedFile(storageKey))).toBe(false);
    },
  }),

  toggleReaction: scenario({
    story:
      'four people react to one post at once while four others double-click another emoji: the counts match who reacted',
    async setup() {
      return openThread(tokens.coordinator);
    },
    // Calls 0-7: people 4-7 twice each with 🎉, side by side as a double click is; calls 8-11: people 0-3 with 👍.
    call: ({ firstPostId }, index) =>
      api.gql(
        REACT,
        { input: { postId: firstPostId, emoji: index < 8 ? '🎉' : '👍' } },
        crowd[index < 8 ? 4 + Math.floor(index / 2) : index - 8].token,
      ),
    refusals: ['CONFLICT'],
    async check({ firstPostId }, answers) {
      const reactions = await api.sql(`SELECT user_id, emoji FROM post_reactions WHERE post_id = $1`, [firstPostId]);
      const byEmoji = (emoji: string) =>
        reactions
          .filter((row) => row.emoji === emoji)
          .map((row) => row.user_id)
          .sort();
      expect(byEmoji('👍')).toEqual(
        crowd
          .slice(0, 4)
          .map((person) => person.id)
          .sort(),
      );
      // Toggling twice takes the reaction back, unless one of the two was refused.
      const reacted = [4, 5, 6, 7].filter(
        (person) => successes(answers.slice(2 * (person - 4), 2 * (person - 4) + 2)).length % 2 === 1,
      );
      expect(byEmoji('🎉')).toEqual(reacted.map((person) => crowd[person].id).sort());
    },
  }),

  setThreadPinned: scenario({
    story:
      'moderators pin and unpin a thread twelve times while twelve replies arrive: no reply is lost from the count',
    async setup() {
      return openThread(tokens.unodc);
    },
    call: ({ threadId }, index) =>
      api.gql(PIN, { input: { threadId, value: index % 2 === 0 } }, moderators()[index % 2]),
    alongside: ({ threadId }, index) =>
      api.gql(CREATE_POST, { input: { threadId, body: `Busy ${index}` } }, crowd[index % 6].token),
    async check({ threadId }) {
      const [thread] = await api.sql(
        `SELECT post_count, (SELECT count(*)::int FROM posts WHERE thread_id = $1) AS posts FROM threads WHERE id = $1`,
        [threadId],
      );
      expect(thread).toEqual({ post_count: AT_ONCE + 1, posts: AT_ONCE + 1 });
    },
  }),

  setThreadLocked: scenario({
    story:
      'moderators lock and unlock a thread twelve times while replies arrive: a reply is taken or refused, never half',
    async setup() {
      return openThread(tokens.unodc);
    },
    call: ({ threadId }, index) =>
      api.gql(LOCK, { input: { threadId, value: index % 2 === 0 } }, moderators()[index % 2]),
    alongside: ({ threadId }, index) =>
      api.gql(CREATE_POST, { input: { threadId, body: `Busy ${index}` } }, crowd[index % 6].token),
    alongsideRefusals: ['CONFLICT'],
    async check({ threadId }, _answers, alongside) {
      const [thread] = await api.sql(
        `SELECT post_count, (SELECT count(*)::int FROM posts WHERE thread_id = $1) AS posts FROM threads WHERE id = $1`,
        [threadId],
      );
      const taken = successes(alongside).length + 1;
      expect(thread).toEqual({ post_count: taken, posts: taken });
    },
  }),

  renameThread: scenario({
    story:
      'its author and the moderators rename a thread twelve times while replies arrive: one of the titles, each audited',
    async setup() {
      return openThread(tokens.unodc);
    },
    call: ({ threadId }, index) =>
      api.gql(
        `mutation($input: RenameThreadInput!) { renameThread(input: $input) { title } }`,
        { input: { threadId, title: `Title ${index}` } },
        index % 3 === 0 ? tokens.unodc : moderators()[index % 2],
      ),
    alongside: ({ threadId }, index) =>
      api.gql(CREATE_POST, { input: { threadId, body: `Busy ${index}` } }, crowd[index % 6].token),
    async check({ threadId }, _answers, alongside) {
      const [thread] = await api.sql(
        `SELECT title, post_count, (SELECT count(*)::int FROM posts WHERE thread_id = $1) AS posts FROM threads WHERE id = $1`,
        [threadId],
      );
      expect(thread.title).toMatch(/^Title (\d|1[01])$/);
      // Renaming writes the title only: the replies' count stays right.
      const taken = successes(alongside).length + 1;
      expect({ post_count: thread.post_count, posts: thread.posts }).toEqual({ post_count: taken, posts: taken });
      const [{ n }] = await api.sql(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'thread.renamed' AND target_id = $1`,
        [threadId],
      );
      expect(n).toBe(12);
    },
  }),

  changeThreadClassification: scenario({
    story: 'twelve participants raise a thread to CONFIDENTIAL at once: it is raised once, audited once',
    async setup() {
      return openThread(tokens.unodc);
    },
    call: ({ threadId }, index) =>
      api.gql(
        CHANGE_MARKING,
        { input: { threadId, classification: 'CONFIDENTIAL', reason: `Sources ${index}` } },
        crowd[index].token,
      ),
    refusals: ['CONFLICT'],
    async check({ threadId }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const events = await api.sql(
        `SELECT details FROM audit_events WHERE action = 'classification.changed' AND target_id = $1`,
        [threadId],
      );
      expect(events.map((event) => [event.details.from, event.details.to])).toEqual([['UNCLASSIFIED', 'CONFIDENTIAL']]);
      const [thread] = await api.sql(`SELECT classification FROM threads WHERE id = $1`, [threadId]);
      expect(thread.classification).toBe('CONFIDENTIAL');
    },
  }),

  setThreadParticipants: scenario({
    story:
      'the author names a different person from twelve tabs at once: the thread ends naming the author and one of them',
    async setup() {
      const input = {
        workspaceId: workspaces.BMLE,
        title: 'Strictly',
        body: 'Names',
        classification: 'STRICTLY_CONFIDENTIAL',
        participantIds: [crowd[1].id],
      };
      return { threadId: ok(await api.gql(OPEN_THREAD, { input }, crowd[0].token), 'createThread').id as string };
    },
    call: ({ threadId }, index) =>
      api.gql(SET_PARTICIPANTS, { input: { threadId, userIds: [crowd[(index % 11) + 1].id] } }, crowd[0].token),
    async check({ threadId }) {
      const named = await api.sql(`SELECT user_id FROM thread_participants WHERE thread_id = $1`, [threadId]);
      expect(named).toHaveLength(2);
      expect(named.map((row) => row.user_id)).toContain(crowd[0].id);
    },
  }),

  breakGlass: scenario({
    story: 'two admins break the glass on a thread twelve times at once: every grant is kept and audited',
    async setup() {
      const input = {
        workspaceId: workspaces.BMLE,
        title: 'Strictly',
        body: 'Sealed',
        classification: 'STRICTLY_CONFIDENTIAL',
      };
      return { threadId: ok(await api.gql(OPEN_THREAD, { input }, crowd[0].token), 'createThread').id as string };
    },
    call: ({ threadId }, index) =>
      api.gql(BREAK_GLASS, { input: { threadId, reason: `Inquiry ${index}` } }, [tokens.admin, admin2][index % 2]),
    async check({ threadId }) {
      const [{ grants }] = await api.sql(
        `SELECT count(*)::int AS grants FROM break_glass_grants WHERE thread_id = $1`,
        [threadId],
      );
      const [{ events }] = await api.sql(
        `SELECT count(*)::int AS events FROM audit_events WHERE action = 'classification.break_glass' AND target_id = $1`,
        [threadId],
      );
      expect({ grants, events }).toEqual({ grants: 12, events: 12 });
    },
  }),

  followThread: scenario({
    story: 'twelve people follow a thread at once: the next reply notifies each of them once',
    async setup() {
      return openThread(tokens.coordinator);
    },
    call: ({ threadId }, index) => api.gql(FOLLOW, { input: { threadId, value: true } }, crowd[index].token),
    async check({ threadId }) {
      const reply = ok(
        await api.gql(CREATE_POST, { input: { threadId, body: 'News' } }, tokens.coordinator),
        'createPost',
      );
      const told = await api.sql(`SELECT user_id FROM notifications WHERE type = 'REPLY' AND link = $1`, [
        `/threads/${threadId}#post-${reply.id}`,
      ]);
      expect(told.map((row) => row.user_id).sort()).toEqual(crowd.map((person) => person.id).sort());
    },
  }),

  markThreadRead: scenario({
    story: 'twelve people open the same busy thread at once: each has read it',
    async setup() {
      const thread = await openThread(tokens.coordinator);
      ok(
        await api.gql(CREATE_POST, { input: { threadId: thread.threadId, body: 'More' } }, tokens.coordinator),
        'createPost',
      );
      return thread;
    },
    call: ({ threadId }, index) => api.gql(MARK_THREAD_READ, { threadId }, crowd[index].token),
    async check({ threadId }) {
      const reads = await api.sql(`SELECT user_id FROM thread_reads WHERE thread_id = $1 AND user_id = ANY($2)`, [
        threadId,
        crowd.map((person) => person.id),
      ]);
      expect(reads).toHaveLength(AT_ONCE);
      for (const person of crowd) {
        expect((await api.gql(THREAD, { id: threadId }, person.token)).data?.thread.unread).toBe(false);
      }
    },
  }),

  markNotificationsRead: scenario({
    story: 'three people mark their notifications read from four tabs at once: each notification is counted once',
    async setup() {
      const readers = [crowd[1], crowd[2], crowd[3]];
      const mention = readers.map((person) => `@${person.email}`).join(' ');
      const { threadId } = await openThread(tokens.coordinator, mention);
      for (const index of range(5)) {
        ok(
          await api.gql(CREATE_POST, { input: { threadId, body: `${mention} ${index}` } }, tokens.coordinator),
          'createPost',
        );
      }
      const unread = await api.sql(
        `SELECT user_id, array_agg(id ORDER BY seq) AS ids FROM notifications WHERE user_id = ANY($1) AND read_at IS NULL GROUP BY user_id`,
        [readers.map((person) => person.id)],
      );
      const unreadOf = Object.fromEntries(unread.map((row) => [row.user_id, row.ids as string[]]));
      for (const person of readers) expect(unreadOf[person.id].length).toBeGreaterThanOrEqual(6);
      return { readers, unreadOf };
    },
    // Per person, from four tabs: the oldest three, the newest four, and everything (twice).
    call: ({ readers, unreadOf }, index) => {
      const person = readers[index % 3];
      const all: string[] = unreadOf[person.id];
      const input = [{ ids: all.slice(0, 3) }, { ids: all.slice(-4) }, { all: true }, { all: true }][
        Math.floor(index / 3)
      ];
      return api.gql(MARK_READ, { input }, person.token);
    },
    async check({ readers, unreadOf }, answers) {
      for (const [position, person] of readers.entries()) {
        const counted = answers
          .filter((_answer, index) => index % 3 === position)
          .reduce((sum, answer) => sum + answer.data!.markNotificationsRead, 0);
        expect(counted).toBe(unreadOf[person.id].length);
      }
      const left = await api.sql(
        `SELECT count(*)::int AS n FROM notifications WHERE user_id = ANY($1) AND read_at IS NULL`,
        [readers.map((person) => person.id)],
      );
      expect(left).toEqual([{ n: 0 }]);
    },
  }),

  // ---- assistance requests ----

  submitAssistanceRequest: scenario({
    story:
      'two States file twelve requests at once, a few as drafts: numbers are unique, each has its timeline and discussion',
    async setup() {
      return { titles: range(AT_ONCE).map((index) => `Request filed at once ${index}`) };
    },
    call: ({ titles }, index) =>
      api.gql(
        SUBMIT,
        {
          input: {
            title: titles[index],
            description: 'Training for border guards.',
            pillars: ['II'],
            priority: 'HIGH',
            draft: index % 4 === 3,
          },
        },
        [tokens.philippines, tokens.maldives, focalPoint2][index % 3],
      ),
    async check(_state, answers) {
      const requests = answers.map((answer) => answer.data!.submitAssistanceRequest);
      expect(new Set(requests.map((request) => request.number)).size).toBe(AT_ONCE);
      for (const [index, request] of requests.entries()) {
        const draft = index % 4 === 3;
        const steps = await api.sql(
          `SELECT to_status FROM assistance_request_transitions WHERE request_id = $1 ORDER BY step`,
          [request.id],
        );
        expect(steps.map((row) => row.to_status)).toEqual(draft ? ['DRAFT'] : ['DRAFT', 'SUBMITTED']);
        const [row] = await api.sql(
          `SELECT r.workspace_id, t.post_count FROM assistance_requests r LEFT JOIN threads t ON t.id = r.thread_id WHERE r.id = $1`,
          [request.id],
        );
        expect(row.workspace_id === null).toBe(draft);
        if (!draft) expect(row.post_count).toBe(1);
        const told = await api.sql(
          `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'REQUEST_SUBMITTED' AND link = $2`,
          [ids[DEMO.coordinator], `/requests/${request.id}`],
        );
        expect(told).toEqual([{ n: draft ? 0 : 1 }]);
      }
    },
  }),

  updateAssistanceRequest: scenario({
    story: 'two focal points save twelve edits of one draft at once: the scope saved is the one of the title saved',
    async setup() {
      const requestId = await makeRequest(api, tokens, org, { status: 'DRAFT' });
      return { requestId, scopes: [[org.UNODC], [org.INTERPOL, org.UNDP], [org.UNODC, org.INTERPOL, org.ICAO]] };
    },
    call: ({ requestId, scopes }, index) =>
      api.gql(
        UPDATE,
        {
          input: {
            id: requestId,
            title: `Draft v${index}`,
            sharingScope: 'NAMED_ENTITIES',
            sharedEntityIds: scopes[index % 3],
          },
        },
        index % 2 === 0 ? tokens.philippines : focalPoint2,
      ),
    async check({ requestId, scopes }) {
      const [{ title }] = await api.sql(`SELECT title FROM assistance_requests WHERE id = $1`, [requestId]);
      const shared = await api.sql(
        `SELECT organization_id FROM assistance_request_shared_entities WHERE request_id = $1`,
        [requestId],
      );
      const last = Number(/^Draft v(\d+)$/.exec(title)![1]);
      expect(shared.map((row) => row.organization_id).sort()).toEqual([...scopes[last % 3]].sort());
      expect(await auditOf('assistance_request.updated', requestId)).toHaveLength(AT_ONCE);
    },
  }),

  transitionAssistanceRequest: scenario({
    story:
      'a coordinator, an admin and the State move one request at once while twelve others are triaged: one step per success',
    async setup() {
      const [requestId, ...others] = await Promise.all([
        makeRequest(api, tokens, org, { status: 'SUBMITTED' }),
        ...range(AT_ONCE / 2).map(() => makeRequest(api, tokens, org, { status: 'SUBMITTED' })),
        ...range(AT_ONCE / 2).map(() =>
          makeRequest(api, tokens, org, { status: 'UNDER_REVIEW', offeredBy: ['unodc', 'interpol'] }),
        ),
      ]);
      return { requestId, opening: others.slice(0, AT_ONCE / 2), declining: others.slice(AT_ONCE / 2) };
    },
    call: ({ requestId }, index) =>
      api.gql(
        TRANSITION,
        { input: { id: requestId, to: ['UNDER_REVIEW', 'DECLINED', 'WITHDRAWN'][index % 3], note: `Move ${index}` } },
        [tokens.coordinator, tokens.admin, tokens.philippines][index % 3],
      ),
    refusals: ['CONFLICT'],
    // Triage of other requests at the same moment: opening some for offers, declining others that had offers.
    // These notify overlapping people (coordinators, the State, the entities) and must not deadlock.
    alongside: ({ opening, declining }, index) =>
      api.gql(
        TRANSITION,
        index % 2 === 0
          ? { input: { id: opening[index / 2], to: 'UNDER_REVIEW' } }
          : { input: { id: declining[(index - 1) / 2], to: 'DECLINED', note: 'Outside the mandate' } },
        index % 4 < 2 ? tokens.coordinator : tokens.admin,
      ),
    async check({ requestId }, answers) {
      const steps = await api.sql(
        `SELECT step, to_status, note FROM assistance_request_transitions WHERE request_id = $1 ORDER BY step`,
        [requestId],
      );
      // DRAFT and SUBMITTED, then exactly the moves that were answered with success.
      const moves = steps.slice(2);
      expect(moves.map((row) => row.note).sort()).toEqual(
        answers.flatMap((answer, index) => (outcome(answer) === 'OK' ? [`Move ${index}`] : [])).sort(),
      );
      expect(moves.length).toBeGreaterThan(0);
    },
  }),

  matchAssistanceRequest: scenario({
    story:
      'a coordinator and an admin match one request twelve times at once: the lead and partners are those of the last step',
    async setup() {
      const requestId = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW' });
      const pairs = [
        { lead: org.UNODC, partners: [org.INTERPOL] },
        { lead: org.INTERPOL, partners: [org.UNDP, org.ICAO] },
        { lead: org.UNDP, partners: [] },
      ];
      return { requestId, pairs };
    },
    call: ({ requestId, pairs }, index) =>
      api.gql(
        MATCH,
        {
          input: {
            requestId,
            leadEntityId: pairs[index % 3].lead,
            partnerEntityIds: pairs[index % 3].partners,
            note: `Match ${index}`,
          },
        },
        index % 2 === 0 ? tokens.coordinator : tokens.admin,
      ),
    async check({ requestId, pairs }) {
      const steps = await api.sql(
        `SELECT note FROM assistance_request_transitions WHERE request_id = $1 AND to_status = 'MATCHED' ORDER BY step`,
        [requestId],
      );
      expect(steps).toHaveLength(AT_ONCE);
      const last = Number(/^Match (\d+)$/.exec(steps.at(-1)!.note)![1]);
      const [request] = await api.sql(`SELECT lead_entity_id FROM assistance_requests WHERE id = $1`, [requestId]);
      const partners = await api.sql(`SELECT organization_id FROM assistance_request_partners WHERE request_id = $1`, [
        requestId,
      ]);
      expect(request.lead_entity_id).toBe(pairs[last % 3].lead);
      expect(partners.map((row) => row.organization_id).sort()).toEqual([...pairs[last % 3].partners].sort());
    },
  }),

  breakGlassOnAssistanceRequest: scenario({
    story: 'the admin breaks the glass on one request twelve times at once: every grant is kept and audited',
    async setup() {
      return {
        requestId: await makeRequest(api, tokens, org, {
          status: 'UNDER_REVIEW',
          classification: 'STRICTLY_CONFIDENTIAL',
          named: ['coordinator'],
        }),
      };
    },
    call: ({ requestId }, index) =>
      api.gql(REQUEST_BREAK_GLASS, { input: { requestId, reason: `Inquiry ${index}` } }, tokens.admin),
    async check({ requestId }) {
      const [counts] = await api.sql(
        `SELECT (SELECT count(*)::int FROM assistance_request_break_glass_grants WHERE request_id = $1::uuid) AS grants,
                (SELECT count(*)::int FROM audit_events
                  WHERE action = 'classification.break_glass' AND target_id = $1::text) AS events`,
        [requestId],
      );
      expect(counts).toEqual({ grants: AT_ONCE, events: AT_ONCE });
    },
  }),

  breakGlassOnProject: scenario({
    story: 'the admin breaks the glass on one project twelve times at once: every grant is kept and audited',
    async setup() {
      return { projectId: await createProject('STRICTLY_CONFIDENTIAL') };
    },
    call: ({ projectId }, index) =>
      api.gql(PROJECT_BREAK_GLASS, { input: { projectId, reason: `Inquiry ${index}` } }, tokens.admin),
    async check({ projectId }) {
      const [counts] = await api.sql(
        `SELECT (SELECT count(*)::int FROM project_break_glass_grants WHERE project_id = $1::uuid) AS grants,
                (SELECT count(*)::int FROM audit_events
                  WHERE action = 'classification.break_glass' AND target_id = $1::text) AS events`,
        [projectId],
      );
      expect(counts).toEqual({ grants: AT_ONCE, events: AT_ONCE });
    },
  }),

  changeProjectClassification: scenario({
    story:
      'a coordinator and UNODC’s member raise one project to CONFIDENTIAL twelve times at once: raised once, audited once',
    async setup() {
      return { projectId: await createProject() };
    },
    call: ({ projectId }, index) =>
      api.gql(
        CHANGE_PROJECT_MARKING,
        { input: { projectId, classification: 'CONFIDENTIAL', reason: `Sources ${index}` } },
        index % 2 === 0 ? tokens.coordinator : tokens.unodc,
      ),
    refusals: ['CONFLICT'],
    async check({ projectId }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const events = await api.sql(
        `SELECT details FROM audit_events WHERE action = 'classification.changed' AND target_id = $1`,
        [projectId],
      );
      expect(events.map((event) => [event.details.from, event.details.to])).toEqual([['UNCLASSIFIED', 'CONFIDENTIAL']]);
      const [project] = await api.sql(`SELECT classification FROM projects WHERE id = $1`, [projectId]);
      expect(project.classification).toBe('CONFIDENTIAL');
    },
  }),

  changeAssistanceRequestClassification: scenario({
    story:
      'a coordinator and the State raise one request to CONFIDENTIAL twelve times at once: raised once, audited once',
    async setup() {
      return { requestId: await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW' }) };
    },
    call: ({ requestId }, index) =>
      api.gql(
        CHANGE_REQUEST_MARKING,
        { input: { requestId, classification: 'CONFIDENTIAL', reason: `Sources ${index}` } },
        index % 2 === 0 ? tokens.coordinator : tokens.philippines,
      ),
    refusals: ['CONFLICT'],
    async check({ requestId }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const events = await api.sql(
        `SELECT details FROM audit_events WHERE action = 'classification.changed' AND target_id = $1`,
        [requestId],
      );
      expect(events.map((event) => [event.details.from, event.details.to])).toEqual([['UNCLASSIFIED', 'CONFIDENTIAL']]);
      const [request] = await api.sql(`SELECT classification FROM assistance_requests WHERE id = $1`, [requestId]);
      expect(request.classification).toBe('CONFIDENTIAL');
    },
  }),

  offerAssistance: scenario({
    story: 'six people of each of two entities offer on one request at once: one offer per entity, announced once',
    async setup() {
      return { requestId: await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW' }) };
    },
    call: ({ requestId }, index) =>
      api.gql(OFFER, { input: { requestId, note: `Offer ${index}` } }, crowd[index].token),
    async check({ requestId }) {
      const offers = await api.sql(
        `SELECT organization_id, author_id, note, status FROM assistance_offers WHERE request_id = $1`,
        [requestId],
      );
      expect(offers.map((offer) => offer.organization_id).sort()).toEqual([org.UNODC, org.INTERPOL].sort());
      for (const offer of offers) {
        expect(offer.status).toBe('ACTIVE');
        // The offer carries the note of the person it names as its author.
        const index = Number(/^Offer (\d+)$/.exec(offer.note)![1]);
        expect(offer.author_id).toBe(crowd[index].id);
        expect(offer.organization_id).toBe(index < 6 ? org.UNODC : org.INTERPOL);
      }
      const told = await api.sql(
        `SELECT user_id, count(*)::int AS n FROM notifications WHERE type = 'REQUEST_OFFER' AND link = $1 GROUP BY user_id`,
        [`/requests/${requestId}`],
      );
      expect(told).toContainEqual({ user_id: ids[DEMO.coordinator], n: 2 });
      expect(told).toContainEqual({ user_id: ids[DEMO.philippines], n: 2 });
    },
  }),

  acknowledgeAssistanceRequest: scenario({
    story: 'six people of each of two entities acknowledge one request at once: once per entity, by one of its people',
    async setup() {
      return { requestId: await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW' }) };
    },
    call: ({ requestId }, index) => api.gql(ACKNOWLEDGE, { id: requestId }, crowd[index].token),
    async check({ requestId }, answers) {
      const rows = await api.sql(
        `SELECT organization_id, acknowledged_by_id FROM assistance_request_acknowledgements WHERE request_id = $1`,
        [requestId],
      );
      expect(rows.map((row) => row.organization_id).sort()).toEqual([org.UNODC, org.INTERPOL].sort());
      for (const row of rows) {
        const people = row.organization_id === org.UNODC ? crowd.slice(0, 6) : crowd.slice(6);
        expect(people.map((person) => person.id)).toContain(row.acknowledged_by_id);
      }
      for (const answer of successes(answers)) {
        expect(answer.data.acknowledgeAssistanceRequest.viewerCanAcknowledge).toBe(false);
      }
    },
  }),

  widenAssistanceRequestSharing: scenario({
    story:
      'two focal points share a request with INTERPOL too, twelve times at once: shared with both, INTERPOL told once',
    async setup() {
      return {
        requestId: await makeRequest(api, tokens, org, {
          status: 'UNDER_REVIEW',
          scope: 'NAMED_ENTITIES',
          shared: ['UNODC'],
        }),
      };
    },
    call: ({ requestId }, index) =>
      api.gql(
        WIDEN_SHARING,
        { input: { id: requestId, sharingScope: 'NAMED_ENTITIES', sharedEntityIds: [org.UNODC, org.INTERPOL] } },
        index % 2 === 0 ? tokens.philippines : focalPoint2,
      ),
    async check({ requestId }) {
      const shared = await api.sql(
        `SELECT organization_id FROM assistance_request_shared_entities WHERE request_id = $1`,
        [requestId],
      );
      expect(shared.map((row) => row.organization_id).sort()).toEqual([org.UNODC, org.INTERPOL].sort());
      const told = await api.sql(
        `SELECT count(*)::int AS n FROM notifications WHERE type = 'REQUEST_OPENED' AND link = $1 AND user_id = $2`,
        [`/requests/${requestId}`, ids[DEMO.interpol]],
      );
      expect(told).toEqual([{ n: 1 }]);
    },
  }),

  withdrawAssistanceOffer: scenario({
    story: 'six people of each offering entity withdraw its offer at once: one withdrawal each, the others find none',
    async setup() {
      return {
        requestId: await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW', offeredBy: ['unodc', 'interpol'] }),
      };
    },
    call: ({ requestId }, index) => api.gql(WITHDRAW_OFFER, { requestId }, crowd[index].token),
    refusals: ['NOT_FOUND'],
    async check({ requestId }, answers) {
      expect(successes(answers.slice(0, 6))).toHaveLength(1);
      expect(successes(answers.slice(6))).toHaveLength(1);
      const offers = await api.sql(`SELECT status FROM assistance_offers WHERE request_id = $1`, [requestId]);
      expect(offers).toEqual([{ status: 'WITHDRAWN' }, { status: 'WITHDRAWN' }]);
    },
  }),

  giveAssistanceFeedback: scenario({
    story:
      'two focal points rate a delivered request twelve times at once, some closing it: closed once, rating and comment agree',
    async setup() {
      return { requestId: await makeRequest(api, tokens, org, { status: 'DELIVERED' }) };
    },
    call: ({ requestId }, index) =>
      api.gql(
        FEEDBACK,
        { input: { id: requestId, rating: (index % 5) + 1, comment: `Feedback ${index}`, close: index % 3 === 0 } },
        index % 2 === 0 ? tokens.philippines : focalPoint2,
      ),
    async check({ requestId }) {
      const [request] = await api.sql(
        `SELECT status, feedback_rating, feedback_comment FROM assistance_requests WHERE id = $1`,
        [requestId],
      );
      expect(request.status).toBe('CLOSED');
      const last = Number(/^Feedback (\d+)$/.exec(request.feedback_comment)![1]);
      expect(request.feedback_rating).toBe((last % 5) + 1);
      const closed = await api.sql(
        `SELECT count(*)::int AS n FROM assistance_request_transitions WHERE request_id = $1 AND to_status = 'CLOSED'`,
        [requestId],
      );
      expect(closed).toEqual([{ n: 1 }]);
    },
  }),

  linkAssistanceRequestToProject: scenario({
    story: 'a coordinator and an admin relink one request twelve times at once: the link is the last one audited',
    async setup() {
      const requestId = await makeRequest(api, tokens, org, { status: 'SUBMITTED' });
      return { requestId, targets: [await createProject(), await createProject(), null] };
    },
    call: ({ requestId, targets }, index) =>
      api.gql(
        LINK,
        { input: { requestId, projectId: targets[index % 3] } },
        index % 2 === 0 ? tokens.coordinator : tokens.admin,
      ),
    async check({ requestId }) {
      const events = await auditOf('assistance_request.linked', requestId);
      expect(events).toHaveLength(AT_ONCE);
      const [request] = await api.sql(`SELECT project_id FROM assistance_requests WHERE id = $1`, [requestId]);
      expect(request.project_id).toBe(events.at(-1)!.details.projectId);
    },
  }),

  // ---- projects, activities, funding ----

  createProject: scenario({
    story:
      'a coordinator and an admin create twelve projects at once: each has its own workspace, each partner told once',
    async setup() {
      const partnersPeople = await api.sql(
        `SELECT id FROM users WHERE organization_id = ANY($1) AND role = 'ENTITY_MEMBER' AND disabled_at IS NULL`,
        [[org.UNODC, org.INTERPOL]],
      );
      return { told: partnersPeople.map((row) => row.id as string).sort() };
    },
    call: (_state, index) =>
      newProject(index % 2 === 0 ? tokens.coordinator : tokens.admin, `Project created at once ${index}`),
    async check({ told }, answers) {
      expect(new Set(answers.map((answer) => answer.data!.createProject.workspace.id)).size).toBe(AT_ONCE);
      for (const answer of answers) {
        const project = answer.data!.createProject;
        // The lead's and the partner's people take part in it.
        for (const person of [crowd[0], crowd[6]]) {
          expect((await api.gql(WORKSPACE, { id: project.workspace.id }, person.token)).data?.workspace.id).toBe(
            project.workspace.id,
          );
        }
        const notified = await api.sql(`SELECT user_id FROM notifications WHERE type = 'PROJECT_ADDED' AND link = $1`, [
          `/projects/${project.id}`,
        ]);
        expect(notified.map((row) => row.user_id).sort()).toEqual(told);
      }
    },
  }),

  updateProject: scenario({
    story:
      'a coordinator, an admin and the lead entity save twelve edits of one project at once: partners match the title saved',
    async setup() {
      const projectId = await createProject();
      return {
        projectId,
        partnerSets: [[org.INTERPOL], [org.UNDP, org.ICAO], []],
        editors: [tokens.coordinator, tokens.admin, crowd[0].token, crowd[1].token],
      };
    },
    call: ({ projectId, partnerSets, editors }, index) =>
      api.gql(
        UPDATE_PROJECT,
        {
          input: {
            id: projectId,
            title: `Project v${index}`,
            partners: partnerSets[index % 3].map((organizationId: string) => ({ organizationId })),
          },
        },
        editors[index % 4],
      ),
    async check({ projectId, partnerSets }) {
      const [project] = await api.sql(`SELECT title FROM projects WHERE id = $1`, [projectId]);
      const last = Number(/^Project v(\d+)$/.exec(project.title)![1]);
      const partners = await api.sql(`SELECT organization_id FROM project_partners WHERE project_id = $1`, [projectId]);
      expect(partners.map((row) => row.organization_id).sort()).toEqual([...partnerSets[last % 3]].sort());
      expect(await auditOf('project.updated', projectId)).toHaveLength(AT_ONCE);
    },
  }),

  setProjectMilestone: scenario({
    story:
      'the coordinator and the lead entity add six milestones and edit one six times at once: none lost or doubled',
    async setup() {
      const projectId = await createProject();
      const milestone = ok(
        await api.gql(
          SET_MILESTONE,
          { input: { projectId, title: 'Inception', dueDate: '2026-04-30' } },
          tokens.coordinator,
        ),
        'setProjectMilestone',
      );
      return { projectId, milestoneId: milestone.id as string };
    },
    call: ({ projectId, milestoneId }, index) =>
      api.gql(
        SET_MILESTONE,
        {
          input:
            index % 2 === 0
              ? { projectId, title: `Milestone ${index}`, dueDate: '2026-06-30' }
              : { projectId, id: milestoneId, title: `Inception v${index}`, dueDate: '2026-05-31', status: 'DONE' },
        },
        index % 4 < 2 ? tokens.coordinator : tokens.unodc,
      ),
    async check({ projectId, milestoneId }) {
      const milestones = await api.sql(`SELECT id, title FROM project_milestones WHERE project_id = $1`, [projectId]);
      const added = milestones.filter((row) => row.id !== milestoneId).map((row) => row.title);
      expect(added.sort()).toEqual(
        range(6)
          .map((index) => `Milestone ${index * 2}`)
          .sort(),
      );
      const edited = milestones.find((row) => row.id === milestoneId)!.title;
      expect(range(6).map((index) => `Inception v${index * 2 + 1}`)).toContain(edited);
    },
  }),

  deleteProjectMilestone: scenario({
    story:
      'the coordinator and the lead entity delete the same six milestones at once: all gone, each deleted at least once',
    async setup() {
      const projectId = await createProject();
      const milestoneIds: string[] = [];
      for (const index of range(6)) {
        const milestone = ok(
          await api.gql(
            SET_MILESTONE,
            { input: { projectId, title: `Step ${index}`, dueDate: '2026-04-30' } },
            tokens.coordinator,
          ),
          'setProjectMilestone',
        );
        milestoneIds.push(milestone.id);
      }
      return { projectId, milestoneIds };
    },
    call: ({ milestoneIds }, index) =>
      api.gql(DELETE_MILESTONE, { id: milestoneIds[index % 6] }, index < 6 ? tokens.coordinator : tokens.unodc),
    refusals: ['NOT_FOUND'],
    async check({ projectId }, answers) {
      for (const milestone of range(6)) {
        expect(successes([answers[milestone], answers[milestone + 6]]).length).toBeGreaterThan(0);
      }
      expect(await api.sql(`SELECT id FROM project_milestones WHERE project_id = $1`, [projectId])).toEqual([]);
    },
  }),

  recordActivity: scenario({
    story: 'a coordinator and UNODC people record twelve activities of one project at once: each with its organizers',
    async setup() {
      return { projectId: await createProject() };
    },
    call: ({ projectId }, index) =>
      index % 3 === 0
        ? api.gql(
            RECORD_ACTIVITY,
            { input: activityInput(`Activity ${index}`, projectId, [org.UNODC, org.INTERPOL]) },
            tokens.coordinator,
          )
        : api.gql(
            RECORD_ACTIVITY,
            { input: activityInput(`Activity ${index}`, projectId, [org.UNODC]) },
            crowd[index % 6].token,
          ),
    async check({ projectId }, answers) {
      const activities = await api.sql(
        `SELECT a.id, a.title, array_agg(o.organization_id) AS organizers
           FROM activities a JOIN activity_organizers o ON o.activity_id = a.id WHERE a.project_id = $1 GROUP BY a.id`,
        [projectId],
      );
      expect(activities).toHaveLength(AT_ONCE);
      for (const [index, answer] of answers.entries()) {
        const activity = activities.find((row) => row.id === answer.data!.recordActivity.id)!;
        expect(activity.title).toBe(`Activity ${index}`);
        expect([...activity.organizers].sort()).toEqual(
          (index % 3 === 0 ? [org.UNODC, org.INTERPOL] : [org.UNODC]).sort(),
        );
        expect(await auditOf('activity.recorded', activity.id)).toHaveLength(1);
      }
    },
  }),

  updateActivity: scenario({
    story: 'a coordinator and UNODC people save twelve edits of one activity at once: organizers match the title saved',
    async setup() {
      const projectId = await createProject();
      const activity = ok(
        await api.gql(RECORD_ACTIVITY, { input: activityInput('Workshop', projectId, [org.UNODC]) }, tokens.unodc),
        'recordActivity',
      );
      return {
        projectId,
        activityId: activity.id as string,
        organizerSets: [[org.UNODC], [org.UNODC, org.INTERPOL], [org.UNODC, org.UNDP, org.ICAO]],
      };
    },
    call: ({ projectId, activityId, organizerSets }, index) =>
      api.gql(
        UPDATE_ACTIVITY,
        { input: { id: activityId, ...activityInput(`Workshop v${index}`, projectId, organizerSets[index % 3]) } },
        index % 2 === 0 ? tokens.coordinator : crowd[index % 6].token,
      ),
    async check({ activityId, organizerSets }) {
      const [{ title }] = await api.sql(`SELECT title FROM activities WHERE id = $1`, [activityId]);
      const last = Number(/^Workshop v(\d+)$/.exec(title)![1]);
      const organizers = await api.sql(`SELECT organization_id FROM activity_organizers WHERE activity_id = $1`, [
        activityId,
      ]);
      expect(organizers.map((row) => row.organization_id).sort()).toEqual([...organizerSets[last % 3]].sort());
      expect(await auditOf('activity.updated', activityId)).toHaveLength(AT_ONCE);
    },
  }),

  deleteActivity: scenario({
    story: 'UNODC and a coordinator delete the same six activities at once: each deleted exactly once',
    async setup() {
      const projectId = await createProject();
      const activityIds: string[] = [];
      for (const index of range(6)) {
        const activity = ok(
          await api.gql(
            RECORD_ACTIVITY,
            { input: activityInput(`Cancelled ${index}`, projectId, [org.UNODC]) },
            tokens.unodc,
          ),
          'recordActivity',
        );
        activityIds.push(activity.id);
      }
      return { activityIds };
    },
    call: ({ activityIds }, index) =>
      api.gql(DELETE_ACTIVITY, { id: activityIds[index % 6] }, index < 6 ? tokens.unodc : tokens.coordinator),
    refusals: ['NOT_FOUND'],
    async check({ activityIds }, answers) {
      for (const [index, activityId] of activityIds.entries()) {
        expect(successes([answers[index], answers[index + 6]])).toHaveLength(1);
        expect(await auditOf('activity.deleted', activityId)).toHaveLength(1);
      }
      expect(await api.sql(`SELECT id FROM activities WHERE id = ANY($1)`, [activityIds])).toEqual([]);
    },
  }),

  recordContribution: scenario({
    story: 'a coordinator and an admin record twelve receipts for one project at once: the total is right',
    async setup() {
      return { projectId: await createProject() };
    },
    call: ({ projectId }, index) =>
      api.gql(
        RECORD_CONTRIBUTION,
        {
          input: { donorId: org['STATE:JP'], kind: 'RECEIPT', amountUsd: 1000 + index, date: '2026-02-01', projectId },
        },
        index % 2 === 0 ? tokens.coordinator : tokens.admin,
      ),
    async check({ projectId }) {
      const [totals] = await api.sql(
        `SELECT count(*)::int AS n, sum(amount_usd)::float8 AS total FROM contributions WHERE project_id = $1`,
        [projectId],
      );
      expect(totals).toEqual({ n: AT_ONCE, total: range(AT_ONCE).reduce((sum, index) => sum + 1000 + index, 0) });
    },
  }),

  updateContribution: scenario({
    story:
      'a coordinator and an admin correct one contribution twelve times at once: amount and purpose come from one edit',
    async setup() {
      const projectId = await createProject();
      const contribution = ok(
        await api.gql(
          RECORD_CONTRIBUTION,
          { input: { donorId: org['STATE:JP'], kind: 'PLEDGE', amountUsd: 500, date: '2026-02-01', projectId } },
          tokens.coordinator,
        ),
        'recordContribution',
      );
      return { projectId, contributionId: contribution.id as string };
    },
    call: ({ projectId, contributionId }, index) =>
      api.gql(
        UPDATE_CONTRIBUTION,
        {
          input: {
            id: contributionId,
            donorId: org['STATE:JP'],
            kind: 'PLEDGE',
            amountUsd: 5000 + index,
            date: '2026-02-01',
            projectId,
            purpose: `Correction ${index}`,
          },
        },
        index % 2 === 0 ? tokens.coordinator : tokens.admin,
      ),
    async check({ contributionId }) {
      const [row] = await api.sql(`SELECT amount_usd::float8 AS amount, purpose FROM contributions WHERE id = $1`, [
        contributionId,
      ]);
      expect(row.amount).toBe(5000 + Number(/^Correction (\d+)$/.exec(row.purpose)![1]));
      expect(await auditOf('contribution.updated', contributionId)).toHaveLength(AT_ONCE);
    },
  }),

  recordAgreement: scenario({
    story: 'a coordinator and an admin record twelve agreements at once: each with its parties',
    async setup() {
      return {
        partySets: [
          [org.UNODC, org['STATE:PH']],
          [org.INTERPOL, org['STATE:PH'], org.UNODC],
        ],
      };
    },
    call: ({ partySets }, index) =>
      api.gql(
        RECORD_AGREEMENT,
        {
          input: {
            type: 'MOU',
            subject: `Agreement ${index}`,
            dateSigned: '2026-02-15',
            partyIds: partySets[index % 2],
          },
        },
        index % 2 === 0 ? tokens.coordinator : tokens.admin,
      ),
    async check({ partySets }, answers) {
      for (const [index, answer] of answers.entries()) {
        const id = answer.data!.recordAgreement.id;
        const parties = await api.sql(`SELECT organization_id FROM agreement_parties WHERE agreement_id = $1`, [id]);
        expect(parties.map((row) => row.organization_id).sort()).toEqual([...partySets[index % 2]].sort());
      }
    },
  }),

  updateAgreement: scenario({
    story:
      'a coordinator and an admin correct only the parties of one agreement twelve times at once: one of the sets saved, whole',
    async setup() {
      const input = { type: 'MOU', subject: 'Passenger data', dateSigned: '2026-02-15' };
      const agreement = ok(
        await api.gql(
          RECORD_AGREEMENT,
          { input: { ...input, partyIds: [org.UNODC, org['STATE:PH']] } },
          tokens.coordinator,
        ),
        'recordAgreement',
      );
      return {
        agreementId: agreement.id as string,
        input,
        partySets: [
          [org.UNODC, org['STATE:PH']],
          [org.INTERPOL, org['STATE:PH']],
          [org.UNODC, org.INTERPOL, org['STATE:PH']],
        ],
      };
    },
    // The agreement's own fields stay as they are: only its parties change.
    call: ({ agreementId, input, partySets }, index) =>
      api.gql(
        UPDATE_AGREEMENT,
        { input: { ...input, id: agreementId, partyIds: partySets[index % 3] } },
        index % 2 === 0 ? tokens.coordinator : tokens.admin,
      ),
    async check({ agreementId, partySets }) {
      const parties = await api.sql(`SELECT organization_id FROM agreement_parties WHERE agreement_id = $1`, [
        agreementId,
      ]);
      const saved = parties.map((row) => row.organization_id).sort();
      expect(partySets.map((set: string[]) => [...set].sort())).toContainEqual(saved);
      expect(await auditOf('agreement.updated', agreementId)).toHaveLength(AT_ONCE);
    },
  }),

  // ---- the audit trail ----

  verifyAuditChain: scenario({
    story:
      'two admins verify the audit trail twelve times at once while people sign in: every answer ok, each row sealed once',
    async setup() {
      return {};
    },
    call: (_state, index) => api.gql(VERIFY_AUDIT_CHAIN, {}, index % 2 ? tokens.admin : admin2),
    alongside: (_state, index) =>
      api.gql(SIGN_IN, { email: crowd[index % crowd.length].email, password: DEMO_PASSWORD }),
    async check(_state, answers) {
      for (const answer of answers)
        expect(answer.data?.verifyAuditChain).toMatchObject({ ok: true, firstBrokenId: null });
      const [places] = await api.sql(
        `SELECT count(*)::int AS sealed, count(DISTINCT chain_seq)::int AS places, max(chain_seq)::int AS last,
                min(chain_seq)::int AS first FROM audit_events WHERE chain_seq IS NOT NULL`,
      );
      expect(places.places).toBe(places.sealed);
      expect(places.last - places.first + 1).toBe(places.sealed);
    },
  }),

  // ---- governance bodies and meetings ----

  createGovernanceBody: scenario({
    story: 'two admins add a body of one name twelve times at once: one body, with one workspace',
    async setup() {
      return { name: `Raced board ${randomUUID().slice(0, 8)}` };
    },
    call: ({ name }, index) =>
      api.gql(CREATE_BODY, { input: { names: { en: name } } }, index % 2 ? tokens.admin : admin2),
    refusals: ['CONFLICT'],
    async check({ name }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const bodies = await api.sql(`SELECT workspace_id FROM governance_bodies WHERE names ->> 'en' = $1`, [name]);
      expect(bodies).toHaveLength(1);
      const workspaces = await api.sql(`SELECT id FROM workspaces WHERE kind = 'GOVERNANCE_BODY' AND name = $1`, [
        name,
      ]);
      expect(workspaces.map((row) => row.id)).toEqual([bodies[0].workspace_id]);
    },
  }),

  setGovernanceBodyMember: scenario({
    story: 'two admins set UNDP’s role on a body twelve times at once: one seat, and the workspace agrees with it',
    async setup() {
      return { body: await governanceBody() };
    },
    call: ({ body }, index) =>
      api.gql(
        SET_BODY_MEMBER,
        { input: { bodyId: body.id, organizationId: org.UNDP, role: index % 2 ? 'GUEST' : 'MEMBER' } },
        index % 2 ? tokens.admin : admin2,
      ),
    async check({ body }) {
      const [seat] = await api.sql(
        `SELECT role FROM governance_body_members WHERE body_id = $1 AND organization_id = $2`,
        [body.id, org.UNDP],
      );
      const [place] = await api.sql(
        `SELECT role FROM workspace_organizations WHERE workspace_id = $1 AND organization_id = $2`,
        [body.workspaceId, org.UNDP],
      );
      expect(place.role).toBe(seat.role === 'GUEST' ? 'OBSERVER' : 'MEMBER');
      const events = (await auditOf('governance_body.member_set', body.id)).filter(
        ({ details }) => details.organizationId === org.UNDP,
      );
      expect(events).toHaveLength(AT_ONCE);
      expect(seat.role).toBe(events.at(-1)!.details.role);
    },
  }),

  removeGovernanceBodyMember: scenario({
    story: 'two admins take UNDP off a body twelve times at once: off once, and out of its workspace',
    async setup() {
      const body = await governanceBody();
      const input = { bodyId: body.id, organizationId: org.UNDP, role: 'MEMBER' };
      ok(await api.gql(SET_BODY_MEMBER, { input }, tokens.admin), 'setGovernanceBodyMember');
      return { body };
    },
    call: ({ body }, index) =>
      api.gql(
        REMOVE_BODY_MEMBER,
        { input: { bodyId: body.id, organizationId: org.UNDP } },
        index % 2 ? tokens.admin : admin2,
      ),
    refusals: ['NOT_FOUND'],
    async check({ body }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const left = await api.sql(
        `SELECT 1 FROM workspace_organizations WHERE workspace_id = $1 AND organization_id = $2
         UNION ALL SELECT 1 FROM governance_body_members WHERE body_id = $3 AND organization_id = $2`,
        [body.workspaceId, org.UNDP, body.id],
      );
      expect(left).toHaveLength(0);
      expect(await auditOf('governance_body.member_removed', body.id)).toHaveLength(1);
    },
  }),

  scheduleMeeting: scenario({
    story: 'the coordinator and an admin schedule twelve meetings of one body at once: twelve numbers, none twice',
    async setup() {
      return { body: await governanceBody() };
    },
    call: ({ body }, index) =>
      api.gql(SCHEDULE_MEETING, { input: meetingOf(body.id, index) }, index % 2 ? tokens.coordinator : tokens.admin),
    async check({ body }) {
      const numbers = await api.sql(`SELECT number FROM meetings WHERE body_id = $1 ORDER BY number`, [body.id]);
      expect(numbers.map((row) => row.number)).toEqual(range(AT_ONCE).map((index) => index + 1));
    },
  }),

  updateMeeting: scenario({
    story: 'the coordinator moves a meeting while an admin cancels it, twelve times at once: cancelled once, kept so',
    async setup() {
      const body = await governanceBody();
      const meeting = ok(
        await api.gql(SCHEDULE_MEETING, { input: meetingOf(body.id, 0) }, tokens.admin),
        'scheduleMeeting',
      );
      return { meeting: meeting.id as string };
    },
    call: ({ meeting }, index) =>
      index % 2
        ? api.gql(UPDATE_MEETING, { input: { id: meeting, place: `Room ${index}` } }, tokens.coordinator)
        : api.gql(UPDATE_MEETING, { input: { id: meeting, cancelled: true } }, tokens.admin),
    refusals: ['CONFLICT'],
    async check({ meeting }) {
      const [row] = await api.sql(`SELECT status, place FROM meetings WHERE id = $1`, [meeting]);
      expect(row.status).toBe('CANCELLED');
      expect(await auditOf('meeting.cancelled', meeting)).toHaveLength(1);
      // Nothing changed it after the cancellation: the moves accepted all came before it.
      const changes = await api.sql(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`, [meeting]);
      expect(changes.at(-1)!.action).toBe('meeting.cancelled');
    },
  }),

  recordMeetingOutcome: scenario({
    story: 'the coordinator and an admin record a meeting’s outcome twelve times at once: held, told once',
    async setup() {
      const body = await governanceBody();
      const meeting = ok(
        await api.gql(SCHEDULE_MEETING, { input: meetingOf(body.id, 0) }, tokens.admin),
        'scheduleMeeting',
      );
      await api.sql(
        `UPDATE meetings SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
        [meeting.id],
      );
      return { meeting: meeting.id as string };
    },
    call: ({ meeting }, index) =>
      api.gql(
        RECORD_OUTCOME,
        { input: { meetingId: meeting, outcome: `Outcome ${index}`, attendeeOrganizationIds: [org.UNOCT, org.UNODC] } },
        index % 2 ? tokens.coordinator : tokens.admin,
      ),
    async check({ meeting }) {
      const [row] = await api.sql(`SELECT status FROM meetings WHERE id = $1`, [meeting]);
      expect(row.status).toBe('HELD');
      const attendees = await api.sql(`SELECT organization_id FROM meeting_attendees WHERE meeting_id = $1`, [meeting]);
      expect(attendees).toHaveLength(2);
      const told = await api.sql(
        `SELECT user_id, count(*)::int AS times FROM notifications WHERE type = 'MEETING_OUTCOME' AND link = $1
         GROUP BY user_id`,
        [`/meetings/${meeting}`],
      );
      expect(told.length).toBeGreaterThan(0);
      expect(told.every((row) => row.times === 1)).toBe(true);
    },
  }),

  publishQuarterlyReport: scenario({
    story: 'the coordinator and an admin publish Q1 2020 to a body twelve times at once: each thread carries its PDF',
    async setup() {
      return { body: await governanceBody() };
    },
    call: ({ body }, index) =>
      api.gql(
        PUBLISH_REPORT,
        { year: 2020, quarter: 1, bodyId: body.id },
        index % 2 ? tokens.coordinator : tokens.admin,
      ),
    // One print in flight per person: the others are told to try again shortly.
    refusals: ['RATE_LIMITED'],
    async check({ body }, answers) {
      const published = successes(answers).length;
      expect(published).toBeGreaterThanOrEqual(1);
      const threads = await api.sql(
        `SELECT t.id, (SELECT count(*)::int FROM attachments a JOIN posts p ON p.id = a.post_id WHERE p.thread_id = t.id) AS files
           FROM threads t WHERE t.workspace_id = $1`,
        [body.workspaceId],
      );
      expect(threads).toHaveLength(published);
      expect(threads.every((thread) => thread.files === 1)).toBe(true);
    },
  }),

  // ---- decisions by silence procedure ----

  proposeDecision: scenario({
    story: 'the coordinator and a moderator propose twelve decisions in BMLE at once: each with its own adoption job',
    async setup() {
      return { titles: range(AT_ONCE).map((index) => `Joint statement ${index} ${randomUUID().slice(0, 8)}`) };
    },
    call: ({ titles }, index) =>
      api.gql(
        PROPOSE_DECISION,
        {
          input: {
            workspaceId: workspaces.BMLE,
            title: titles[index],
            text: 'Adopt it.',
            silenceUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          },
        },
        moderators()[index % 2],
      ),
    async check({ titles }, answers) {
      const decisionIds = answers.map((answer) => answer.data!.proposeDecision.id as string);
      const rows = await api.sql(`SELECT id, title, status FROM decisions WHERE id = ANY($1::uuid[])`, [decisionIds]);
      expect(rows.map((row) => row.title).sort()).toEqual([...titles].sort());
      expect(rows.every((row) => row.status === 'OPEN')).toBe(true);
      const jobs = await api.sql(
        `SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'adopt_decision' AND key = ANY($1::text[])`,
        [decisionIds.map((id) => `decision-adoption:${id}`)],
      );
      expect(jobs).toHaveLength(AT_ONCE);
      for (const id of decisionIds) expect(await auditOf('decision.proposed', id)).toHaveLength(1);
    },
  }),

  breakSilence: scenario({
    story: 'twelve people of UNODC and INTERPOL object to one decision at once: one objection per organization',
    async setup() {
      const decision = ok(
        await api.gql(
          PROPOSE_DECISION,
          {
            input: {
              workspaceId: workspaces.BMLE,
              title: `Contested ${randomUUID().slice(0, 8)}`,
              text: 'Adopt it.',
              silenceUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            },
          },
          tokens.coordinator,
        ),
        'proposeDecision',
      );
      return { decisionId: decision.id as string, people: crowd.slice(0, AT_ONCE) };
    },
    call: ({ decisionId, people }, index) =>
      api.gql(BREAK_SILENCE, { input: { decisionId, reason: `Objection ${index}` } }, people[index].token),
    refusals: ['CONFLICT'],
    async check({ decisionId, people }, answers) {
      const objections = await api.sql(`SELECT organization_id FROM decision_objections WHERE decision_id = $1`, [
        decisionId,
      ]);
      const organizations = await api.sql(`SELECT DISTINCT organization_id FROM users WHERE id = ANY($1::uuid[])`, [
        people.map((person: { id: string }) => person.id),
      ]);
      expect(objections.map((row) => row.organization_id).sort()).toEqual(
        organizations.map((row) => row.organization_id).sort(),
      );
      expect(answers.filter((answer) => answer.data?.breakSilence)).toHaveLength(organizations.length);
      const [{ status }] = await api.sql(`SELECT status FROM decisions WHERE id = $1`, [decisionId]);
      expect(status).toBe('SILENCE_BROKEN');
      expect(await auditOf('decision.objected', decisionId)).toHaveLength(organizations.length);
    },
  }),

  withdrawDecision: scenario({
    story: 'the coordinator and a moderator withdraw one decision twelve times at once: withdrawn once',
    async setup() {
      const decision = ok(
        await api.gql(
          PROPOSE_DECISION,
          {
            input: {
              workspaceId: workspaces.BMLE,
              title: `Withdrawn ${randomUUID().slice(0, 8)}`,
              text: 'Adopt it.',
              silenceUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            },
          },
          tokens.coordinator,
        ),
        'proposeDecision',
      );
      return { decisionId: decision.id as string };
    },
    call: ({ decisionId }, index) => api.gql(WITHDRAW_DECISION, { id: decisionId }, moderators()[index % 2]),
    refusals: ['CONFLICT'],
    async check({ decisionId }, answers) {
      expect(answers.filter((answer) => answer.data?.withdrawDecision)).toHaveLength(1);
      const [{ status }] = await api.sql(`SELECT status FROM decisions WHERE id = $1`, [decisionId]);
      expect(status).toBe('WITHDRAWN');
      expect(await auditOf('decision.withdrawn', decisionId)).toHaveLength(1);
    },
  }),

  createOrganizationUnit: scenario({
    story: 'two admins add twelve units to UNODC at once, half under one parent: each unit once, each audited',
    async setup() {
      const parent = await unitOf('UNODC', `Parent ${randomUUID().slice(0, 8)}`);
      return { parent, names: range(AT_ONCE).map((index) => `Unit ${index} ${randomUUID().slice(0, 8)}`) };
    },
    call: ({ parent, names }, index) =>
      api.gql(
        CREATE_UNIT,
        { input: { organizationId: org.UNODC, parentId: index % 2 ? parent : null, names: { en: names[index] } } },
        index % 2 ? tokens.admin : admin2,
      ),
    async check({ parent, names }, answers) {
      const rows = await api.sql(
        `SELECT id, parent_id FROM organization_units WHERE organization_id = $1 AND names->>'en' = ANY($2::text[])`,
        [org.UNODC, names],
      );
      expect(rows).toHaveLength(AT_ONCE);
      expect(rows.filter((row) => row.parent_id === parent)).toHaveLength(AT_ONCE / 2);
      for (const answer of answers) {
        expect(await auditOf('organization_unit.created', answer.data!.createOrganizationUnit.id)).toHaveLength(1);
      }
    },
  }),

  updateOrganizationUnit: scenario({
    story: 'two admins put two units under each other twelve times at once: one of them wins, never a loop',
    async setup() {
      return { first: await unitOf('UNODC', 'Loop A'), second: await unitOf('UNODC', 'Loop B') };
    },
    call: ({ first, second }, index) =>
      api.gql(
        UPDATE_UNIT,
        { input: index % 2 ? { id: first, parentId: second } : { id: second, parentId: first } },
        index % 2 ? tokens.admin : admin2,
      ),
    refusals: ['BAD_USER_INPUT'],
    async check({ first, second }, answers) {
      const rows = await api.sql(`SELECT id, parent_id FROM organization_units WHERE id = ANY($1::uuid[])`, [
        [first, second],
      ]);
      const parents = new Map(rows.map((row) => [row.id, row.parent_id]));
      expect(parents.get(first) === second && parents.get(second) === first).toBe(false);
      expect(successes(answers).length).toBeGreaterThan(0);
    },
  }),

  updateOrganization: scenario({
    story: 'two admins correct UNDP’s dates twelve times at once: each change starts from what the previous left',
    async setup() {
      return { dates: range(AT_ONCE).map((index) => `2018-12-${String(index + 10).padStart(2, '0')}`) };
    },
    call: ({ dates }, index) =>
      api.gql(
        UPDATE_ORGANIZATION,
        { input: { id: org.UNDP, joinedAt: dates[index] } },
        index % 2 ? tokens.admin : admin2,
      ),
    async check() {
      const events = await auditOf('organization.updated', org.UNDP);
      expect(events).toHaveLength(AT_ONCE);
      for (const [index, { details }] of events.entries()) {
        if (index > 0) expect(details.before.joinedAt).toBe(events[index - 1].details.after.joinedAt);
      }
      const [row] = await api.sql(`SELECT joined_at::text AS joined_at FROM organizations WHERE id = $1`, [org.UNDP]);
      expect(row.joined_at).toBe(events.at(-1)!.details.after.joinedAt);
    },
  }),

  setWorkingGroupMembership: scenario({
    story: 'two admins set UNDP’s role in BMLE twelve times at once: one membership, the last change audited holds',
    async setup() {
      return { group: await workingGroupId('BMLE') };
    },
    call: ({ group }, index) =>
      api.gql(
        SET_MEMBERSHIP,
        { input: { workingGroupId: group, organizationId: org.UNDP, role: index % 2 ? 'OBSERVER' : 'MEMBER' } },
        index % 2 ? tokens.admin : admin2,
      ),
    async check({ group }) {
      const rows = await api.sql(
        `SELECT role FROM working_group_memberships WHERE working_group_id = $1 AND organization_id = $2`,
        [group, org.UNDP],
      );
      expect(rows).toHaveLength(1);
      const events = (await auditOf('working_group.membership_set', group)).filter(
        ({ details }) => details.organizationId === org.UNDP,
      );
      expect(events).toHaveLength(AT_ONCE);
      expect(rows[0].role).toBe(events.at(-1)!.details.role);
    },
  }),

  removeWorkingGroupMembership: scenario({
    story: 'two admins take INTERPOL out of the gender working group twelve times at once: out once',
    async setup() {
      const group = await workingGroupId('GENDER');
      ok(
        await api.gql(
          SET_MEMBERSHIP,
          { input: { workingGroupId: group, organizationId: org.INTERPOL, role: 'MEMBER' } },
          tokens.admin,
        ),
        'setWorkingGroupMembership',
      );
      return { group };
    },
    call: ({ group }, index) =>
      api.gql(
        REMOVE_MEMBERSHIP,
        { input: { workingGroupId: group, organizationId: org.INTERPOL } },
        index % 2 ? tokens.admin : admin2,
      ),
    refusals: ['NOT_FOUND'],
    async check({ group }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const rows = await api.sql(
        `SELECT 1 FROM working_group_memberships WHERE working_group_id = $1 AND organization_id = $2`,
        [group, org.INTERPOL],
      );
      expect(rows).toHaveLength(0);
      const removals = (await auditOf('working_group.membership_removed', group)).filter(
        ({ details }) => details.organizationId === org.INTERPOL,
      );
      expect(removals).toHaveLength(1);
    },
  }),

  setUserUnit: scenario({
    story: 'two admins place three people of UNODC in two units at once: each person’s unit is the last audited',
    async setup() {
      const units = [await unitOf('UNODC', 'Placement A'), await unitOf('UNODC', 'Placement B')];
      const emails = range(3).map((index) => `placed.${index}@unodc.example`);
      const people = await addPeople('UNODC', 'ENTITY_MEMBER', emails);
      return { units, targets: emails.map((email) => people[email]) };
    },
    call: ({ units, targets }, index) =>
      api.gql(
        SET_USER_UNIT,
        { input: { userId: targets[index % 3], unitId: units[Math.floor(index / 3) % 2] } },
        index % 2 ? tokens.admin : admin2,
      ),
    async check({ targets }) {
      for (const target of targets) {
        const events = await auditOf('user.unit_changed', target);
        expect(events).toHaveLength(AT_ONCE / 3);
        let previous: string | null = null;
        for (const { details } of events) {
          expect(details.before).toBe(previous);
          previous = details.after;
        }
        const [row] = await api.sql(`SELECT unit_id FROM users WHERE id = $1`, [target]);
        expect(row.unit_id).toBe(previous);
      }
    },
  }),

  createWorkPlan: scenario({
    story: 'the coordinator and an admin make BMLE’s plan for one half year twelve times at once: one plan',
    async setup() {
      return { group: await workingGroupId('BMLE') };
    },
    call: ({ group }, index) =>
      api.gql(
        CREATE_WORK_PLAN,
        { input: { workingGroupId: group, year: 2031, half: 1, title: `Plan ${index}` } },
        index % 2 ? tokens.coordinator : tokens.admin,
      ),
    refusals: ['CONFLICT'],
    async check({ group }, answers) {
      expect(successes(answers)).toHaveLength(1);
      const plans = await api.sql(
        `SELECT id FROM work_plans WHERE working_group_id = $1 AND year = 2031 AND half = 1`,
        [group],
      );
      expect(plans).toHaveLength(1);
      expect(await auditOf('work_plan.created', plans[0].id)).toHaveLength(1);
    },
  }),

  addWorkPlanItem: scenario({
    story: 'the coordinator and an admin add twelve items to one plan at once: each item once',
    async setup() {
      return { plan: await bmlePlan(2031, 2), titles: range(AT_ONCE).map((index) => `Item ${index}`) };
    },
    call: ({ plan, titles }, index) =>
      api.gql(
        ADD_WORK_PLAN_ITEM,
        { input: workPlanItem(plan, titles[index], '2031-11-30') },
        index % 2 ? tokens.coordinator : tokens.admin,
      ),
    async check({ plan, titles }) {
      const items = await api.sql(`SELECT title FROM work_plan_items WHERE work_plan_id = $1`, [plan]);
      expect(items.map((item) => item.title).sort()).toEqual([...titles].sort());
    },
  }),

  updateWorkPlanItem: scenario({
    story: 'the coordinator and an admin move one item twelve times at once, each with a note: every note kept',
    async setup() {
      const plan = await bmlePlan(2032, 1);
      const item = ok(
        await api.gql(ADD_WORK_PLAN_ITEM, { input: workPlanItem(plan, 'Raced item', '2032-05-31') }, tokens.admin),
        'addWorkPlanItem',
      );
      return { item: item.id as string };
    },
    call: ({ item }, index) =>
      api.gql(
        UPDATE_WORK_PLAN_ITEM,
        { input: { id: item, status: index % 2 ? 'AT_RISK' : 'ON_TRACK', progressNote: `Note ${index}` } },
        index % 2 ? tokens.coordinator : tokens.admin,
      ),
    async check({ item }) {
      const notes = await api.sql(`SELECT text FROM work_plan_progress_notes WHERE item_id = $1`, [item]);
      expect(notes).toHaveLength(AT_ONCE);
      const events = await auditOf('work_plan.item_updated', item);
      expect(events).toHaveLength(AT_ONCE);
      const [row] = await api.sql(`SELECT status FROM work_plan_items WHERE id = $1`, [item]);
      expect(row.status).toBe(events.at(-1)!.details.status);
    },
  }),
};

describe(`every mutation, ${AT_ONCE} calls at once on a pool of ${POOL_SIZE}`, () => {
  it('covers each mutation of the schema', async () => {
    const schema = await readFile(new URL('../schema.gql', import.meta.url), 'utf8');
    const mutations = /^type Mutation \{\n([\s\S]*?)\n\}/m.exec(schema)![1];
    const names = [...mutations.matchAll(/^ {2}(\w+)[(:]/gm)].map((match) => match[1]);
    expect(Object.keys(CASES).sort()).toEqual(names.sort());
  });

  for (const [mutation, definition] of Object.entries(CASES)) {
    it(`${mutation}: ${definition.story}`, SLOW, () => run(definition));
  }
});

describe(`receipts fulfilling one pledge, ${AT_ONCE} at once`, () => {
  it(
    'a coordinator and an admin record twelve receipts against one pledge: it is fulfilled exactly, never over',
    SLOW,
    () =>
      run(
        scenario({
          story: 'receipts racing for what is outstanding on one pledge',
          async setup() {
            const projectId = await createProject();
            const pledge = ok(
              await api.gql(
                RECORD_CONTRIBUTION,
                { input: { donorId: org['STATE:JP'], kind: 'PLEDGE', amountUsd: 5000, date: '2026-01-15', projectId } },
                tokens.coordinator,
              ),
              'recordContribution',
            );
            return { projectId, pledgeId: pledge.id as string };
          },
          call: ({ projectId, pledgeId }, index) =>
            api.gql(
              RECORD_CONTRIBUTION,
              {
                input: {
                  donorId: org['STATE:JP'],
                  kind: 'RECEIPT',
                  amountUsd: 1000,
                  date: '2026-02-01',
                  projectId,
                  fulfilsPledgeIds: [pledgeId],
                },
              },
              index % 2 === 0 ? tokens.coordinator : tokens.admin,
            ),
          async check({ pledgeId }, answers) {
            expect(successes(answers)).toHaveLength(AT_ONCE);
            const allocations = await api.sql(
              `SELECT amount_usd::float8 AS amount FROM contribution_fulfilments WHERE pledge_id = $1`,
              [pledgeId],
            );
            // Five receipts of 1,000 fulfil the pledge of 5,000; the other seven find nothing outstanding.
            expect(allocations.map((row) => row.amount)).toEqual([1000, 1000, 1000, 1000, 1000]);
          },
        }),
      ),
  );
});

describe(`notifications.sync, ${AT_ONCE} requests at once over four sockets`, () => {
  const sockets: Socket[] = [];
  afterAll(() => {
    for (const socket of sockets) socket.close();
  });

  it('answers each with the right page of the right person', SLOW, async () => {
    const emails = ['reader.1@unodc.example', 'reader.2@unodc.example'];
    const people = await addPeople('UNODC', 'ENTITY_MEMBER', emails);
    const counts = [150, 40];
    for (const [index, email] of emails.entries()) {
      await api.sql(
        `INSERT INTO notifications (user_id, seq, type, title, link)
         SELECT $1, seq, 'MENTION', 'Mention ' || seq, '/threads/x' FROM generate_series(1, $2::int) AS seq`,
        [people[email], counts[index]],
      );
      await api.sql(`INSERT INTO notification_counters (user_id, last_seq) VALUES ($1, $2)`, [
        people[email],
        counts[index],
      ]);
    }
    const signedIn = await sessionsOf(emails);
    for (const session of [...signedIn, ...signedIn])
      sockets.push(await connectSocket(api.url, { token: session.accessToken }));
    // Sockets 0 and 2 are the first reader's, 1 and 3 the second's; three requests each, well within the rate limit.
    const afterSeqs = [
      [0, 100, 140, 150, 0, 99],
      [0, 10, 39, 40, 5, 0],
    ];
    const asks = range(AT_ONCE).map((index) => ({
      reader: index % 2,
      socket: sockets[(index % 2) + 2 * (Math.floor(index / 2) % 2)],
      afterSeq: afterSeqs[index % 2][Math.floor(index / 2)],
    }));
    const pages = await Promise.all(
      asks.map((ask) => request<any[]>(ask.socket, CLIENT_EVENTS.notificationsSync, { afterSeq: ask.afterSeq })),
    );
    for (const [index, ask] of asks.entries()) {
      const expected = await api.sql(
        `SELECT id, seq::int AS seq FROM notifications WHERE user_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [people[emails[ask.reader]], ask.afterSeq, NOTIFICATION_SYNC_PAGE_SIZE],
      );
      expect(
        pages[index].map((row) => ({ id: row.id, seq: Number(row.seq) })),
        `ask ${index}`,
      ).toEqual(expected);
    }
    await expectServing();
  });
});

describe(`POST /attachments, ${AT_ONCE} uploads at once`, () => {
  it('stores every file under its own id, row and bytes alike', SLOW, async () => {
    const contents = range(AT_ONCE).map((index) => pdf(`upload ${index}`));
    const uploads = await Promise.all(contents.map((content, index) => upload(crowd[index].token, content)));
    expect(uploads.map((answer) => answer.status)).toEqual(uploads.map(() => 201));
    const attachmentIds = uploads.map((answer) => answer.body.id as string);
    expect(new Set(attachmentIds).size).toBe(AT_ONCE);
    const rows = await api.sql(`SELECT id, uploader_id, storage_key, size FROM attachments WHERE id = ANY($1)`, [
      attachmentIds,
    ]);
    expect(rows).toHaveLength(AT_ONCE);
    for (const [index, id] of attachmentIds.entries()) {
      const row = rows.find((candidate) => candidate.id === id)!;
      expect(row).toMatchObject({ uploader_id: crowd[index].id, size: contents[index].length });
      expect((await readFile(storedFile(row.storage_key))).equals(contents[index])).toBe(true);
    }
    // Each uploader fetches their own file back, all at once.
    const downloads = await Promise.all(
      attachmentIds.map((id, index) =>
        fetch(`${api.url}/attachments/${id}`, { headers: { authorization: `Bearer ${crowd[index].token}` } }),
      ),
    );
    for (const [index, response] of downloads.entries()) {
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(contents[index])).toBe(true);
    }
    await expectServing();
  });
});

import { randomUUID } from 'node:crypto';
import { SERVER_EVENTS } from '@ctcp/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, organizationIds } from './assistance-requests.fixtures.js';
import { withAdminClient } from './global-setup.js';
import {
  DEMO,
  DEMO_PASSWORD,
  errorCode,
  type GraphQLResponse,
  SIGN_IN,
  signInDemoUsers,
  startTestApp,
  type TestApp,
  userIds,
} from './harness.js';
import { cloneDatabase, gql, newJwtSecret, startInstance, stopAll } from './instances.js';
import { connectSocket, nextEvent, until } from './sockets.js';

/**
 * Decisions by silence procedure, through GraphQL over HTTP against the real api: who proposes, objects and
 * withdraws, what is refused and leaves nothing written, what is read, what goes live, and adoption at the
 * deadline exactly once with several api instances.
 */

const PROPOSE = `mutation($input: ProposeDecisionInput!) {
  proposeDecision(input: $input) { id status title silenceUntil workspace { id } } }`;
const BREAK = `mutation($input: BreakSilenceInput!) { breakSilence(input: $input) { id status } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawDecision(id: $id) { id status closedAt } }`;
const DECISION = `query($id: ID!) { decision(id: $id) {
  id title text textHtml status silenceUntil createdAt closedAt
  proposedBy { name organization { acronym } }
  objections { reason createdAt organization { acronym } by { name person { id } } }
  timeline { kind at reason by { name } }
  viewerMayBreakSilence viewerMayWithdraw viewerOrganizationObjected
  workspace { id viewerMayProposeDecision }
} }`;
const LIST = `query($filter: DecisionFilter, $first: Int, $after: String) {
  decisions(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }`;
const CREATE_WORKSPACE = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`;

let api: TestApp;
let tokens: Awaited<ReturnType<typeof signInDemoUsers>>;
let org: Record<string, string>;
let users: Record<string, string>;
/** PRIVATE, of UNODC, INTERPOL, UNDP and the Philippines; the coordinator owns it. */
let workspace: string;
/** OPEN, of UNODC only: everyone reads it, the Philippines may not write there. */
let openWorkspace: string;

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const inDays = (days: number) => inSeconds(days * 24 * 60 * 60);

async function propose(token: string, input: Partial<Record<string, unknown>> = {}): Promise<GraphQLResponse> {
  return api.gql(
    PROPOSE,
    {
      input: {
        workspaceId: workspace,
        title: `Joint statement ${randomUUID().slice(0, 8)}`,
        text: 'The working group endorses the **joint statement**.',
        silenceUntil: inDays(7),
        ...input,
      },
    },
    token,
  );
}

const proposed = async (input: Partial<Record<string, unknown>> = {}) =>
  ok<{ id: string; status: string }>(await propose(tokens.coordinator, input), 'proposeDecision').id;

/** Rows of the tables a refused or bad request must leave alone. */
const written = async () =>
  (
    await api.sql(`SELECT (SELECT count(*) FROM decisions) AS decisions,
      (SELECT count(*) FROM decision_objections) AS objections,
      (SELECT count(*) FROM notifications) AS notifications,
      (SELECT count(*) FROM graphile_worker.jobs) AS jobs,
      (SELECT string_agg(id || status, ',' ORDER BY id) FROM decisions) AS statuses`)
  )[0];

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  org = await organizationIds(api);
  users = await userIds(api);
  workspace = ok(
    await api.gql(
      CREATE_WORKSPACE,
      {
        input: {
          name: 'Silence procedure',
          visibility: 'PRIVATE',
          memberOrganizationIds: [org.UNODC, org.INTERPOL, org.UNDP, org['STATE:PH']],
        },
      },
      tokens.coordinator,
    ),
    'createWorkspace',
  ).id;
  openWorkspace = ok(
    await api.gql(
      CREATE_WORKSPACE,
      { input: { name: 'Open silence', visibility: 'OPEN', memberOrganizationIds: [org.UNODC] } },
      tokens.coordinator,
    ),
    'createWorkspace',
  ).id;
});
afterAll(() => api.close());

describe('signed out', () => {
  it('every decision operation answers UNAUTHENTICATED', async () => {
    const id = await proposed();
    const answers = await Promise.all([
      api.gql(PROPOSE, {
        input: { workspaceId: workspace, title: 'T', text: 'X', silenceUntil: inDays(1) },
      }),
      api.gql(BREAK, { input: { decisionId: id, reason: 'No' } }),
      api.gql(WITHDRAW, { id }),
      api.gql(DECISION, { id }),
      api.gql(LIST, {}),
    ]);
    expect(answers.map(errorCode)).toEqual(Array(5).fill('UNAUTHENTICATED'));
  });
});

describe('proposeDecision', () => {
  it('circulates the text to the people of every member organization, with the adoption job keyed by decision', async () => {
    const response = await propose(tokens.coordinator, { title: 'Adopt the work plan' });
    const decision = ok(response, 'proposeDecision');
    expect(decision).toMatchObject({ status: 'OPEN', title: 'Adopt the work plan', workspace: { id: workspace } });
    const notified = await api.sql(`SELECT user_id FROM notifications WHERE type = 'DECISION_PROPOSED' AND link = $1`, [
      `/decisions/${decision.id}`,
    ]);
    const recipients = notified.map((row) => row.user_id);
    for (const email of [DEMO.unodc, DEMO.interpol, DEMO.observer, DEMO.philippines]) {
      expect(recipients).toContain(users[email]);
    }
    expect(recipients).not.toContain(users[DEMO.maldives]);
    expect(recipients).not.toContain(users[DEMO.coordinator]);
    const jobs = await api.sql(
      `SELECT run_at FROM graphile_worker.jobs WHERE task_identifier = 'adopt_decision' AND key = $1`,
      [`decision-adoption:${decision.id}`],
    );
    expect(jobs).toHaveLength(1);
    expect(Math.abs(new Date(jobs[0].run_at).getTime() - new Date(decision.silenceUntil).getTime())).toBeLessThan(2000);
  });

  it('is refused to members who do not moderate (FORBIDDEN) and to those who may not read (NOT_FOUND)', async () => {
    const before = await written();
    expect(errorCode(await propose(tokens.unodc))).toBe('FORBIDDEN');
    expect(errorCode(await propose(tokens.observer))).toBe('FORBIDDEN');
    expect(errorCode(await propose(tokens.philippines))).toBe('FORBIDDEN');
    expect(errorCode(await propose(tokens.maldives))).toBe('NOT_FOUND');
    // Admins are staff, but a private workspace they take no part in is not theirs to read.
    expect(errorCode(await propose(tokens.admin))).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it('lets coordinators propose in an open workspace they read', async () => {
    ok(await propose(tokens.admin, { workspaceId: openWorkspace }), 'proposeDecision');
  });

  it.each([
    ['title', { title: '   ' }],
    ['title', { title: 'x'.repeat(201) }],
    ['text', { text: ' \n ' }],
    ['text', { text: 'x'.repeat(20_001) }],
    ['silenceUntil', { silenceUntil: inSeconds(-60) }],
    ['silenceUntil', { silenceUntil: inDays(91) }],
  ])('answers BAD_USER_INPUT on %s and writes nothing (%#)', async (field, input) => {
    const before = await written();
    const response = await propose(tokens.coordinator, input);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(await written()).toEqual(before);
  });

  it('sanitizes the text as posts are', async () => {
    const id = await proposed({ text: 'Agreed <script>alert(1)</script> [x](javascript:alert(1)) **bold**' });
    const { textHtml } = ok(await api.gql(DECISION, { id }, tokens.unodc), 'decision');
    expect(textHtml).toContain('<strong>bold</strong>');
    expect(textHtml).not.toMatch(/<script|href="javascript:/i);
  });
});

describe('breakSilence', () => {
  it('takes one objection per organization; a second from the same organization is a CONFLICT', async () => {
    const id = await proposed();
    const broken = await api.gql(BREAK, { input: { decisionId: id, reason: 'Needs legal review' } }, tokens.unodc);
    expect(ok(broken, 'breakSilence').status).toBe('SILENCE_BROKEN');

    // Another person of UNODC, who may write there too.
    const colleague = `colleague-${randomUUID().slice(0, 8)}@unodc.example`;
    await api.sql(
      `INSERT INTO users (email, name, password_hash, organization_id, role)
       SELECT $1, 'UNODC Colleague', password_hash, organization_id, role FROM users WHERE email = $2`,
      [colleague, DEMO.unodc],
    );
    const colleagueToken = await api.signIn(colleague, DEMO_PASSWORD);
    const before = await written();
    const again = await api.gql(BREAK, { input: { decisionId: id, reason: 'Also no' } }, colleagueToken);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(await written()).toEqual(before);

    // Other organizations still record theirs.
    const interpol = await api.gql(BREAK, { input: { decisionId: id, reason: 'Agree with UNODC' } }, tokens.interpol);
    expect(ok(interpol, 'breakSilence').status).toBe('SILENCE_BROKEN');

    const decision = ok(await api.gql(DECISION, { id }, tokens.coordinator), 'decision');
    expect(decision.objections.map((o: any) => [o.organization.acronym, o.reason])).toEqual([
      ['UNODC', 'Needs legal review'],
      ['INTERPOL', 'Agree with UNODC'],
    ]);
    expect(decision.timeline.map((event: any) => event.kind)).toEqual(['PROPOSED', 'OBJECTED', 'OBJECTED']);
    expect(decision.viewerMayWithdraw).toBe(false);

    // The proposer and the workspace's owners and moderators hear of it.
    const notified = await api.sql(
      `SELECT user_id FROM notifications WHERE type = 'DECISION_SILENCE_BROKEN' AND link = $1`,
      [`/decisions/${id}`],
    );
    expect(notified.map((row) => row.user_id)).toContain(users[DEMO.coordinator]);
    expect(notified.map((row) => row.user_id)).not.toContain(users[DEMO.philippines]);
  });

  it('is refused to observers, to States that do not take part, to the proposer’s organization, and without a reason', async () => {
    const id = await proposed();
    const openId = ok(await propose(tokens.coordinator, { workspaceId: openWorkspace }), 'proposeDecision').id;
    const before = await written();
    const attempt = (token: string, decisionId = id, reason = 'Objection') =>
      api.gql(BREAK, { input: { decisionId, reason } }, token);
    expect(errorCode(await attempt(tokens.observer))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(tokens.maldives))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(tokens.philippines, openId))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(tokens.coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(tokens.unodc, randomUUID()))).toBe('NOT_FOUND');
    const blank = await attempt(tokens.unodc, id, '   ');
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].extensions?.field).toBe('reason');
    expect(await written()).toEqual(before);

    // The Philippines takes part in the private workspace: its focal point objects there.
    expect(ok(await attempt(tokens.philippines), 'breakSilence').status).toBe('SILENCE_BROKEN');
  });

  it('answers CONFLICT once the decision is withdrawn', async () => {
    const id = await proposed();
    ok(await api.gql(WITHDRAW, { id }, tokens.coordinator), 'withdrawDecision');
    expect(errorCode(await api.gql(BREAK, { input: { decisionId: id, reason: 'Late' } }, tokens.unodc))).toBe(
      'CONFLICT',
    );
  });
});

describe('withdrawDecision', () => {
  it('is the proposer’s, moderators’ and coordinators’ while OPEN; then a CONFLICT', async () => {
    const id = await proposed();
    const before = await written();
    expect(errorCode(await api.gql(WITHDRAW, { id }, tokens.unodc))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(WITHDRAW, { id }, tokens.philippines))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(WITHDRAW, { id }, tokens.maldives))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(WITHDRAW, { id: randomUUID() }, tokens.coordinator))).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);

    const withdrawn = ok(await api.gql(WITHDRAW, { id }, tokens.coordinator), 'withdrawDecision');
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.closedAt).toBeTruthy();
    expect(errorCode(await api.gql(WITHDRAW, { id }, tokens.coordinator))).toBe('CONFLICT');
    const decision = ok(await api.gql(DECISION, { id }, tokens.unodc), 'decision');
    expect(decision.timeline.map((event: any) => event.kind)).toEqual(['PROPOSED', 'WITHDRAWN']);
    const notified = await api.sql(
      `SELECT user_id FROM notifications WHERE type = 'DECISION_WITHDRAWN' AND link = $1`,
      [`/decisions/${id}`],
    );
    expect(notified.map((row) => row.user_id)).toContain(users[DEMO.unodc]);

    const broken = await proposed();
    ok(await api.gql(BREAK, { input: { decisionId: broken, reason: 'No' } }, tokens.unodc), 'breakSilence');
    expect(errorCode(await api.gql(WITHDRAW, { id: broken }, tokens.coordinator))).toBe('CONFLICT');
  });
});

describe('decision and decisions', () => {
  it('show decisions to those who read their workspace only, with the viewer’s capabilities', async () => {
    const id = await proposed();
    expect(errorCode(await api.gql(DECISION, { id }, tokens.maldives))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(DECISION, { id }, tokens.admin))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(DECISION, { id: randomUUID() }, tokens.unodc))).toBe('NOT_FOUND');

    const seen = ok(await api.gql(DECISION, { id }, tokens.unodc), 'decision');
    expect(seen).toMatchObject({
      status: 'OPEN',
      viewerMayBreakSilence: true,
      viewerMayWithdraw: false,
      viewerOrganizationObjected: false,
      proposedBy: { organization: { acronym: 'UNOCT' } },
      workspace: { id: workspace, viewerMayProposeDecision: false },
    });
    const byObserver = ok(await api.gql(DECISION, { id }, tokens.observer), 'decision');
    expect(byObserver.viewerMayBreakSilence).toBe(false);
    const byProposer = ok(await api.gql(DECISION, { id }, tokens.coordinator), 'decision');
    expect(byProposer).toMatchObject({ viewerMayBreakSilence: false, viewerMayWithdraw: true });
    expect(byProposer.workspace.viewerMayProposeDecision).toBe(true);

    const listed = (token: string, filter: Record<string, unknown> = { workspaceId: workspace }) =>
      api.gql(LIST, { filter, first: 100 }, token);
    const ids = (response: GraphQLResponse) => ok(response, 'decisions').edges.map((edge: any) => edge.node.id);
    expect(ids(await listed(tokens.unodc))).toContain(id);
    expect(ids(await listed(tokens.maldives))).toEqual([]);
    expect(ids(await listed(tokens.maldives, {}))).not.toContain(id);
    expect(ids(await listed(tokens.unodc, { workspaceId: workspace, status: 'WITHDRAWN' }))).not.toContain(id);
    expect(ids(await listed(tokens.unodc, { workspaceId: workspace, status: 'OPEN' }))).toContain(id);

    const page = ok(await api.gql(LIST, { filter: { workspaceId: workspace }, first: 1 }, tokens.unodc), 'decisions');
    expect(page.edges).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const bad = await api.gql(LIST, { filter: { status: 'OPEN' }, first: -1 }, tokens.unodc);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.field).toBe('first');
  });
});

describe('viewer capabilities', () => {
  it('offer each person exactly what the api then allows', async () => {
    const CAPABILITIES = `query($id: ID!) { decision(id: $id) { viewerMayBreakSilence viewerMayWithdraw } }`;
    const RIGHTS = `query($id: ID!) { workspace(id: $id) { viewerMayProposeDecision } }`;
    for (const [who, token] of Object.entries(tokens)) {
      const objectTo = await proposed();
      const withdrawFrom = await proposed();
      const seen = await api.gql(CAPABILITIES, { id: objectTo }, token);
      const may = seen.data?.decision ?? { viewerMayBreakSilence: false, viewerMayWithdraw: false };
      const rights = await api.gql(RIGHTS, { id: workspace }, token);
      const mayPropose = rights.data?.workspace.viewerMayProposeDecision ?? false;

      const objected = await api.gql(BREAK, { input: { decisionId: objectTo, reason: 'No' } }, token);
      const withdrawn = await api.gql(WITHDRAW, { id: withdrawFrom }, token);
      const proposal = await propose(token);
      expect(
        {
          breakSilence: Boolean(objected.data?.breakSilence),
          withdraw: Boolean(withdrawn.data?.withdrawDecision),
          propose: Boolean(proposal.data?.proposeDecision),
        },
        who,
      ).toEqual({ breakSilence: may.viewerMayBreakSilence, withdraw: may.viewerMayWithdraw, propose: mayPropose });
    }
  });
});

describe('live', () => {
  it('sends decision.updated to the workspace room and the notification to each party, after commit', async () => {
    const socket = await connectSocket(api.url, { token: tokens.unodc });
    const outsider = await connectSocket(api.url, { token: tokens.maldives });
    try {
      const update = nextEvent<{ id: string; workspaceId: string; status: string }>(
        socket,
        SERVER_EVENTS.decisionUpdated,
      );
      const notification = nextEvent<{ type: string; link: string }>(
        socket,
        SERVER_EVENTS.notification,
        (payload) => payload.type === 'DECISION_PROPOSED',
      );
      let leaked = false;
      outsider.on(SERVER_EVENTS.decisionUpdated, () => (leaked = true));
      const id = await proposed();
      expect(await update).toEqual({ id, workspaceId: workspace, status: 'OPEN' });
      expect((await notification).link).toBe(`/decisions/${id}`);

      const broken = nextEvent(socket, SERVER_EVENTS.decisionUpdated, (payload: { id: string }) => payload.id === id);
      ok(await api.gql(BREAK, { input: { decisionId: id, reason: 'No' } }, tokens.interpol), 'breakSilence');
      expect(await broken).toEqual({ id, workspaceId: workspace, status: 'SILENCE_BROKEN' });
      expect(leaked).toBe(false);
    } finally {
      socket.close();
      outsider.close();
    }
  });
});

describe('adoption at the deadline', () => {
  it('adopts a decision nobody objected to, once, and tells its parties', async () => {
    const id = await proposed({ silenceUntil: inSeconds(2) });
    await until(
      'the decision is adopted',
      async () => (await api.sql(`SELECT status FROM decisions WHERE id = $1`, [id]))[0].status === 'ADOPTED',
      30_000,
      100,
    );
    const decision = ok(await api.gql(DECISION, { id }, tokens.unodc), 'decision');
    expect(decision.timeline.map((event: any) => event.kind)).toEqual(['PROPOSED', 'ADOPTED']);
    expect(new Date(decision.closedAt).getTime()).toBeGreaterThanOrEqual(new Date(decision.silenceUntil).getTime());
    const notified = await api.sql(
      `SELECT user_id, count(*)::int AS n FROM notifications WHERE type = 'DECISION_ADOPTED' AND link = $1 GROUP BY user_id`,
      [`/decisions/${id}`],
    );
    expect(notified.map((row) => row.user_id)).toContain(users[DEMO.unodc]);
    expect(notified.every((row) => row.n === 1)).toBe(true);
  });
});

describe('several api instances', () => {
  let database: Awaited<ReturnType<typeof cloneDatabase>> | undefined;
  afterAll(async () => {
    stopAll();
    await database?.drop();
  });

  it(
    'adopt a decision exactly once at its deadline, even when its job runs more than once',
    // Two api processes to boot on a busy machine.
    { timeout: 180_000 },
    async () => {
      database = await cloneDatabase(`decisions_${randomUUID().slice(0, 8)}`);
      const jwtSecret = newJwtSecret();
      const first = await startInstance({ databaseUrl: database.url, jwtSecret });
      const second = await startInstance({ databaseUrl: database.url, jwtSecret });
      const db = <T = any>(text: string, params: unknown[] = []) =>
        withAdminClient(database!.url, async (client) => (await client.query(text, params)).rows as T[]);

      const coordinator = (await gql(first.port, SIGN_IN, { email: DEMO.coordinator, password: DEMO_PASSWORD })).data
        .signIn.accessToken;
      const [{ id: bmle }] = await db(
        `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'BMLE'`,
      );
      const response = await gql(
        first.port,
        PROPOSE,
        { input: { workspaceId: bmle, title: 'Across instances', text: 'Adopt it.', silenceUntil: inSeconds(3) } },
        coordinator,
      );
      const id = response.data?.proposeDecision?.id as string;
      expect(id, JSON.stringify(response.errors)).toBeTruthy();
      // Runs of the same job on both instances, as a retry or a duplicate would be.
      await db(
        `SELECT graphile_worker.add_job('adopt_decision', json_build_object('id', $1::text), run_at => $2::timestamptz)
           FROM generate_series(1, 4)`,
        [id, inSeconds(3)],
      );

      await until(
        'the decision is adopted and every run of its job is done',
        async () => {
          const [row] = await db(
            `SELECT d.status, (SELECT count(*)::int FROM graphile_worker.jobs j
                                WHERE j.task_identifier = 'adopt_decision') AS pending
               FROM decisions d WHERE d.id = $1`,
            [id],
          );
          return row.status === 'ADOPTED' && row.pending === 0;
        },
        60_000,
        100,
      );
      const [{ adopted }] = await db(
        `SELECT count(*)::int AS adopted FROM audit_events WHERE action = 'decision.adopted' AND target_id = $1`,
        [id],
      );
      expect(adopted).toBe(1);
      const repeated = await db(
        `SELECT user_id FROM notifications WHERE type = 'DECISION_ADOPTED' AND link = $1
          GROUP BY user_id HAVING count(*) > 1`,
        [`/decisions/${id}`],
      );
      expect(repeated).toEqual([]);
      const [{ notified }] = await db(
        `SELECT count(*)::int AS notified FROM notifications WHERE type = 'DECISION_ADOPTED' AND link = $1`,
        [`/decisions/${id}`],
      );
      expect(notified).toBeGreaterThan(0);
      expect(first.exited() || second.exited()).toBe(false);
    },
  );
});

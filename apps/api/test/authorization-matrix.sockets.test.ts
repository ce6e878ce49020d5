import { SERVER_EVENTS } from '@ctcp/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest, OFFER, ok } from './assistance-requests.fixtures.js';
import {
  addMember,
  BREAK_SILENCE,
  closeEnv,
  CREATE_PROJECT,
  EMAIL,
  type Env,
  makeDecision,
  makePost,
  makeProject,
  makeThread,
  makeWorkspace,
  MATCH_REQUEST,
  MOVE_REQUEST,
  PEOPLE,
  PROPOSE_DECISION,
  startEnv,
  UPDATE_POST,
} from './authorization-matrix.fixtures.js';
import { DEMO } from './harness.js';
import { collect, connectSocket, drained, nextEvent } from './sockets.js';

/**
 * The socket column of the authorization matrix: for one action, who of the people receives the live event.
 * Rule: workspace events (thread.created, thread.updated, post.created, post.updated) reach those who may read the workspace
 * now (members of a private one, everyone for an open one, a request's or project's parties with coordinators
 * and admins); `assistanceRequest.updated` reaches exactly those who may read the request now; a
 * `notification` reaches its one recipient: mentioned people who may read the workspace, people added to a
 * workspace or a project, and for requests: submission to coordinators, opening to the entity members in
 * scope, offers to coordinators and the State's focal points, other moves to those concerned.
 * `decision.updated` reaches those who may read the decision's workspace; a proposal notifies the people of its
 * organizations (not the proposer), an objection the proposer and the workspace's owners and moderators.
 * A socket connected before a change of parties follows it (the request's re-match below).
 */

type Hears = 'hears' | '-';
/** In the order: admin, coordinator, entityMember (UNODC), otherEntityMember (INTERPOL), entityObserver (UNDP),
 * stateFocalPoint (Philippines), stateObserver (Philippines), otherStateFocalPoint (Maldives). */
type Receivers = [Hears, Hears, Hears, Hears, Hears, Hears, Hears, Hears];

interface SocketRow {
  event: string;
  on: string;
  /** Makes what the action needs, before the sockets connect. */
  prepare: (env: Env) => Promise<{ act: () => Promise<unknown>; matches: (payload: any) => boolean }>;
  receivers: Receivers;
}

const UPDATE_REQUEST = `mutation($input: UpdateAssistanceRequestInput!) { updateAssistanceRequest(input: $input) { id } }`;
const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;
const RENAME_THREAD = `mutation($input: RenameThreadInput!) { renameThread(input: $input) { id } }`;
const PIN_THREAD = `mutation($input: SetThreadFlagInput!) { setThreadPinned(input: $input) { id } }`;
const Y = 'hears';
const N = '-';
const everyoneMentioned = PEOPLE.map((who) => `@${EMAIL[who]}`).join(' ');
const proposal = async (api: Env['api'], token: string, workspaceId: string) => {
  const input = {
    workspaceId,
    title: 'Live decision',
    text: 'Adopt it.',
    silenceUntil: new Date(Date.now() + 86_400_000).toISOString(),
  };
  return ok(await api.gql(PROPOSE_DECISION, { input }, token), 'proposeDecision');
};
const requestLink = (id: string) => (payload: { link: string }) => payload.link === `/requests/${id}`;

// prettier-ignore
const ROWS: SocketRow[] = [
  { event: SERVER_EVENTS.threadCreated, on: 'a thread opened in the private workspace of the Philippines and UNODC',
    prepare: async ({ api, tokens, world }) => ({
      act: () => makeThread(api, tokens.coordinator, world.phWorkspace),
      matches: (payload) => payload.workspaceId === world.phWorkspace }),
    receivers: [N, Y, Y, N, N, Y, Y, N] },
  { event: SERVER_EVENTS.threadUpdated, on: 'a new title, by its author, for a thread of the private workspace of the Philippines and UNODC',
    prepare: async ({ api, tokens, world }) => ({
      act: async () => ok(await api.gql(RENAME_THREAD, { input: { threadId: world.phThread, title: 'Renamed live' } }, tokens.coordinator), 'renameThread'),
      matches: (payload) => payload.threadId === world.phThread }),
    receivers: [N, Y, Y, N, N, Y, Y, N] },
  { event: SERVER_EVENTS.threadUpdated, on: 'a thread of an open workspace pinned by a moderator',
    prepare: async ({ api, tokens, world }) => ({
      act: async () => ok(await api.gql(PIN_THREAD, { input: { threadId: world.openThread, value: true } }, tokens.coordinator), 'setThreadPinned'),
      matches: (payload) => payload.threadId === world.openThread }),
    receivers: [Y, Y, Y, Y, Y, Y, Y, Y] },
  { event: SERVER_EVENTS.postCreated, on: 'a reply in the private workspace of the Philippines and UNODC',
    prepare: async ({ api, tokens, world }) => ({
      act: () => makePost(api, tokens.coordinator, world.phThread),
      matches: (payload) => payload.threadId === world.phThread }),
    receivers: [N, Y, Y, N, N, Y, Y, N] },
  { event: SERVER_EVENTS.postUpdated, on: 'an edit by its author of a post in the private workspace of the Philippines and UNODC',
    prepare: async ({ api, tokens, world }) => ({
      act: async () => ok(await api.gql(UPDATE_POST, { input: { id: world.phPost, body: 'Edited again' } }, tokens.stateFocalPoint), 'updatePost'),
      matches: (payload) => payload.postId === world.phPost }),
    receivers: [N, Y, Y, N, N, Y, Y, N] },
  { event: SERVER_EVENTS.postCreated, on: 'a reply in an open workspace',
    prepare: async ({ api, tokens, world }) => ({
      act: () => makePost(api, tokens.coordinator, world.openThread),
      matches: (payload) => payload.threadId === world.openThread }),
    receivers: [Y, Y, Y, Y, Y, Y, Y, Y] },
  { event: SERVER_EVENTS.postCreated, on: 'a reply in the private workspace of the Philippines and the Maldives',
    prepare: async ({ api, tokens, world }) => ({
      act: () => makePost(api, tokens.otherStateFocalPoint, world.sharedThread),
      matches: (payload) => payload.threadId === world.sharedThread }),
    receivers: [N, Y, N, N, N, Y, Y, Y] },
  { event: SERVER_EVENTS.postCreated, on: 'a reply in the discussion of a request of the Philippines that UNODC and INTERPOL offered on',
    prepare: async ({ api, tokens, world }) => ({
      act: () => makePost(api, tokens.coordinator, world.phDiscussion),
      matches: (payload) => payload.threadId === world.phDiscussion }),
    receivers: [Y, Y, Y, Y, N, Y, Y, N] },
  { event: SERVER_EVENTS.postCreated, on: 'a reply in the workspace of a project for the Philippines led by UNODC with INTERPOL',
    prepare: async ({ api, tokens, world }) => {
      const thread = await makeThread(api, tokens.entityMember, world.phProjectWorkspace);
      return { act: () => makePost(api, tokens.otherEntityMember, thread), matches: (payload) => payload.threadId === thread };
    },
    receivers: [Y, Y, Y, Y, N, N, N, N] },
  { event: SERVER_EVENTS.postCreated, on: 'a reply in a request’s discussion after the request was matched again, from UNODC to INTERPOL',
    prepare: async ({ api, tokens, demo, world }) => {
      const id = await makeRequest(api, demo, world.org, { status: 'MATCHED', scope: 'COORDINATORS_ONLY', lead: 'UNODC' });
      const [{ thread_id: thread }] = await api.sql(`SELECT thread_id FROM assistance_requests WHERE id = $1`, [id]);
      return {
        act: async () => {
          const input = { requestId: id, leadEntityId: world.org.INTERPOL, note: 'INTERPOL leads' };
          ok(await api.gql(MATCH_REQUEST, { input }, tokens.coordinator), 'matchAssistanceRequest');
          return makePost(api, tokens.coordinator, thread);
        },
        matches: (payload) => payload.threadId === thread,
      };
    },
    receivers: [Y, Y, N, Y, N, Y, Y, N] },
  { event: SERVER_EVENTS.postCreated, on: 'a reply in a project’s workspace after INTERPOL was removed from its partners',
    prepare: async ({ api, tokens, world }) => {
      const project = await makeProject(api, tokens, world.org, ['PH']);
      const thread = await makeThread(api, tokens.entityMember, project.workspace.id);
      return {
        act: async () => {
          ok(await api.gql(UPDATE_PROJECT, { input: { id: project.id, partners: [] } }, tokens.coordinator), 'updateProject');
          return makePost(api, tokens.entityMember, thread);
        },
        matches: (payload) => payload.threadId === thread,
      };
    },
    receivers: [Y, Y, Y, N, N, N, N, N] },
  { event: SERVER_EVENTS.assistanceRequestUpdated, on: 'the decline of a request of the Philippines under review, shared with UNODC and UNDP',
    prepare: async ({ api, tokens, demo, world }) => {
      const id = await makeRequest(api, demo, world.org, { status: 'UNDER_REVIEW', scope: 'NAMED_ENTITIES', shared: ['UNODC', 'UNDP'] });
      return {
        act: async () => ok(await api.gql(MOVE_REQUEST, { input: { id, to: 'DECLINED', note: 'Outside the mandate' } }, tokens.coordinator), 'transitionAssistanceRequest'),
        matches: (payload) => payload.id === id,
      };
    },
    receivers: [Y, Y, Y, N, Y, Y, Y, N] },
  { event: SERVER_EVENTS.assistanceRequestUpdated, on: 'the submission of a draft of the Philippines shared with all entities',
    prepare: async ({ api, tokens, demo, world }) => {
      const id = await makeRequest(api, demo, world.org, { status: 'DRAFT' });
      return {
        act: async () => ok(await api.gql(MOVE_REQUEST, { input: { id, to: 'SUBMITTED' } }, tokens.stateFocalPoint), 'transitionAssistanceRequest'),
        matches: (payload) => payload.id === id,
      };
    },
    receivers: [Y, Y, N, N, N, Y, Y, N] },
  { event: SERVER_EVENTS.assistanceRequestUpdated, on: 'an edit by the Philippines of its draft',
    prepare: async ({ api, tokens, demo, world }) => {
      const id = await makeRequest(api, demo, world.org, { status: 'DRAFT' });
      return {
        act: async () => ok(await api.gql(UPDATE_REQUEST, { input: { id, title: 'Edited draft' } }, tokens.stateFocalPoint), 'updateAssistanceRequest'),
        matches: (payload) => payload.id === id,
      };
    },
    receivers: [N, N, N, N, N, Y, Y, N] },
  { event: SERVER_EVENTS.assistanceRequestUpdated, on: 'a new match, to INTERPOL, of a request of the Philippines matched to UNODC (coordinators only)',
    prepare: async ({ api, tokens, demo, world }) => {
      const id = await makeRequest(api, demo, world.org, { status: 'MATCHED', scope: 'COORDINATORS_ONLY', lead: 'UNODC' });
      const input = { requestId: id, leadEntityId: world.org.INTERPOL, note: 'INTERPOL leads' };
      return {
        act: async () => ok(await api.gql(MATCH_REQUEST, { input }, tokens.coordinator), 'matchAssistanceRequest'),
        matches: (payload) => payload.id === id,
      };
    },
    receivers: [Y, Y, N, Y, N, Y, Y, N] },
  { event: SERVER_EVENTS.notification, on: 'a reply mentioning all eight people in the private workspace of the Philippines and UNODC',
    prepare: async ({ api, tokens, world }) => ({
      act: () => makePost(api, tokens.coordinator, world.phThread, [], `For ${everyoneMentioned}`),
      matches: (payload) => payload.type === 'MENTION' && payload.link.startsWith(`/threads/${world.phThread}`) }),
    receivers: [N, N, Y, N, N, Y, Y, N] },
  { event: SERVER_EVENTS.notification, on: 'the submission of a draft of the Philippines',
    prepare: async ({ api, tokens, demo, world }) => {
      const id = await makeRequest(api, demo, world.org, { status: 'DRAFT' });
      return {
        act: async () => ok(await api.gql(MOVE_REQUEST, { input: { id, to: 'SUBMITTED' } }, tokens.stateFocalPoint), 'transitionAssistanceRequest'),
        matches: requestLink(id),
      };
    },
    receivers: [N, Y, N, N, N, N, N, N] },
  { event: SERVER_EVENTS.notification, on: 'the opening for offers, by an admin, of a request of the Philippines shared with UNODC and UNDP',
    prepare: async ({ api, tokens, demo, world }) => {
      const id = await makeRequest(api, demo, world.org, { status: 'SUBMITTED', scope: 'NAMED_ENTITIES', shared: ['UNODC', 'UNDP'] });
      return {
        act: async () => ok(await api.gql(MOVE_REQUEST, { input: { id, to: 'UNDER_REVIEW' } }, tokens.admin), 'transitionAssistanceRequest'),
        matches: requestLink(id),
      };
    },
    receivers: [N, Y, Y, N, N, Y, N, N] },
  { event: SERVER_EVENTS.notification, on: 'an offer of INTERPOL on a request of the Philippines',
    prepare: async ({ api, tokens, demo, world }) => {
      const id = await makeRequest(api, demo, world.org, { status: 'UNDER_REVIEW' });
      return {
        act: async () => ok(await api.gql(OFFER, { input: { requestId: id, note: 'We can help' } }, tokens.otherEntityMember), 'offerAssistance'),
        matches: requestLink(id),
      };
    },
    receivers: [N, Y, N, N, N, Y, N, N] },
  { event: SERVER_EVENTS.notification, on: 'the addition of INTERPOL’s member to a private workspace',
    prepare: async ({ api, tokens, world }) => {
      const workspace = await makeWorkspace(api, tokens, 'PRIVATE', []);
      return {
        act: () => addMember(api, tokens.coordinator, workspace, world.users[DEMO.interpol]),
        matches: (payload) => payload.link === `/workspaces/${workspace}`,
      };
    },
    receivers: [N, N, N, Y, N, N, N, N] },
  { event: SERVER_EVENTS.notification, on: 'a new project led by UNODC with INTERPOL, for the Philippines',
    prepare: async ({ api, tokens, world }) => ({
      act: async () => {
        const input = { title: 'Live project', leadEntityId: world.org.UNODC, partners: [{ organizationId: world.org.INTERPOL }], beneficiaryCountryCodes: ['PH'], startDate: '2026-01-01' };
        return ok(await api.gql(CREATE_PROJECT, { input }, tokens.coordinator), 'createProject');
      },
      matches: (payload) => payload.type === 'PROJECT_ADDED' }),
    receivers: [N, N, Y, Y, N, N, N, N] },
  { event: SERVER_EVENTS.decisionUpdated, on: 'a proposal in the private workspace of the Philippines and UNODC',
    prepare: async ({ api, tokens, world }) => ({
      act: () => proposal(api, tokens.coordinator, world.phWorkspace),
      matches: (payload) => payload.workspaceId === world.phWorkspace && payload.status === 'OPEN' }),
    receivers: [N, Y, Y, N, N, Y, Y, N] },
  { event: SERVER_EVENTS.decisionUpdated, on: 'a proposal in an open workspace',
    prepare: async ({ api, tokens, world }) => ({
      act: () => proposal(api, tokens.coordinator, world.openWorkspace),
      matches: (payload) => payload.workspaceId === world.openWorkspace && payload.status === 'OPEN' }),
    receivers: [Y, Y, Y, Y, Y, Y, Y, Y] },
  { event: SERVER_EVENTS.notification, on: 'a proposal in the private workspace of the Philippines and UNODC',
    prepare: async ({ api, tokens, world }) => ({
      act: () => proposal(api, tokens.coordinator, world.phWorkspace),
      matches: (payload) => payload.type === 'DECISION_PROPOSED' }),
    receivers: [N, N, Y, N, N, Y, Y, N] },
  { event: SERVER_EVENTS.notification, on: 'UNODC’s objection to a proposal of the coordinator in the private workspace of the Philippines and UNODC',
    prepare: async ({ api, tokens, world }) => {
      const decisionId = await makeDecision(api, tokens.coordinator, world.phWorkspace);
      return {
        act: async () => ok(await api.gql(BREAK_SILENCE, { input: { decisionId, reason: 'Needs review' } }, tokens.entityMember), 'breakSilence'),
        matches: (payload) => payload.type === 'DECISION_SILENCE_BROKEN' && payload.link === `/decisions/${decisionId}`,
      };
    },
    receivers: [N, Y, N, N, N, N, N, N] },
];

describe('live events × people', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv();
  });
  afterAll(() => closeEnv(env));

  it('has a row for every event the server sends', () => {
    expect(new Set(ROWS.map((row) => row.event))).toEqual(new Set(Object.values(SERVER_EVENTS)));
  });

  it('carries no title of a classified thread in the notifications it sends', async () => {
    const { api, tokens, world } = env;
    const title = 'Watch-list names for the Philippines';
    const socket = await connectSocket(api.url, { token: tokens.stateFocalPoint });
    try {
      const notified = nextEvent(
        socket,
        SERVER_EVENTS.notification,
        (payload: { type: string; title: string }) => payload.type === 'MENTION',
      );
      const input = {
        workspaceId: world.phWorkspace,
        title,
        body: `For @${DEMO.philippines}`,
        classification: 'CONFIDENTIAL',
      };
      ok(
        await api.gql(
          `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
          { input },
          tokens.coordinator,
        ),
        'createThread',
      );
      expect((await notified).title).not.toContain(title);
    } finally {
      socket.close();
    }
  });

  it.each(ROWS.map((row) => [`${row.event} on ${row.on}`, row] as const))('%s', async (_name, row) => {
    const { act, matches } = await row.prepare(env);
    const sockets = await Promise.all(PEOPLE.map((who) => connectSocket(env.api.url, { token: env.tokens[who] })));
    try {
      const heard = sockets.map((socket) => collect(socket, row.event));
      const arrivals = sockets.flatMap((socket, index) =>
        row.receivers[index] === Y ? [nextEvent(socket, row.event, matches)] : [],
      );
      await act();
      // Those entitled hear it (one who does not fails the comparison below, after the wait's own bound);
      // whatever was sent to the others has arrived by the end of a round trip on their socket.
      await Promise.allSettled(arrivals);
      await Promise.all(sockets.map((socket, index) => (row.receivers[index] === Y ? null : drained(socket))));
      const receivers = heard.map((events) => (events.some(matches) ? Y : N));
      expect(Object.fromEntries(PEOPLE.map((who, index) => [who, receivers[index]]))).toEqual(
        Object.fromEntries(PEOPLE.map((who, index) => [who, row.receivers[index]])),
      );
    } finally {
      for (const socket of sockets) socket.close();
    }
  });
});

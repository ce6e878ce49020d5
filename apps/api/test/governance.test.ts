import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from './assistance-requests.fixtures.js';
import {
  DEMO,
  errorCode,
  type GraphQLResponse,
  signInDemoUsers,
  startTestApp,
  type TestApp,
  userIds,
} from './harness.js';

/**
 * Governance bodies and their meetings, through GraphQL over HTTP against the real api: the seeded bodies,
 * who may change who sits on them, who schedules and keeps meetings, what is refused and leaves nothing
 * written, who is told, and the calendar file.
 */

const BODIES = `{ governanceBodies { id key confirmed name workspace { id kind } nextMeeting { id number }
  members { role organization { key acronym } } viewerMayScheduleMeeting viewerMayEditMembers viewerMayPublishReports } }`;
const BODY = `query($id: ID!) { governanceBody(id: $id) { id key name givenName(language: fr) workspace { id }
  nextMeeting { id } meetings(first: 10) { totalCount edges { node { id } } }
  upcomingMeetings: meetings(upcoming: true, first: 10) { edges { node { id number } } } } }`;
const CREATE_BODY = `mutation($input: CreateGovernanceBodyInput!) { createGovernanceBody(input: $input) {
  id key acronym name workspace { id kind visibility } members { role } } }`;
const SET_MEMBER = `mutation($input: SetGovernanceBodyMemberInput!) { setGovernanceBodyMember(input: $input) {
  role organization { key } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveGovernanceBodyMemberInput!) { removeGovernanceBodyMember(input: $input) }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) {
  id number status startsAt endsAt timeZone place onlineUrl agenda documents { id fileName } body { key } } }`;
const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) {
  id status startsAt place agenda documents { id } } }`;
const OUTCOME = `mutation($input: RecordMeetingOutcomeInput!) { recordMeetingOutcome(input: $input) {
  id status outcome outcomeHtml outcomeRecordedAt attendees { key } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { id number status agenda calendarUrl viewerMayManage
  body { key } documents { id url } attendees { key } } }`;
const MEETINGS = `query($filter: MeetingFilter) { meetings(filter: $filter, first: 50) {
  totalCount edges { node { id number startsAt status body { key } } } } }`;

let api: TestApp;
let tokens: Awaited<ReturnType<typeof signInDemoUsers>>;
let users: Record<string, string>;
let organizations: Record<string, string>;
let board: string;
let boardWorkspace: string;
let committee: string;
/** Tokens of people of the Board's chair (Saudi Arabia), of a member State (Norway) and of its guest (the EU). */
let chair: string;
let memberState: string;
let guest: string;

const inDays = (days: number, hours = 0) => new Date(Date.now() + (days * 24 + hours) * 3600_000).toISOString();

/** A person of `organizationKey` with the demo password, signed in. */
async function personOf(organizationKey: string, role: string): Promise<{ id: string; token: string }> {
  const email = `${organizationKey.replace(/\W/g, '').toLowerCase()}-${randomUUID().slice(0, 8)}@governance.example`;
  const [row] = await api.sql(
    `INSERT INTO users (email, name, password_hash, organization_id, role)
     SELECT $1, 'Delegate ' || $2, u.password_hash, o.id, $3 FROM users u, organizations o
      WHERE u.email = $4 AND o.key = $2 RETURNING id`,
    [email, organizationKey, role, DEMO.coordinator],
  );
  return { id: row.id, token: await api.signIn(email) };
}

function scheduleInput(input: Record<string, unknown> = {}) {
  return {
    bodyId: board,
    startsAt: inDays(10),
    endsAt: inDays(10, 3),
    timeZone: 'America/New_York',
    place: 'United Nations Headquarters, New York',
    agenda: ['Adoption of the agenda', 'Programme of work'],
    ...input,
  };
}

const schedule = (token: string, input: Record<string, unknown> = {}) =>
  api.gql(SCHEDULE, { input: scheduleInput(input) }, token);

const scheduled = async (input: Record<string, unknown> = {}) =>
  ok<{ id: string; number: number }>(await schedule(tokens.coordinator, input), 'scheduleMeeting');

/** Rows a refused or bad request must leave alone. */
const written = async () =>
  (
    await api.sql(`SELECT (SELECT count(*) FROM governance_bodies) AS bodies,
      (SELECT string_agg(body_id::text || organization_id::text || role, ',' ORDER BY body_id, organization_id)
         FROM governance_body_members) AS members,
      (SELECT count(*) FROM workspace_organizations) AS workspace_organizations,
      (SELECT string_agg(id::text || status || starts_at::text || revision::text || coalesce(outcome, ''), ',' ORDER BY id)
         FROM meetings) AS meetings,
      (SELECT count(*) FROM meeting_documents) AS documents,
      (SELECT count(*) FROM meeting_attendees) AS attendees,
      (SELECT count(*) FROM notifications) AS notifications`)
  )[0];

const notified = async (type: string, meetingId: string) =>
  (
    await api.sql(`SELECT user_id FROM notifications WHERE type = $1 AND link = $2`, [type, `/meetings/${meetingId}`])
  ).map((row) => row.user_id as string);

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
  organizations = Object.fromEntries((await api.sql(`SELECT key, id FROM organizations`)).map((r) => [r.key, r.id]));
  const bodies = await api.sql(`SELECT key, id, workspace_id FROM governance_bodies`);
  board = bodies.find((body) => body.key === 'UNCCT_AB')!.id;
  boardWorkspace = bodies.find((body) => body.key === 'UNCCT_AB')!.workspace_id;
  committee = bodies.find((body) => body.key === 'CC')!.id;
  [chair, memberState, guest] = await Promise.all([
    personOf('STATE:SA', 'FOCAL_POINT').then((person) => person.token),
    personOf('STATE:NO', 'FOCAL_POINT').then((person) => person.token),
    personOf('EU', 'ENTITY_MEMBER').then((person) => person.token),
  ]);
});
afterAll(() => api.close());

describe('signed out', () => {
  it('every governance operation answers UNAUTHENTICATED', async () => {
    const meeting = await scheduled();
    const answers = await Promise.all([
      api.gql(BODIES),
      api.gql(BODY, { id: board }),
      api.gql(MEETING, { id: meeting.id }),
      api.gql(MEETINGS, {}),
      api.gql(CREATE_BODY, { input: { names: { en: 'Board' } } }),
      api.gql(SET_MEMBER, { input: { bodyId: board, organizationId: organizations['STATE:PH'], role: 'MEMBER' } }),
      api.gql(REMOVE_MEMBER, { input: { bodyId: board, organizationId: organizations['STATE:NO'] } }),
      api.gql(SCHEDULE, { input: scheduleInput() }),
      api.gql(UPDATE, { input: { id: meeting.id, place: 'Geneva' } }),
      api.gql(OUTCOME, { input: { meetingId: meeting.id, outcome: 'Done', attendeeOrganizationIds: [] } }),
    ]);
    expect(answers.map(errorCode)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    const calendar = await fetch(`${api.url}/exports/meetings/${meeting.id}/calendar.ics`);
    expect(calendar.status).toBe(401);
  });
});

describe('the seeded bodies', () => {
  it('are the Coordination Committee and the UNCCT Advisory Board: 21 States, UNOCT as secretariat, the EU as guest', async () => {
    const { governanceBodies } = (await api.gql(BODIES, {}, tokens.coordinator)).data!;
    expect(governanceBodies.map((body: { key: string }) => body.key)).toEqual(['CC', 'UNCCT_AB']);
    const [cc, ab] = governanceBodies;
    expect(cc.workspace.kind).toBe('WORKING_GROUP');
    expect(cc.members[0]).toEqual({ role: 'CHAIR', organization: { key: 'UNOCT', acronym: 'UNOCT' } });
    expect(ab).toMatchObject({
      name: 'UNCCT Advisory Board',
      confirmed: false,
      workspace: { kind: 'GOVERNANCE_BODY' },
    });
    const roles = (role: string) =>
      ab.members.filter((member: { role: string }) => member.role === role).map((m: any) => m.organization.key);
    expect(roles('CHAIR')).toEqual(['STATE:SA']);
    expect(roles('SECRETARIAT')).toEqual(['UNOCT']);
    expect(roles('GUEST')).toEqual(['EU']);
    expect(roles('MEMBER')).toHaveLength(20);
    expect([...roles('CHAIR'), ...roles('MEMBER')]).toContain('STATE:CN');
    expect(ab).toMatchObject({
      viewerMayScheduleMeeting: true,
      viewerMayEditMembers: false,
      viewerMayPublishReports: true,
    });
  });

  it('are read by everyone; a body’s workspace and meetings only by those who read its workspace', async () => {
    await scheduled();
    const forPhilippines = (await api.gql(BODY, { id: board }, tokens.philippines)).data!.governanceBody;
    expect(forPhilippines).toMatchObject({ key: 'UNCCT_AB', workspace: null, nextMeeting: null });
    expect(forPhilippines.meetings.totalCount).toBe(0);
    const forNorway = (await api.gql(BODY, { id: board }, memberState)).data!.governanceBody;
    expect(forNorway.workspace).toEqual({ id: boardWorkspace });
    expect(forNorway.nextMeeting).not.toBeNull();
    expect(forNorway.givenName).toBe(
      'Conseil consultatif du Centre des Nations Unies pour la lutte contre le terrorisme',
    );
    expect(errorCode(await api.gql(BODY, { id: randomUUID() }, tokens.philippines))).toBe('NOT_FOUND');
  });
});

describe('createGovernanceBody', () => {
  it('lets platform admins add a body with its own private workspace, which they own', async () => {
    const body = ok(
      await api.gql(
        CREATE_BODY,
        { input: { names: { en: 'Steering Group', fr: 'Groupe de pilotage' }, acronym: 'SG-1' } },
        tokens.admin,
      ),
      'createGovernanceBody',
    );
    expect(body).toMatchObject({ key: 'SG_1', acronym: 'SG-1', name: 'Steering Group', members: [] });
    expect(body.workspace).toMatchObject({ kind: 'GOVERNANCE_BODY', visibility: 'PRIVATE' });
    const [owner] = await api.sql(`SELECT role FROM workspace_members WHERE workspace_id = $1 AND user_id = $2`, [
      body.workspace.id,
      users[DEMO.admin],
    ]);
    expect(owner.role).toBe('OWNER');
    const audit = await api.sql(`SELECT action FROM audit_events WHERE target_id = $1`, [body.id]);
    expect(audit.map((row) => row.action)).toEqual(['governance_body.created']);
  });

  it('refuses others (FORBIDDEN), a second body of one key (CONFLICT) and a blank name, writing nothing', async () => {
    ok(await api.gql(CREATE_BODY, { input: { names: { en: 'Audit Panel' } } }, tokens.admin), 'createGovernanceBody');
    const before = await written();
    for (const token of [tokens.coordinator, tokens.unodc, tokens.philippines]) {
      expect(errorCode(await api.gql(CREATE_BODY, { input: { names: { en: 'Other' } } }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await api.gql(CREATE_BODY, { input: { names: { en: 'audit panel' } } }, tokens.admin))).toBe(
      'CONFLICT',
    );
    const blank = await api.gql(CREATE_BODY, { input: { names: { en: '  ' } } }, tokens.admin);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(await written()).toEqual(before);
  });
});

describe('setGovernanceBodyMember and removeGovernanceBodyMember', () => {
  it('seat an organization on a body and in its workspace at once, and take it out again', async () => {
    const meeting = await scheduled();
    expect(errorCode(await api.gql(MEETING, { id: meeting.id }, tokens.philippines))).toBe('NOT_FOUND');
    const seat = { bodyId: board, organizationId: organizations['STATE:PH'] };
    const member = ok(
      await api.gql(SET_MEMBER, { input: { ...seat, role: 'GUEST' } }, tokens.admin),
      'setGovernanceBodyMember',
    );
    expect(member).toEqual({ role: 'GUEST', organization: { key: 'STATE:PH' } });
    const [asGuest] = await api.sql(
      `SELECT role FROM workspace_organizations WHERE workspace_id = $1 AND organization_id = $2`,
      [boardWorkspace, seat.organizationId],
    );
    expect(asGuest.role).toBe('OBSERVER');
    expect(ok(await api.gql(MEETING, { id: meeting.id }, tokens.philippines), 'meeting').id).toBe(meeting.id);

    ok(await api.gql(SET_MEMBER, { input: { ...seat, role: 'MEMBER' } }, tokens.admin), 'setGovernanceBodyMember');
    const [asMember] = await api.sql(
      `SELECT role FROM workspace_organizations WHERE workspace_id = $1 AND organization_id = $2`,
      [boardWorkspace, seat.organizationId],
    );
    expect(asMember.role).toBe('MEMBER');

    expect(ok(await api.gql(REMOVE_MEMBER, { input: seat }, tokens.admin), 'removeGovernanceBodyMember')).toBe(true);
    expect(errorCode(await api.gql(MEETING, { id: meeting.id }, tokens.philippines))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REMOVE_MEMBER, { input: seat }, tokens.admin))).toBe('NOT_FOUND');
  });

  it('are refused to all but platform admins, and on unknown records, writing nothing', async () => {
    const before = await written();
    const seat = { bodyId: board, organizationId: organizations['STATE:PH'], role: 'MEMBER' };
    for (const token of [tokens.coordinator, chair, tokens.unodc]) {
      expect(errorCode(await api.gql(SET_MEMBER, { input: seat }, token))).toBe('FORBIDDEN');
      expect(
        errorCode(
          await api.gql(REMOVE_MEMBER, { input: { bodyId: board, organizationId: organizations['STATE:NO'] } }, token),
        ),
      ).toBe('FORBIDDEN');
    }
    expect(
      errorCode(await api.gql(SET_MEMBER, { input: { ...seat, organizationId: randomUUID() } }, tokens.admin)),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(SET_MEMBER, { input: { ...seat, bodyId: randomUUID() } }, tokens.admin))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await api.gql(SET_MEMBER, { input: { ...seat, role: 'PRESIDENT' } }, tokens.admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await written()).toEqual(before);
  });
});

describe('scheduleMeeting', () => {
  it('numbers the body’s meetings and tells the people of its organizations, not the one who scheduled it', async () => {
    const first = ok(await schedule(tokens.coordinator, { documentIds: [] }), 'scheduleMeeting');
    const second = await scheduled();
    expect(second.number).toBe(first.number + 1);
    expect(first).toMatchObject({ status: 'SCHEDULED', timeZone: 'America/New_York', body: { key: 'UNCCT_AB' } });
    const recipients = await notified('MEETING_SCHEDULED', first.id);
    expect(recipients).toContain(users[DEMO.admin]); // UNOCT, the secretariat
    expect(recipients).not.toContain(users[DEMO.coordinator]);
    expect(recipients).not.toContain(users[DEMO.philippines]);
    const [title] = await api.sql(
      `SELECT title FROM notifications WHERE type = 'MEETING_SCHEDULED' AND link = $1 LIMIT 1`,
      [`/meetings/${first.id}`],
    );
    expect(title.title).toContain(`UNCCT Advisory Board, ${first.number}`);
  });

  it('takes a number given, and refuses one the body has used (CONFLICT)', async () => {
    const numbered = await scheduled({ number: 500 });
    expect(numbered.number).toBe(500);
    const before = await written();
    const again = await schedule(tokens.coordinator, { number: 500 });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(await written()).toEqual(before);
  });

  it('is for the chair, the secretariat and coordinators: members and guests are FORBIDDEN, outsiders NOT_FOUND', async () => {
    ok(await schedule(chair), 'scheduleMeeting');
    const before = await written();
    expect(errorCode(await schedule(memberState))).toBe('FORBIDDEN');
    expect(errorCode(await schedule(guest))).toBe('FORBIDDEN');
    expect(errorCode(await schedule(tokens.philippines))).toBe('NOT_FOUND');
    expect(errorCode(await schedule(tokens.unodc))).toBe('NOT_FOUND');
    expect(errorCode(await schedule(tokens.coordinator, { bodyId: randomUUID() }))).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it('lets the Compact’s entities schedule nothing in the Coordination Committee unless they chair or moderate it', async () => {
    expect(errorCode(await schedule(tokens.unodc, { bodyId: committee }))).toBe('FORBIDDEN');
    ok(await schedule(tokens.coordinator, { bodyId: committee }), 'scheduleMeeting');
  });

  it.each([
    ['endsAt', { endsAt: inDays(9) }],
    ['endsAt', { endsAt: inDays(12) }],
    ['startsAt', { startsAt: inDays(-1), endsAt: inDays(-1, 2) }],
    ['timeZone', { timeZone: 'Mars/Olympus_Mons' }],
    ['place', { place: '  ', onlineUrl: null }],
    ['onlineUrl', { onlineUrl: 'http://meet.example.org/board' }],
    ['onlineUrl', { onlineUrl: 'javascript:alert(1)' }],
    ['agenda', { agenda: ['Adoption', '  '] }],
    ['agenda', { agenda: Array(41).fill('Item') }],
    ['documentIds', { documentIds: [randomUUID()] }],
  ])('answers BAD_USER_INPUT on %s and writes nothing (%#)', async (field, input) => {
    const before = await written();
    const response = await schedule(tokens.coordinator, input);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(await written()).toEqual(before);
  });

  it('puts files of the body’s workspace on the meeting, and refuses files of another workspace', async () => {
    const upload = async (workspaceId: string) => {
      const form = new FormData();
      form.append('workspaceId', workspaceId);
      form.append('file', new Blob(['Draft programme of work']), 'programme.txt');
      const response = await fetch(`${api.url}/attachments`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${tokens.coordinator}` },
      });
      const { id } = (await response.json()) as { id: string };
      // Used by a post, the file belongs to the workspace's library.
      const thread = await api.gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { workspaceId, title: 'Documents', body: 'For the meeting', attachmentIds: [id] } },
        tokens.coordinator,
      );
      ok(thread, 'createThread');
      return id;
    };
    const boardFile = await upload(boardWorkspace);
    const [committeeWorkspace] = await api.sql(`SELECT workspace_id FROM governance_bodies WHERE key = 'CC'`);
    const otherFile = await upload(committeeWorkspace.workspace_id);
    const meeting = ok(await schedule(tokens.coordinator, { documentIds: [boardFile] }), 'scheduleMeeting');
    expect(meeting.documents).toEqual([{ id: boardFile, fileName: 'programme.txt' }]);
    const refused = await schedule(tokens.coordinator, { documentIds: [boardFile, otherFile] });
    expect(refused.errors?.[0].extensions?.field).toBe('documentIds');
    const read = ok(await api.gql(MEETING, { id: meeting.id }, memberState), 'meeting');
    expect(read.documents).toEqual([{ id: boardFile, url: `/attachments/${boardFile}` }]);
  });
});

describe('updateMeeting', () => {
  it('moves a meeting and tells its people; new documents alone tell nobody', async () => {
    const meeting = await scheduled();
    const moved = ok(
      await api.gql(
        UPDATE,
        { input: { id: meeting.id, startsAt: inDays(11), endsAt: inDays(11, 2), place: 'Vienna' } },
        chair,
      ),
      'updateMeeting',
    );
    expect(moved).toMatchObject({ place: 'Vienna', status: 'SCHEDULED' });
    expect(await notified('MEETING_CHANGED', meeting.id)).toContain(users[DEMO.coordinator]);
    const [{ revision }] = await api.sql(`SELECT revision FROM meetings WHERE id = $1`, [meeting.id]);
    expect(revision).toBe(1);
    const before = (await notified('MEETING_CHANGED', meeting.id)).length;
    ok(await api.gql(UPDATE, { input: { id: meeting.id, documentIds: [] } }, chair), 'updateMeeting');
    expect(await notified('MEETING_CHANGED', meeting.id)).toHaveLength(before);
  });

  it('cancels a meeting once: a cancelled meeting is kept as it was (CONFLICT)', async () => {
    const meeting = await scheduled();
    const cancelled = ok(
      await api.gql(UPDATE, { input: { id: meeting.id, cancelled: true } }, tokens.coordinator),
      'updateMeeting',
    );
    expect(cancelled.status).toBe('CANCELLED');
    expect((await notified('MEETING_CANCELLED', meeting.id)).length).toBeGreaterThan(0);
    const before = await written();
    expect(errorCode(await api.gql(UPDATE, { input: { id: meeting.id, place: 'Geneva' } }, tokens.coordinator))).toBe(
      'CONFLICT',
    );
    expect(await written()).toEqual(before);
  });

  it('is refused to members and guests (FORBIDDEN), outsiders (NOT_FOUND) and bad input, writing nothing', async () => {
    const meeting = await scheduled();
    const before = await written();
    expect(errorCode(await api.gql(UPDATE, { input: { id: meeting.id, place: 'Geneva' } }, memberState))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(UPDATE, { input: { id: meeting.id, place: 'Geneva' } }, guest))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(UPDATE, { input: { id: meeting.id, place: 'Geneva' } }, tokens.philippines))).toBe(
      'NOT_FOUND',
    );
    const unreadable = await api.gql(UPDATE, { input: { id: randomUUID(), place: 'Geneva' } }, tokens.coordinator);
    expect(errorCode(unreadable)).toBe('NOT_FOUND');
    const backwards = await api.gql(UPDATE, { input: { id: meeting.id, endsAt: inDays(1) } }, tokens.coordinator);
    expect(backwards.errors?.[0].extensions?.field).toBe('endsAt');
    const nowhere = await api.gql(UPDATE, { input: { id: meeting.id, place: '' } }, tokens.coordinator);
    expect(nowhere.errors?.[0].extensions?.field).toBe('place');
    expect(await written()).toEqual(before);
  });
});

describe('recordMeetingOutcome', () => {
  const record = (meetingId: string, token: string, input: Record<string, unknown> = {}) =>
    api.gql(
      OUTCOME,
      {
        input: {
          meetingId,
          outcome: 'The Board **took note** of the programme <script>alert(1)</script>',
          attendeeOrganizationIds: [organizations['STATE:SA'], organizations.UNOCT],
          ...input,
        },
      },
      token,
    );

  /** A meeting that has begun: scheduled ahead, then moved into the past behind the api's back. */
  async function heldYesterday(): Promise<string> {
    const meeting = await scheduled();
    await api.sql(
      `UPDATE meetings SET starts_at = now() - interval '1 day', ends_at = now() - interval '21 hours'
                    WHERE id = $1`,
      [meeting.id],
    );
    return meeting.id;
  }

  it('records what was decided and who attended: the meeting is HELD, its people told once', async () => {
    const id = await heldYesterday();
    const held = ok(await record(id, chair), 'recordMeetingOutcome');
    expect(held.status).toBe('HELD');
    expect(held.outcomeHtml).toContain('<strong>took note</strong>');
    expect(held.outcomeHtml).not.toContain('<script');
    expect(held.attendees.map((o: { key: string }) => o.key).sort()).toEqual(['STATE:SA', 'UNOCT']);
    const told = await notified('MEETING_OUTCOME', id);
    expect(told).toContain(users[DEMO.coordinator]);
    const corrected = ok(
      await record(id, tokens.coordinator, { outcome: 'Corrected', attendeeOrganizationIds: [] }),
      'recordMeetingOutcome',
    );
    expect(corrected).toMatchObject({ status: 'HELD', outcome: 'Corrected', attendees: [] });
    expect(await notified('MEETING_OUTCOME', id)).toHaveLength(told.length);
    expect(errorCode(await api.gql(UPDATE, { input: { id, cancelled: true } }, tokens.coordinator))).toBe('CONFLICT');
  });

  it('refuses a meeting not yet begun or cancelled (CONFLICT), others (FORBIDDEN / NOT_FOUND) and bad input', async () => {
    const ahead = await scheduled();
    const id = await heldYesterday();
    const before = await written();
    expect(errorCode(await record(ahead.id, tokens.coordinator))).toBe('CONFLICT');
    expect(errorCode(await record(id, memberState))).toBe('FORBIDDEN');
    expect(errorCode(await record(id, tokens.philippines))).toBe('NOT_FOUND');
    expect((await record(id, tokens.coordinator, { outcome: '  ' })).errors?.[0].extensions?.field).toBe('outcome');
    expect(
      (await record(id, tokens.coordinator, { attendeeOrganizationIds: [randomUUID()] })).errors?.[0].extensions?.field,
    ).toBe('attendeeOrganizationIds');
    expect(await written()).toEqual(before);
  });
});

describe('meetings', () => {
  it('lists upcoming meetings soonest first, and only those of bodies whose workspace the viewer reads', async () => {
    const later = await scheduled({ startsAt: inDays(30), endsAt: inDays(30, 2) });
    const sooner = await scheduled({ startsAt: inDays(2), endsAt: inDays(2, 2) });
    const upcoming = ok(
      await api.gql(MEETINGS, { filter: { bodyId: board, upcoming: true } }, memberState),
      'meetings',
    );
    const ids = upcoming.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    const starts = upcoming.edges.map((edge: { node: { startsAt: string } }) => edge.node.startsAt);
    expect([...starts].sort()).toEqual(starts);
    const forPhilippines = ok(await api.gql(MEETINGS, { filter: { bodyId: board } }, tokens.philippines), 'meetings');
    expect(forPhilippines.totalCount).toBe(0);
    const answer = await api.gql(BODY, { id: board }, memberState);
    expect(answer.data!.governanceBody.nextMeeting.id).toBe(upcoming.edges[0].node.id);
  });

  it('tells each reader whether they may keep a meeting', async () => {
    const meeting = await scheduled();
    const viewerMayManage = async (token: string) =>
      ok((await api.gql(MEETING, { id: meeting.id }, token)) as GraphQLResponse, 'meeting').viewerMayManage;
    expect(await viewerMayManage(chair)).toBe(true);
    expect(await viewerMayManage(tokens.coordinator)).toBe(true);
    expect(await viewerMayManage(memberState)).toBe(false);
    expect(await viewerMayManage(guest)).toBe(false);
  });
});

describe('the calendar file', () => {
  it('is an iCalendar event for the meeting’s readers, the same UID with a higher SEQUENCE after a move', async () => {
    const meeting = await scheduled({ startsAt: '2030-03-04T14:00:00.000Z', endsAt: '2030-03-04T17:00:00.000Z' });
    const download = (token: string) =>
      fetch(`${api.url}/exports/meetings/${meeting.id}/calendar.ics`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const first = await download(memberState);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('text/calendar');
    const text = await first.text();
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain(`UID:meeting-${meeting.id}@ctcp`);
    expect(text).toContain('DTSTART:20300304T140000Z');
    expect(text).toContain('SEQUENCE:0');
    expect(text).toContain(`UNCCT Advisory Board\\, ${meeting.number}`);
    ok(
      await api.gql(
        UPDATE,
        { input: { id: meeting.id, startsAt: '2030-03-05T14:00:00.000Z', endsAt: '2030-03-05T16:00:00.000Z' } },
        tokens.coordinator,
      ),
      'updateMeeting',
    );
    const moved = await (await download(memberState)).text();
    expect(moved).toContain('DTSTART:20300305T140000Z');
    expect(moved).toContain('SEQUENCE:1');
    expect((await download(tokens.philippines)).status).toBe(404);
  });
});

import { CLASSIFICATIONS, type Classification, SERVER_EVENTS } from '@ctcp/shared';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markedRequestTitle } from '../src/modules/notifications/notification-texts.js';
import { DEMO, errorCode, signInDemoUsers, type TestApp, startTestApp, userIds } from './harness.js';
import { collect, connectSocket, drained, nextEvent } from './sockets.js';

/**
 * Markings on assistance requests, over every demo role and read path: the request, the list and its
 * count, search, the live event, notifications, the discussion. The Philippines' focal point submits one
 * request per marking, shared with every Compact entity; the coordinator opens each for offers. The
 * STRICTLY_CONFIDENTIAL one names the coordinator (to have it triaged), then INTERPOL's member.
 */

type Person = keyof typeof DEMO;
const PEOPLE = Object.keys(DEMO) as Person[];

/** The UNDP observer's platform role is OBSERVER; the Maldives are another State. */
const READERS: Record<Classification, readonly Person[]> = {
  UNCLASSIFIED: ['admin', 'coordinator', 'unodc', 'interpol', 'philippines', 'observer'],
  CONFIDENTIAL: ['admin', 'coordinator', 'unodc', 'interpol', 'philippines'],
  STRICTLY_CONFIDENTIAL: ['coordinator', 'interpol', 'philippines'],
};

const FIELDS = `id title classification status participants { person { email } }
  viewerCanRaiseClassification viewerCanLowerClassification discussion { id classification }`;
const SUBMIT = `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation($input: TransitionAssistanceRequestInput!) { transitionAssistanceRequest(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateAssistanceRequestInput!) { updateAssistanceRequest(input: $input) { id } }`;
const GET = `query($id: ID!) { assistanceRequest(id: $id) { ${FIELDS} } }`;
const LIST = `{ assistanceRequests(first: 100) { totalCount edges { node { id } } } }`;
const SEARCH = `query($query: String!) {
  search(query: $query, kinds: [ASSISTANCE_REQUEST], first: 20) { totalCount edges { node { id classification } } }
}`;
const CHANGE = `mutation($input: ChangeAssistanceRequestClassificationInput!) {
  changeAssistanceRequestClassification(input: $input) { ${FIELDS} }
}`;
const CANDIDATES = `query($id: ID!, $query: String) {
  assistanceRequest(id: $id) { participantCandidates(query: $query, first: 50) { person { email } } }
}`;

let api: TestApp;
let tokens: Record<Person, string>;
let users: Record<string, string>;
const requests = {} as Record<Classification, { id: string; word: string }>;

function ok<T = any>(response: { data?: any; errors?: unknown }, field: string): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data[field];
}

const idOf = (person: Person) => users[DEMO[person]];
const emails = (people: readonly Person[]) => people.map((person) => DEMO[person]).sort();

async function submit(classification: Classification, participants: Person[] = [], title?: string) {
  const word = `requestmark${classification.toLowerCase().replace(/_/g, '')}${Math.random().toString(36).slice(2, 8)}`;
  const request = ok(
    await api.gql(
      SUBMIT,
      {
        input: {
          title: title ?? `Border screening ${word}`,
          description: `Training on screening at land borders (${word}).`,
          sharingScope: 'ALL_ENTITIES',
          classification,
          participantIds: participants.map(idOf),
        },
      },
      tokens.philippines,
    ),
    'submitAssistanceRequest',
  );
  return { id: request.id as string, word, request };
}

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
  for (const classification of CLASSIFICATIONS) {
    const { id, word } = await submit(
      classification,
      classification === 'STRICTLY_CONFIDENTIAL' ? ['coordinator'] : [],
    );
    ok(
      await api.gql(MOVE, { input: { id, to: 'UNDER_REVIEW', note: '' } }, tokens.coordinator),
      'transitionAssistanceRequest',
    );
    requests[classification] = { id, word };
  }
  // Once open for offers, INTERPOL's member may be named too.
  ok(
    await api.gql(
      CHANGE,
      {
        input: {
          requestId: requests.STRICTLY_CONFIDENTIAL.id,
          classification: 'STRICTLY_CONFIDENTIAL',
          reason: 'INTERPOL holds the screening databases',
          participantIds: [idOf('coordinator'), idOf('interpol')],
        },
      },
      tokens.philippines,
    ),
    'changeAssistanceRequestClassification',
  );
}, 120_000);
afterAll(() => api.close());

describe.each(CLASSIFICATIONS)('a %s request', (classification) => {
  const readers = READERS[classification];

  it('is read by its readers only: the request, the list and its count, search', async () => {
    const { id, word } = requests[classification];
    for (const person of PEOPLE) {
      const reads = readers.includes(person);
      const single = await api.gql(GET, { id }, tokens[person]);
      if (reads) expect(ok(single, 'assistanceRequest').classification, person).toBe(classification);
      else expect(errorCode(single), person).toBe('NOT_FOUND');

      const list = ok(await api.gql(LIST, {}, tokens[person]), 'assistanceRequests');
      const listed = list.edges.some((edge: any) => edge.node.id === id);
      expect(listed, `${person} list`).toBe(reads);
      expect(list.totalCount, `${person} count`).toBe(list.edges.length);

      const found = ok(await api.gql(SEARCH, { query: word }, tokens[person]), 'search');
      expect(found.totalCount, `${person} search`).toBe(reads ? 1 : 0);
      if (reads) expect(found.edges[0].node.classification).toBe(classification);
    }
  });

  it('sends its live events and notifications to its readers only, naming nothing when marked', async () => {
    const { id, word } = requests[classification];
    const sockets: Partial<Record<Person, Socket>> = {};
    const received: Partial<Record<Person, { id: string }[]>> = {};
    try {
      for (const person of PEOPLE) {
        const socket = await connectSocket(api.url, { token: tokens[person] });
        sockets[person] = socket;
        received[person] = collect(socket, SERVER_EVENTS.assistanceRequestUpdated);
      }
      const arrivals = readers.map((person) =>
        nextEvent(sockets[person]!, SERVER_EVENTS.assistanceRequestUpdated, (event: { id: string }) => event.id === id),
      );
      ok(await api.gql(UPDATE, { input: { id, priority: 'HIGH' } }, tokens.coordinator), 'updateAssistanceRequest');
      await Promise.all(arrivals);
      await Promise.all(PEOPLE.map((person) => drained(sockets[person]!)));
      for (const person of PEOPLE) {
        expect(
          received[person]!.some((event) => event.id === id),
          person,
        ).toBe(readers.includes(person));
      }
    } finally {
      for (const socket of Object.values(sockets)) socket?.close();
    }

    const notified = await api.sql(
      `SELECT u.email, u.preferred_language AS language, n.title
         FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.link = $1`,
      [`/requests/${id}`],
    );
    expect(notified.length).toBeGreaterThan(0);
    for (const row of notified) {
      expect(emails(readers), row.email).toContain(row.email);
      if (classification === 'UNCLASSIFIED') expect(row.title).toContain(word);
      else expect(row.title).toBe(markedRequestTitle(row.language));
    }
  });

  it('gives its discussion its marking', async () => {
    const { id, word } = requests[classification];
    const request = ok(await api.gql(GET, { id }, tokens.philippines), 'assistanceRequest');
    expect(request.discussion.classification).toBe(classification);
    const [workspace] = await api.sql(
      `SELECT w.name FROM workspaces w JOIN assistance_requests r ON r.workspace_id = w.id WHERE r.id = $1`,
      [id],
    );
    expect(workspace.name.includes(word)).toBe(classification === 'UNCLASSIFIED');
    if (classification === 'STRICTLY_CONFIDENTIAL') {
      const named = await api.sql(
        `SELECT u.email FROM thread_participants tp JOIN users u ON u.id = tp.user_id
          JOIN assistance_requests r ON r.thread_id = tp.thread_id WHERE r.id = $1`,
        [id],
      );
      // Those of the request's people who take part in its discussion: INTERPOL has made no offer.
      expect(named.map((row) => row.email).sort()).toEqual(emails(['coordinator', 'philippines']));
    }
  });
});

describe('changing a request’s marking', () => {
  it('goes up by the State and coordinators and down by the State only, with a reason, audited', async () => {
    const { id, word } = await submit('UNCLASSIFIED');
    const notifiedBefore = await api.sql(`SELECT title FROM notifications WHERE link = $1`, [`/requests/${id}`]);
    expect(notifiedBefore.some((row) => row.title.includes(word))).toBe(true);

    const noReason = await api.gql(
      CHANGE,
      { input: { requestId: id, classification: 'CONFIDENTIAL', reason: '  ' } },
      tokens.coordinator,
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const byEntity = await api.gql(
      CHANGE,
      { input: { requestId: id, classification: 'CONFIDENTIAL', reason: 'Sensitive' } },
      tokens.maldives,
    );
    expect(errorCode(byEntity)).toBe('NOT_FOUND');

    const raised = ok(
      await api.gql(
        CHANGE,
        { input: { requestId: id, classification: 'CONFIDENTIAL', reason: 'Names border posts' } },
        tokens.coordinator,
      ),
      'changeAssistanceRequestClassification',
    );
    expect(raised.classification).toBe('CONFIDENTIAL');
    expect(raised.viewerCanLowerClassification).toBe(false);
    const notifiedAfter = await api.sql(`SELECT title FROM notifications WHERE link = $1`, [`/requests/${id}`]);
    expect(notifiedAfter.some((row) => row.title.includes(word))).toBe(false);

    const again = await api.gql(
      CHANGE,
      { input: { requestId: id, classification: 'CONFIDENTIAL', reason: 'Twice' } },
      tokens.coordinator,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    const lowerByCoordinator = await api.gql(
      CHANGE,
      { input: { requestId: id, classification: 'UNCLASSIFIED', reason: 'Public now' } },
      tokens.coordinator,
    );
    expect(errorCode(lowerByCoordinator)).toBe('FORBIDDEN');

    const lowered = ok(
      await api.gql(
        CHANGE,
        { input: { requestId: id, classification: 'UNCLASSIFIED', reason: 'Published by the State' } },
        tokens.philippines,
      ),
      'changeAssistanceRequestClassification',
    );
    expect(lowered.classification).toBe('UNCLASSIFIED');

    const events = await api.sql(
      `SELECT action, actor_id, details FROM audit_events
        WHERE target_type = 'AssistanceRequest' AND target_id = $1 AND action = 'classification.changed'
        ORDER BY created_at`,
      [id],
    );
    expect(events.map((event) => [event.actor_id, event.details.from, event.details.to, event.details.reason])).toEqual(
      [
        [idOf('coordinator'), 'UNCLASSIFIED', 'CONFIDENTIAL', 'Names border posts'],
        [idOf('philippines'), 'CONFIDENTIAL', 'UNCLASSIFIED', 'Published by the State'],
      ],
    );
  });

  it('names only people who would read it were it CONFIDENTIAL, and only on STRICTLY_CONFIDENTIAL', async () => {
    const { id } = requests.STRICTLY_CONFIDENTIAL;
    const candidates = ok(await api.gql(CANDIDATES, { id }, tokens.philippines), 'assistanceRequest');
    const offered = candidates.participantCandidates.map((author: any) => author.person.email);
    for (const person of ['admin', 'coordinator', 'unodc', 'interpol', 'philippines'] as Person[]) {
      expect(offered, person).toContain(DEMO[person]);
    }
    expect(offered).not.toContain(DEMO.maldives);
    expect(offered).not.toContain(DEMO.observer);
    const byName = ok(await api.gql(CANDIDATES, { id, query: 'interpol' }, tokens.philippines), 'assistanceRequest');
    expect(byName.participantCandidates.map((author: any) => author.person.email)).toEqual([DEMO.interpol]);

    for (const outsider of ['maldives', 'observer'] as Person[]) {
      const refused = await api.gql(
        CHANGE,
        {
          input: {
            requestId: id,
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'More eyes',
            participantIds: [idOf('coordinator'), idOf(outsider)],
          },
        },
        tokens.philippines,
      );
      expect(errorCode(refused), outsider).toBe('BAD_USER_INPUT');
    }
    const byNamed = await api.gql(
      CHANGE,
      {
        input: {
          requestId: id,
          classification: 'STRICTLY_CONFIDENTIAL',
          reason: 'More eyes',
          participantIds: [idOf('unodc')],
        },
      },
      tokens.coordinator,
    );
    expect(errorCode(byNamed)).toBe('FORBIDDEN');
    const named = ok(await api.gql(GET, { id }, tokens.interpol), 'assistanceRequest');
    expect(named.participants.map((author: any) => author.person.email).sort()).toEqual(
      emails(['coordinator', 'interpol', 'philippines']),
    );

    const onUnmarked = await api.gql(
      SUBMIT,
      {
        input: {
          title: 'Named on an unmarked request',
          description: 'Nobody may be named here.',
          participantIds: [idOf('coordinator')],
        },
      },
      tokens.philippines,
    );
    expect(errorCode(onUnmarked)).toBe('BAD_USER_INPUT');
    expect(
      await api.sql(`SELECT 1 FROM assistance_requests WHERE title = 'Named on an unmarked request'`),
    ).toHaveLength(0);
  });

  it('keeps a STRICTLY_CONFIDENTIAL draft from the people named outside the State until it is submitted', async () => {
    const { id } = await (async () => {
      const draft = ok(
        await api.gql(
          SUBMIT,
          {
            input: {
              title: 'A draft for named eyes',
              description: 'Not yet submitted.',
              classification: 'STRICTLY_CONFIDENTIAL',
              participantIds: [idOf('coordinator')],
              draft: true,
            },
          },
          tokens.philippines,
        ),
        'submitAssistanceRequest',
      );
      return draft as { id: string };
    })();
    expect(errorCode(await api.gql(GET, { id }, tokens.coordinator))).toBe('NOT_FOUND');
    ok(
      await api.gql(MOVE, { input: { id, to: 'SUBMITTED', note: '' } }, tokens.philippines),
      'transitionAssistanceRequest',
    );
    expect(ok(await api.gql(GET, { id }, tokens.coordinator), 'assistanceRequest').classification).toBe(
      'STRICTLY_CONFIDENTIAL',
    );
    expect(errorCode(await api.gql(GET, { id }, tokens.admin))).toBe('NOT_FOUND');
  });
});

describe('the discussion of a marked request', () => {
  it('takes its marking from the request only: changing the thread’s own is refused', async () => {
    const { id } = requests.STRICTLY_CONFIDENTIAL;
    const [{ thread_id: threadId }] = await api.sql(`SELECT thread_id FROM assistance_requests WHERE id = $1`, [id]);
    const lower = await api.gql(
      `mutation($input: ChangeThreadClassificationInput!) { changeThreadClassification(input: $input) { id } }`,
      { input: { threadId, classification: 'UNCLASSIFIED', reason: 'Open it up' } },
      tokens.coordinator,
    );
    expect(errorCode(lower)).toBe('CONFLICT');
    const rename = await api.gql(
      `mutation($input: SetThreadParticipantsInput!) { setThreadParticipants(input: $input) { id } }`,
      { input: { threadId, userIds: [idOf('admin')] } },
      tokens.coordinator,
    );
    expect(errorCode(rename)).toBe('CONFLICT');
    const [thread] = await api.sql(`SELECT classification FROM threads WHERE id = $1`, [threadId]);
    expect(thread.classification).toBe('STRICTLY_CONFIDENTIAL');
    const offered = await api.gql(
      `query($id: ID!) {
        thread(id: $id) { viewerCanRaiseClassification viewerCanLowerClassification viewerCanEditParticipants }
      }`,
      { id: threadId },
      tokens.coordinator,
    );
    expect(ok(offered, 'thread')).toEqual({
      viewerCanRaiseClassification: false,
      viewerCanLowerClassification: false,
      viewerCanEditParticipants: false,
    });
  });
});

describe('reads of a STRICTLY_CONFIDENTIAL request', () => {
  const BREAK_GLASS = `mutation($input: BreakGlassOnAssistanceRequestInput!) {
    breakGlassOnAssistanceRequest(input: $input) { id }
  }`;
  const READ_ONLY = `query($id: ID!) {
    assistanceRequest(id: $id) { id viewerReadsByBreakGlass viewerCanEdit viewerCanLowerClassification viewerTransitions }
  }`;
  const auditOf = (id: string, action: string) =>
    api.sql(
      `SELECT actor_id, details FROM audit_events WHERE target_type = 'AssistanceRequest' AND target_id = $1
          AND action = $2 ORDER BY created_at`,
      [id, action],
    );

  it('are audited, each with who read it', async () => {
    const { id } = await submit('STRICTLY_CONFIDENTIAL', ['coordinator']);
    ok(await api.gql(GET, { id }, tokens.coordinator), 'assistanceRequest');
    ok(await api.gql(GET, { id }, tokens.philippines), 'assistanceRequest');
    const reads = await auditOf(id, 'classified.read');
    expect(reads.map((read) => [read.actor_id, read.details.breakGlass])).toEqual([
      [idOf('coordinator'), false],
      [idOf('philippines'), false],
    ]);
  });

  it('are open to an admin only through an audited break-glass grant with a reason, read-only, for a while', async () => {
    const { id } = await submit('STRICTLY_CONFIDENTIAL', ['coordinator']);
    expect(errorCode(await api.gql(GET, { id }, tokens.admin))).toBe('NOT_FOUND');
    const noReason = await api.gql(BREAK_GLASS, { input: { requestId: id, reason: ' ' } }, tokens.admin);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const byCoordinator = await api.gql(BREAK_GLASS, { input: { requestId: id, reason: 'Audit' } }, tokens.coordinator);
    expect(errorCode(byCoordinator)).toBe('FORBIDDEN');
    const onReadable = await api.gql(
      BREAK_GLASS,
      { input: { requestId: requests.CONFIDENTIAL.id, reason: 'Audit' } },
      tokens.admin,
    );
    expect(errorCode(onReadable)).toBe('CONFLICT');

    ok(
      await api.gql(BREAK_GLASS, { input: { requestId: id, reason: 'Inspector General inquiry' } }, tokens.admin),
      'breakGlassOnAssistanceRequest',
    );
    const read = ok(await api.gql(READ_ONLY, { id }, tokens.admin), 'assistanceRequest');
    expect(read).toMatchObject({
      viewerReadsByBreakGlass: true,
      viewerCanEdit: false,
      viewerCanLowerClassification: false,
      viewerTransitions: [],
    });
    const change = await api.gql(
      CHANGE,
      { input: { requestId: id, classification: 'CONFIDENTIAL', reason: 'Lower it' } },
      tokens.admin,
    );
    expect(errorCode(change)).toBe('NOT_FOUND');
    const list = ok(await api.gql(LIST, {}, tokens.admin), 'assistanceRequests');
    expect(list.edges.some((edge: any) => edge.node.id === id)).toBe(false);

    const [grant] = await auditOf(id, 'classification.break_glass');
    expect(grant).toMatchObject({ actor_id: idOf('admin'), details: { reason: 'Inspector General inquiry' } });
    const reads = await auditOf(id, 'classified.read');
    expect(reads.map((row) => [row.actor_id, row.details.breakGlass])).toEqual([[idOf('admin'), true]]);

    await api.sql(`UPDATE assistance_request_break_glass_grants SET expires_at = now() - interval '1 second'`);
    expect(errorCode(await api.gql(GET, { id }, tokens.admin))).toBe('NOT_FOUND');
  });
});

describe('files added to a marked request', () => {
  const ADD = `mutation($input: AddWorkspaceFilesInput!) { addWorkspaceFiles(input: $input) { id } }`;
  const FILES = `query($id: ID!) { workspace(id: $id) { files(first: 50) { totalCount edges { node { id } } } } }`;
  const FILE_SEARCH = `query($query: String!) {
    search(query: $query, kinds: [ATTACHMENT], first: 20) { totalCount edges { node { id classification } } }
  }`;

  it('carry its marking: the staff who see its discussion’s workspace but are not named do not get them', async () => {
    const { id } = await submit('STRICTLY_CONFIDENTIAL', ['coordinator']);
    const [{ workspace_id: workspaceId }] = await api.sql(
      `SELECT workspace_id FROM assistance_requests WHERE id = $1`,
      [id],
    );
    const word = `letter${Math.random().toString(36).slice(2, 8)}`;
    const form = new FormData();
    form.append('workspaceId', workspaceId);
    form.append('file', new Blob([`Formal request letter ${word}`], { type: 'text/plain' }), `${word}.txt`);
    const uploaded = await fetch(`${api.url}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.philippines}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { id: fileId } = (await uploaded.json()) as { id: string };
    ok(
      await api.gql(ADD, { input: { workspaceId, attachmentIds: [fileId] } }, tokens.philippines),
      'addWorkspaceFiles',
    );

    for (const person of ['coordinator', 'admin'] as Person[]) {
      const named = person === 'coordinator';
      const files = ok(await api.gql(FILES, { id: workspaceId }, tokens[person]), 'workspace').files;
      expect(
        files.edges.some((edge: any) => edge.node.id === fileId),
        person,
      ).toBe(named);
      const download = await fetch(`${api.url}/attachments/${fileId}`, {
        headers: { authorization: `Bearer ${tokens[person]}` },
      });
      expect(download.status, person).toBe(named ? 200 : 404);
      await download.arrayBuffer();
      const found = ok(await api.gql(FILE_SEARCH, { query: word }, tokens[person]), 'search');
      expect(found.totalCount, person).toBe(named ? 1 : 0);
      if (named) expect(found.edges[0].node.classification).toBe('STRICTLY_CONFIDENTIAL');
    }
  });
});

describe('a later drop of a request’s marking', () => {
  it('is scheduled by the State only, with a reason, and made by the hourly job, its discussion following', async () => {
    const { id, request } = await submit('CONFIDENTIAL');
    const schedule = (person: Person, declassifyTo: Classification) =>
      api.gql(
        CHANGE,
        {
          input: {
            requestId: id,
            classification: 'CONFIDENTIAL',
            reason: 'Review of 2031',
            declassifyOn: '2099-01-01',
            declassifyTo,
          },
        },
        tokens[person],
      );
    expect(errorCode(await schedule('philippines', 'STRICTLY_CONFIDENTIAL'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await schedule('coordinator', 'UNCLASSIFIED'))).toBe('FORBIDDEN');
    const scheduled = ok(await schedule('philippines', 'UNCLASSIFIED'), 'changeAssistanceRequestClassification');
    expect(scheduled.classification).toBe('CONFIDENTIAL');

    const markings = api.app.get(
      (await import('../src/modules/assistance-requests/assistance-request-markings.js')).AssistanceRequestMarkings,
    );
    expect(await markings.declassifyDue(new Date('2099-01-01T00:30:00Z'))).toBeGreaterThanOrEqual(1);
    const [after] = await api.sql(
      `SELECT r.classification, r.declassify_on, t.classification AS discussion
         FROM assistance_requests r JOIN threads t ON t.id = r.thread_id WHERE r.id = $1`,
      [id],
    );
    expect(after).toEqual({ classification: 'UNCLASSIFIED', declassify_on: null, discussion: 'UNCLASSIFIED' });
    expect(request.discussion.classification).toBe('CONFIDENTIAL');
    const [event] = await api.sql(
      `SELECT actor_id, details FROM audit_events WHERE action = 'classification.declassified' AND target_id = $1`,
      [id],
    );
    expect(event).toMatchObject({ actor_id: null, details: { from: 'CONFIDENTIAL', to: 'UNCLASSIFIED' } });
  });
});

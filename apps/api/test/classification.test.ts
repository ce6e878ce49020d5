import { CLASSIFICATIONS, type Classification } from '@ctcp/shared';
import { PDFDocument } from 'pdf-lib';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../src/modules/attachments/text-extraction.js';
import { DEMO, errorCode, signInDemoUsers, type TestApp, startTestApp, userIds } from './harness.js';
import { collect, connectSocket, drained, nextEvent } from './sockets.js';

/**
 * Markings enforced on every read path: the three markings x every demo role x thread, post, list, count,
 * search, live event, notification, file list and download. In one PRIVATE workspace the coordinator owns,
 * with the admin, the UNODC, INTERPOL and Philippines people as members, the UNDP observer (platform role
 * OBSERVER) as a member and the Maldives focal point as a workspace observer; UNODC writes each thread,
 * STRICTLY_CONFIDENTIAL naming INTERPOL.
 */

type Person = keyof typeof DEMO;
const PEOPLE = Object.keys(DEMO) as Person[];

const READERS: Record<Classification, readonly Person[]> = {
  UNCLASSIFIED: PEOPLE,
  CONFIDENTIAL: ['admin', 'coordinator', 'unodc', 'interpol', 'philippines'],
  STRICTLY_CONFIDENTIAL: ['unodc', 'interpol'],
};

let PDF: Buffer;

const CREATE_WORKSPACE = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`;
const ADD_MEMBER = `mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { role } }`;
const WATCH = `mutation($input: WatchWorkspaceInput!) { watchWorkspace(input: $input) { id } }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { id classification participants { name } posts { edges { node { id } } } }
}`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id title classification posts { edges { node { id body } } } } }`;
const POST = `query($id: ID!) { post(id: $id) { id body } }`;
const WORKSPACE = `query($id: ID!) {
  workspace(id: $id) {
    unreadThreadCount
    threads(first: 50) { totalCount edges { node { id } } }
    files(first: 50) { totalCount edges { node { id } } }
  }
}`;
const SEARCH = `query($query: String!) { search(query: $query, first: 50) { edges { node { id kind classification } } } }`;
const CHANGE = `mutation($input: ChangeThreadClassificationInput!) {
  changeThreadClassification(input: $input) { id classification declassifyOn declassifyTo participants { name } }
}`;
const SET_PARTICIPANTS = `mutation($input: SetThreadParticipantsInput!) {
  setThreadParticipants(input: $input) { id participants { name } }
}`;
const BREAK_GLASS = `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id } }`;
const CANDIDATES = `query($id: ID!, $query: String) {
  workspace(id: $id) { participantCandidates(query: $query) { name person { id } } }
}`;

let api: TestApp;
let tokens: Record<Person, string>;
let users: Record<string, string>;
let workspaceId: string;
const threads = {} as Record<Classification, { id: string; postId: string; fileId: string; word: string }>;

function ok<T = any>(response: { data?: any; errors?: unknown }, field: string): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data[field];
}

const idOf = (person: Person) => users[DEMO[person]];

async function upload(token: string, name: string): Promise<string> {
  const form = new FormData();
  form.append('workspaceId', workspaceId);
  form.append('file', new Blob([new Uint8Array(PDF)]), name);
  const response = await fetch(`${api.url}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const download = (person: Person, id: string) =>
  fetch(`${api.url}/attachments/${id}`, { headers: { authorization: `Bearer ${tokens[person]}` } });

async function openThread(classification: Classification, participants: Person[] = []) {
  const word = `marking${classification.toLowerCase().replace(/_/g, '')}${Math.random().toString(36).slice(2, 8)}`;
  const fileId = await upload(tokens.unodc, `${word} brief.pdf`);
  const thread = ok(
    await api.gql(
      CREATE_THREAD,
      {
        input: {
          workspaceId,
          title: `Thread ${word}`,
          body: `Opening ${word}`,
          classification,
          attachmentIds: [fileId],
          participantIds: participants.map(idOf),
        },
      },
      tokens.unodc,
    ),
    'createThread',
  );
  return { id: thread.id, postId: thread.posts.edges[0].node.id, fileId, word };
}

beforeAll(async () => {
  const document = await PDFDocument.create();
  document.addPage([595, 842]);
  PDF = Buffer.from(await document.save());
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
  workspaceId = ok(
    await api.gql(CREATE_WORKSPACE, { input: { name: 'Marked exchanges', visibility: 'PRIVATE' } }, tokens.coordinator),
    'createWorkspace',
  ).id;
  const roles: [Person, string][] = [
    ['admin', 'MEMBER'],
    ['unodc', 'MEMBER'],
    ['interpol', 'MEMBER'],
    ['philippines', 'MEMBER'],
    ['observer', 'MEMBER'],
    ['maldives', 'OBSERVER'],
  ];
  for (const [person, role] of roles) {
    ok(
      await api.gql(ADD_MEMBER, { input: { workspaceId, userId: idOf(person), role } }, tokens.coordinator),
      'addWorkspaceMember',
    );
  }
  for (const person of PEOPLE) {
    ok(await api.gql(WATCH, { input: { workspaceId, level: 'ALL' } }, tokens[person]), 'watchWorkspace');
  }
  for (const classification of CLASSIFICATIONS) {
    threads[classification] = await openThread(
      classification,
      classification === 'STRICTLY_CONFIDENTIAL' ? ['interpol'] : [],
    );
  }
}, 120_000);
afterAll(() => api.close());

describe('unread threads', () => {
  it('counts only the threads each person reads', async () => {
    for (const person of PEOPLE) {
      const { unreadThreadCount } = ok(await api.gql(WORKSPACE, { id: workspaceId }, tokens[person]), 'workspace');
      // UNODC wrote every thread (and so has read them); the others have read none.
      const expected = person === 'unodc' ? 0 : CLASSIFICATIONS.filter((c) => READERS[c].includes(person)).length;
      expect(unreadThreadCount, person).toBe(expected);
    }
  });
});

describe.each(CLASSIFICATIONS)('a %s thread', (classification) => {
  const readers = READERS[classification];

  it.each(PEOPLE)('reaches %s only if they may read it, on every read path', async (person) => {
    const { id, postId, fileId, word } = threads[classification];
    const token = tokens[person];
    const reads = readers.includes(person);

    const thread = await api.gql(THREAD, { id }, token);
    const post = await api.gql(POST, { id: postId }, token);
    if (reads) {
      expect(ok(thread, 'thread').id).toBe(id);
      expect(ok(post, 'post').id).toBe(postId);
    } else {
      expect(errorCode(thread)).toBe('NOT_FOUND');
      expect(errorCode(post)).toBe('NOT_FOUND');
    }

    const workspace = ok(await api.gql(WORKSPACE, { id: workspaceId }, token), 'workspace');
    const listed = workspace.threads.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(listed.includes(id)).toBe(reads);
    expect(workspace.threads.totalCount).toBe(CLASSIFICATIONS.filter((c) => READERS[c].includes(person)).length);
    const files = workspace.files.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(files.includes(fileId)).toBe(reads);

    const found = ok(await api.gql(SEARCH, { query: word }, token), 'search').edges;
    const hits = found.map((edge: { node: { id: string; kind: string } }) => `${edge.node.kind}:${edge.node.id}`);
    // Each hit says the marking it carries: a post and a file carry their thread's.
    for (const edge of found) expect(edge.node.classification, edge.node.kind).toBe(classification);
    expect(hits.includes(`THREAD:${id}`)).toBe(reads);
    expect(hits.includes(`POST:${postId}`)).toBe(reads);
    expect(hits.includes(`ATTACHMENT:${fileId}`)).toBe(reads);

    const file = await download(person, fileId);
    expect(file.status).toBe(reads ? 200 : 404);
    if (reads && classification !== 'UNCLASSIFIED') {
      // A PDF of a classified thread comes stamped on each page with its marking and its reader.
      const { text } = await extractText(Buffer.from(await file.arrayBuffer()), 'application/pdf');
      expect(text).toContain(classification.replace(/_/g, ' '));
      expect(text).toContain(DEMO[person]);
    }
  });

  it('sends its live events and notifications to its readers only', async () => {
    const sockets: Partial<Record<Person, Socket>> = {};
    const received: Partial<Record<Person, { postId: string }[]>> = {};
    try {
      for (const person of PEOPLE) {
        const socket = await connectSocket(api.url, { token: tokens[person] });
        sockets[person] = socket;
        received[person] = collect(socket, 'post.created');
      }
      const { id } = threads[classification];
      const arrivals = readers
        .filter((person) => person !== 'interpol')
        .map((person) =>
          nextEvent(sockets[person]!, 'post.created', (event: { threadId: string }) => event.threadId === id),
        );
      const reply = ok(
        await api.gql(CREATE_POST, { input: { threadId: id, body: 'A reply' } }, tokens.interpol),
        'createPost',
      );
      await Promise.all(arrivals);
      await Promise.all(PEOPLE.map((person) => drained(sockets[person]!)));
      for (const person of PEOPLE) {
        const got = received[person]!.some((event) => event.postId === reply.id);
        expect(got, person).toBe(readers.includes(person));
      }
      const notified = await api.sql(
        `SELECT u.email, n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.link LIKE $1`,
        [`%${reply.id}`],
      );
      const expected = readers.filter((person) => person !== 'interpol').map((person) => DEMO[person]);
      expect(notified.map((row) => row.email).sort()).toEqual([...expected].sort());
      if (classification !== 'UNCLASSIFIED') {
        for (const row of notified) expect(row.title).not.toContain(threads[classification].word);
      }
    } finally {
      for (const socket of Object.values(sockets)) socket?.close();
    }
  });
});

describe('reads of STRICTLY_CONFIDENTIAL records', () => {
  it('are audited, each with who read what', async () => {
    const { id, postId } = threads.STRICTLY_CONFIDENTIAL;
    const before = await api.sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'classified.read'`);
    ok(await api.gql(THREAD, { id }, tokens.interpol), 'thread');
    ok(await api.gql(POST, { id: postId }, tokens.unodc), 'post');
    const events = await api.sql(
      `SELECT actor_id, target_type, target_id, details FROM audit_events
        WHERE action = 'classified.read' ORDER BY created_at DESC, id DESC LIMIT 2`,
    );
    const after = await api.sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'classified.read'`);
    expect(after[0].n - before[0].n).toBe(2);
    expect(events.map((event) => [event.actor_id, event.target_type, event.target_id]).sort()).toEqual(
      [
        [idOf('interpol'), 'Thread', id],
        [idOf('unodc'), 'Post', postId],
      ].sort(),
    );
    expect(events[0].details).toMatchObject({ threadId: id, classification: 'STRICTLY_CONFIDENTIAL' });
  });

  it('are open to an admin only through an audited break-glass grant with a reason', async () => {
    const { id, postId, fileId } = threads.STRICTLY_CONFIDENTIAL;
    expect(errorCode(await api.gql(THREAD, { id }, tokens.admin))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(BREAK_GLASS, { input: { threadId: id, reason: 'x' } }, tokens.coordinator))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(BREAK_GLASS, { input: { threadId: id, reason: '   ' } }, tokens.admin))).toBe(
      'BAD_USER_INPUT',
    );
    ok(
      await api.gql(BREAK_GLASS, { input: { threadId: id, reason: 'Legal hold 2026-14' } }, tokens.admin),
      'breakGlass',
    );
    const read = ok(await api.gql(THREAD, { id }, tokens.admin), 'thread');
    expect(read.id).toBe(id);
    expect((await download('admin', fileId)).status).toBe(200);
    // Reading is all the grant gives.
    expect(errorCode(await api.gql(CREATE_POST, { input: { threadId: id, body: 'x' } }, tokens.admin))).toBe(
      'FORBIDDEN',
    );
    const [grant] = await api.sql(
      `SELECT details FROM audit_events WHERE action = 'classification.break_glass' AND target_id = $1`,
      [id],
    );
    expect(grant.details).toMatchObject({ reason: 'Legal hold 2026-14' });
    const [readEvent] = await api.sql(
      `SELECT details FROM audit_events WHERE action = 'classified.read' AND actor_id = $1 AND target_id = $2`,
      [idOf('admin'), id],
    );
    expect(readEvent.details).toMatchObject({ breakGlass: true });
    expect(errorCode(await api.gql(POST, { id: postId }, tokens.coordinator))).toBe('NOT_FOUND');
    // The grant lapses.
    await api.sql(`UPDATE break_glass_grants SET expires_at = now() - interval '1 second' WHERE thread_id = $1`, [id]);
    expect(errorCode(await api.gql(THREAD, { id }, tokens.admin))).toBe('NOT_FOUND');
  });
});

describe('changing a marking', () => {
  it('goes up by any participant and down only by owners and moderators, with a reason, audited', async () => {
    const { id, word } = await openThread('UNCLASSIFIED');
    const titles = () =>
      api.sql(`SELECT title FROM notifications WHERE link = $1 OR link LIKE $2`, [
        `/threads/${id}`,
        `/threads/${id}#%`,
      ]);
    expect((await titles()).some((row) => row.title.includes(word))).toBe(true);
    const change = (token: string, input: Record<string, unknown>) =>
      api.gql(CHANGE, { input: { threadId: id, reason: 'Names of sources', ...input } }, token);

    expect(errorCode(await change(tokens.unodc, { classification: 'CONFIDENTIAL', reason: ' ' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await change(tokens.maldives, { classification: 'CONFIDENTIAL' }))).toBe('FORBIDDEN');
    expect(
      ok(await change(tokens.philippines, { classification: 'CONFIDENTIAL' }), 'changeThreadClassification'),
    ).toMatchObject({
      classification: 'CONFIDENTIAL',
    });
    expect(errorCode(await api.gql(THREAD, { id }, tokens.maldives))).toBe('NOT_FOUND');
    // Notifications written while it was unclassified name it no more.
    const redacted = await titles();
    expect(redacted.length).toBeGreaterThan(0);
    for (const row of redacted) expect(row.title).not.toContain(word);
    expect(errorCode(await change(tokens.philippines, { classification: 'UNCLASSIFIED' }))).toBe('FORBIDDEN');
    expect(errorCode(await change(tokens.philippines, { classification: 'CONFIDENTIAL' }))).toBe('CONFLICT');

    // To STRICTLY_CONFIDENTIAL: the author and the one who raises it are named with those chosen.
    expect(
      errorCode(
        await change(tokens.interpol, { classification: 'STRICTLY_CONFIDENTIAL', participantIds: [idOf('maldives')] }),
      ),
    ).toBe('BAD_USER_INPUT');
    const raised = ok(
      await change(tokens.interpol, { classification: 'STRICTLY_CONFIDENTIAL', participantIds: [idOf('philippines')] }),
      'changeThreadClassification',
    );
    expect(raised.participants.map((author: { name: string }) => author.name).length).toBe(3);
    expect(errorCode(await api.gql(THREAD, { id }, tokens.coordinator))).toBe('NOT_FOUND');

    // The owner is not named, and so cannot lower it.
    expect(errorCode(await change(tokens.coordinator, { classification: 'UNCLASSIFIED' }))).toBe('NOT_FOUND');
    const events = await api.sql(
      `SELECT actor_id, details FROM audit_events WHERE action = 'classification.changed' AND target_id = $1
        ORDER BY created_at, id`,
      [id],
    );
    expect(events.map((event) => [event.details.from, event.details.to, event.details.direction])).toEqual([
      ['UNCLASSIFIED', 'CONFIDENTIAL', 'up'],
      ['CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL', 'up'],
    ]);
    expect(events[1].details.reason).toBe('Names of sources');
  });

  it('goes down by a moderator who reads it, to a later declassification by the job', async () => {
    const { id } = await openThread('CONFIDENTIAL');
    const change = (token: string, input: Record<string, unknown>) =>
      api.gql(CHANGE, { input: { threadId: id, reason: 'Review of 2026', ...input } }, token);
    expect(
      errorCode(
        await change(tokens.coordinator, {
          classification: 'CONFIDENTIAL',
          declassifyOn: '2020-01-01',
          declassifyTo: 'UNCLASSIFIED',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await change(tokens.coordinator, {
          classification: 'CONFIDENTIAL',
          declassifyOn: '2099-01-01',
          declassifyTo: 'CONFIDENTIAL',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await change(tokens.unodc, {
          classification: 'CONFIDENTIAL',
          declassifyOn: '2099-01-01',
          declassifyTo: 'UNCLASSIFIED',
        }),
      ),
    ).toBe('FORBIDDEN');
    const scheduled = ok(
      await change(tokens.coordinator, {
        classification: 'CONFIDENTIAL',
        declassifyOn: '2099-01-01',
        declassifyTo: 'UNCLASSIFIED',
      }),
      'changeThreadClassification',
    );
    expect(scheduled).toMatchObject({ declassifyOn: '2099-01-01', declassifyTo: 'UNCLASSIFIED' });
    expect(errorCode(await api.gql(THREAD, { id }, tokens.observer))).toBe('NOT_FOUND');

    // The day comes: the job lowers it, as the system, and the observer reads it.
    const markings = api.app.get(
      (await import('../src/modules/discussions/thread-markings.service.js')).ThreadMarkingsService,
    );
    expect(await markings.declassifyDue(new Date('2099-01-01T00:30:00Z'))).toBeGreaterThanOrEqual(1);
    expect(ok(await api.gql(THREAD, { id }, tokens.observer), 'thread').classification).toBe('UNCLASSIFIED');
    const [event] = await api.sql(
      `SELECT actor_id, details FROM audit_events WHERE action = 'classification.declassified' AND target_id = $1`,
      [id],
    );
    expect(event).toMatchObject({ actor_id: null, details: { from: 'CONFIDENTIAL', to: 'UNCLASSIFIED' } });
  });
});

describe('participants of a STRICTLY_CONFIDENTIAL thread', () => {
  it('are chosen by the author and moderators from those who read confidential records, audited', async () => {
    const { id } = await openThread('STRICTLY_CONFIDENTIAL', ['interpol']);
    const candidates = ok(await api.gql(CANDIDATES, { id: workspaceId, query: null }, tokens.unodc), 'workspace');
    const candidateIds = candidates.participantCandidates.map((author: { person: { id: string } }) => author.person.id);
    expect(candidateIds.sort()).toEqual(READERS.CONFIDENTIAL.map(idOf).sort());

    const set = (token: string, people: Person[]) =>
      api.gql(SET_PARTICIPANTS, { input: { threadId: id, userIds: people.map(idOf) } }, token);
    expect(errorCode(await set(tokens.interpol, ['philippines']))).toBe('FORBIDDEN');
    expect(errorCode(await set(tokens.philippines, ['philippines']))).toBe('NOT_FOUND');
    expect(errorCode(await set(tokens.unodc, ['observer']))).toBe('BAD_USER_INPUT');
    const named = ok(await set(tokens.unodc, ['philippines']), 'setThreadParticipants');
    // The author stays named; INTERPOL is named no more.
    expect(named.participants).toHaveLength(2);
    expect(errorCode(await api.gql(THREAD, { id }, tokens.interpol))).toBe('NOT_FOUND');
    expect(ok(await api.gql(THREAD, { id }, tokens.philippines), 'thread').id).toBe(id);
    const [event] = await api.sql(
      `SELECT details FROM audit_events WHERE action = 'classification.participants_changed' AND target_id = $1`,
      [id],
    );
    expect(event.details).toEqual({ workspaceId, added: [idOf('philippines')], removed: [idOf('interpol')] });
  });

  it('stay named when someone who may not see them edits the list', async () => {
    const shared = ok(
      await api.gql(CREATE_WORKSPACE, { input: { name: 'Two States', visibility: 'PRIVATE' } }, tokens.coordinator),
      'createWorkspace',
    ).id;
    for (const person of ['philippines', 'maldives', 'unodc'] as Person[]) {
      ok(
        await api.gql(ADD_MEMBER, { input: { workspaceId: shared, userId: idOf(person) } }, tokens.coordinator),
        'addWorkspaceMember',
      );
    }
    const input = {
      workspaceId: shared,
      title: 'Between two States',
      body: 'Strictly',
      classification: 'STRICTLY_CONFIDENTIAL',
      participantIds: [idOf('maldives')],
    };
    const { id } = ok(await api.gql(CREATE_THREAD, { input }, tokens.philippines), 'createThread');
    // The Philippines' focal point does not see the Maldives' one, and so neither names nor removes them.
    ok(
      await api.gql(SET_PARTICIPANTS, { input: { threadId: id, userIds: [idOf('unodc')] } }, tokens.philippines),
      'setThreadParticipants',
    );
    const named = await api.sql(`SELECT user_id FROM thread_participants WHERE thread_id = $1`, [id]);
    expect(named.map((row) => row.user_id).sort()).toEqual(
      [idOf('philippines'), idOf('maldives'), idOf('unodc')].sort(),
    );
  });

  it('are named only on STRICTLY_CONFIDENTIAL threads', async () => {
    const response = await api.gql(
      CREATE_THREAD,
      {
        input: {
          workspaceId,
          title: 'Open',
          body: 'Open',
          classification: 'CONFIDENTIAL',
          participantIds: [idOf('interpol')],
        },
      },
      tokens.unodc,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});

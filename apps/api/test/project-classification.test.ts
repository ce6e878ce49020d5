import { CLASSIFICATIONS, type Classification } from '@ctcp/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markedProjectTitle } from '../src/modules/notifications/notification-texts.js';
import { ok, organizationIds } from './assistance-requests.fixtures.js';
import { DEMO, errorCode, signInDemoUsers, type TestApp, startTestApp, userIds } from './harness.js';

/**
 * Markings on projects, over every demo role and read path: the project, the list and its count, search,
 * its activities, its contributions, its workspace, partner notifications, the CSV exports. The
 * coordinator creates one project per marking, led by UNODC, for the Philippines; the
 * STRICTLY_CONFIDENTIAL one names UNODC's member and the Philippines' focal point.
 */

type Person = keyof typeof DEMO;
const PEOPLE = Object.keys(DEMO) as Person[];

/** The UNDP observer's platform role is OBSERVER; INTERPOL takes no part; the Maldives do not benefit. */
const READERS: Record<Classification, readonly Person[]> = {
  UNCLASSIFIED: ['admin', 'coordinator', 'unodc', 'interpol', 'philippines', 'observer'],
  CONFIDENTIAL: ['admin', 'coordinator', 'unodc', 'philippines'],
  STRICTLY_CONFIDENTIAL: ['coordinator', 'unodc', 'philippines'],
};

/** Who takes part in its workspace: its readers among the lead's people and coordinators. */
const WORKSPACE_PARTIES: Record<Classification, readonly Person[]> = {
  UNCLASSIFIED: ['admin', 'coordinator', 'unodc'],
  CONFIDENTIAL: ['admin', 'coordinator', 'unodc'],
  STRICTLY_CONFIDENTIAL: ['coordinator', 'unodc'],
};

const FIELDS = `id title classification participants { person { email } } workspace { id }
  viewerCanEdit viewerCanRaiseClassification viewerCanLowerClassification viewerReadsByBreakGlass`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;
const GET = `query($id: ID!) { project(id: $id) { ${FIELDS} } }`;
const LIST = `{ projects(first: 100) { totalCount edges { node { id } } } }`;
const SEARCH = `query($query: String!) {
  search(query: $query, kinds: [PROJECT, ACTIVITY], first: 20) { totalCount edges { node { kind id classification } } }
}`;
const CHANGE = `mutation($input: ChangeProjectClassificationInput!) { changeProjectClassification(input: $input) { ${FIELDS} } }`;
const BREAK_GLASS = `mutation($input: BreakGlassOnProjectInput!) { breakGlassOnProject(input: $input) { id } }`;
const CANDIDATES = `query($id: ID!) { project(id: $id) { participantCandidates(first: 50) { person { email } } } }`;
const RECORD_ACTIVITY = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;
const ACTIVITY = `query($id: ID!) { activity(id: $id) { id } }`;
const ACTIVITIES = `{ activities(first: 100) { totalCount edges { node { id } } } }`;
const RECORD_CONTRIBUTION = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`;
const CONTRIBUTIONS = `{ contributions(first: 100) { totalCount edges { node { id } } } }`;
const WORKSPACE = `query($id: ID!) { workspace(id: $id) { id } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { type title link } } } }`;

let api: TestApp;
let tokens: Record<Person, string>;
let users: Record<string, string>;
let org: Record<string, string>;
const projects = {} as Record<
  Classification,
  { id: string; word: string; workspaceId: string; activityId: string; contributionId: string }
>;

const idOf = (person: Person) => users[DEMO[person]];
const unique = () => Math.random().toString(36).slice(2, 8);

async function create(classification: Classification, participants: Person[] = [], token = tokens.coordinator) {
  const word = `projectmark${classification.toLowerCase().replace(/_/g, '')}${unique()}`;
  return api.gql(
    CREATE,
    {
      input: {
        title: `Prison management ${word}`,
        summary: `Managing violent extremist prisoners (${word}).`,
        leadEntityId: org.UNODC,
        beneficiaryCountryCodes: ['PH'],
        status: 'ACTIVE',
        startDate: '2031-04-01',
        classification,
        participantIds: participants.map(idOf),
      },
    },
    token,
  );
}

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
  org = await organizationIds(api);
  for (const classification of CLASSIFICATIONS) {
    const named: Person[] = classification === 'STRICTLY_CONFIDENTIAL' ? ['unodc', 'philippines'] : [];
    const created = await create(classification, named);
    const project = ok(created, 'createProject');
    const word = project.title.split(' ').at(-1);
    const activity = ok(
      await api.gql(
        RECORD_ACTIVITY,
        {
          input: {
            type: 'WORKSHOP',
            title: `Workshop ${word}`,
            startDate: '2031-05-02',
            countryCode: 'PH',
            online: false,
            organizerIds: [org.UNODC],
            projectId: project.id,
            individualsTrained: 10,
          },
        },
        tokens.coordinator,
      ),
      'recordActivity',
    );
    const contribution = ok(
      await api.gql(
        RECORD_CONTRIBUTION,
        {
          input: {
            donorId: org.UNODC,
            kind: 'PLEDGE',
            amountUsd: 1000,
            date: '2031-04-02',
            projectId: project.id,
            purpose: word,
          },
        },
        tokens.coordinator,
      ),
      'recordContribution',
    );
    projects[classification] = {
      id: project.id,
      word,
      workspaceId: project.workspace.id,
      activityId: activity.id,
      contributionId: contribution.id,
    };
  }
}, 120_000);
afterAll(() => api.close());

describe.each(CLASSIFICATIONS)('a %s project', (classification) => {
  const readers = READERS[classification];

  it('is read by its readers only: the project, the list and its count, search', async () => {
    const { id, word } = projects[classification];
    for (const person of PEOPLE) {
      const reads = readers.includes(person);
      const single = await api.gql(GET, { id }, tokens[person]);
      if (reads) expect(ok(single, 'project').classification, person).toBe(classification);
      else expect(errorCode(single), person).toBe('NOT_FOUND');

      const list = ok(await api.gql(LIST, {}, tokens[person]), 'projects');
      expect(
        list.edges.some((edge: any) => edge.node.id === id),
        `${person} list`,
      ).toBe(reads);
      expect(list.totalCount, `${person} count`).toBe(list.edges.length);

      const found = ok(await api.gql(SEARCH, { query: word }, tokens[person]), 'search');
      expect(found.totalCount, `${person} search`).toBe(reads ? 2 : 0);
      for (const edge of found.edges) expect(edge.node.classification).toBe(classification);
    }
  });

  it('keeps its activities and contributions to its readers', async () => {
    const { activityId, contributionId } = projects[classification];
    for (const person of PEOPLE) {
      const readsActivity = readers.includes(person);
      const single = await api.gql(ACTIVITY, { id: activityId }, tokens[person]);
      if (readsActivity) expect(ok(single, 'activity').id, person).toBe(activityId);
      else expect(errorCode(single), person).toBe('NOT_FOUND');
      const list = ok(await api.gql(ACTIVITIES, {}, tokens[person]), 'activities');
      expect(
        list.edges.some((edge: any) => edge.node.id === activityId),
        `${person} activities`,
      ).toBe(readsActivity);

      // UNODC pledged it: a State reads only its own contributions.
      const contributions = ok(await api.gql(CONTRIBUTIONS, {}, tokens[person]), 'contributions');
      expect(
        contributions.edges.some((edge: any) => edge.node.id === contributionId),
        `${person} contributions`,
      ).toBe(readers.includes(person) && person !== 'philippines');
    }
  });

  it('admits to its workspace only those of its parties who read it', async () => {
    const { id, workspaceId } = projects[classification];
    const parties = WORKSPACE_PARTIES[classification];
    for (const person of PEOPLE) {
      const takesPart = parties.includes(person);
      const workspace = await api.gql(WORKSPACE, { id: workspaceId }, tokens[person]);
      if (takesPart) expect(ok(workspace, 'workspace').id, person).toBe(workspaceId);
      else expect(errorCode(workspace), person).toBe('NOT_FOUND');
      if (readers.includes(person)) {
        const project = ok(await api.gql(GET, { id }, tokens[person]), 'project');
        expect(project.workspace?.id ?? null, person).toBe(takesPart ? workspaceId : null);
      }
    }
  });

  it('tells new partners only when they read it, naming nothing when marked', async () => {
    const { id } = projects[classification];
    ok(
      await api.gql(UPDATE, { input: { id, partners: [{ organizationId: org.INTERPOL }] } }, tokens.coordinator),
      'updateProject',
    );
    const link = `/projects/${id}`;
    const [{ preferred_language: interpolLanguage }] = await api.sql(
      'SELECT preferred_language FROM users WHERE id = $1',
      [idOf('interpol')],
    );
    const notices = ok(await api.gql(NOTIFICATIONS, {}, tokens.interpol), 'notifications').edges.filter(
      (edge: any) => edge.node.link === link,
    );
    // A partner's people are parties of a CONFIDENTIAL project; a STRICTLY_CONFIDENTIAL one names them first.
    expect(notices.length).toBe(classification === 'STRICTLY_CONFIDENTIAL' ? 0 : 1);
    if (classification !== 'STRICTLY_CONFIDENTIAL') {
      expect(notices[0].node.type).toBe('PROJECT_ADDED');
      if (classification === 'CONFIDENTIAL') expect(notices[0].node.title).toBe(markedProjectTitle(interpolLanguage));
      else expect(notices[0].node.title).toContain('Prison management');
    }
    ok(await api.gql(UPDATE, { input: { id, partners: [] } }, tokens.coordinator), 'updateProject');
  });
});

describe('the CSV exports of a quarter', () => {
  const download = (path: string, token: string) =>
    fetch(`${api.url}/exports/quarterly/${path}`, { headers: { authorization: `Bearer ${token}` } }).then((response) =>
      response.text(),
    );

  it('leave out the records of projects the reader may not read, and mark the others', async () => {
    const strictly = projects.STRICTLY_CONFIDENTIAL.word;
    const confidential = projects.CONFIDENTIAL.word;
    const byAdmin = await download('2031/2/activities.csv', tokens.admin);
    expect(byAdmin).not.toContain(strictly);
    expect(byAdmin).toMatch(new RegExp(`Workshop ${confidential}".*"Confidential"`));
    const byCoordinator = await download('2031/2/activities.csv', tokens.coordinator);
    expect(byCoordinator).toMatch(new RegExp(`Workshop ${strictly}".*"Strictly confidential"`));

    const byInterpol = await download('2031/2/contributions.csv', tokens.interpol);
    expect(byInterpol).toContain(projects.UNCLASSIFIED.word);
    expect(byInterpol).not.toContain(confidential);
    expect(byInterpol).not.toContain(strictly);
  });
});

describe('changing a project’s marking', () => {
  it('goes up by coordinators and the lead’s people, down by coordinators only, with a reason, audited', async () => {
    const { id } = ok(await create('UNCLASSIFIED'), 'createProject');
    const change = (classification: Classification, person: Person, reason = 'Sensitive sources') =>
      api.gql(CHANGE, { input: { projectId: id, classification, reason } }, tokens[person]);

    expect(errorCode(await change('CONFIDENTIAL', 'unodc', '  '))).toBe('BAD_USER_INPUT');
    expect(errorCode(await change('CONFIDENTIAL', 'philippines'))).toBe('FORBIDDEN');
    expect(errorCode(await change('CONFIDENTIAL', 'maldives'))).toBe('NOT_FOUND');
    expect(errorCode(await change('UNCLASSIFIED', 'coordinator'))).toBe('CONFLICT');
    const raised = ok(await change('CONFIDENTIAL', 'unodc'), 'changeProjectClassification');
    expect(raised).toMatchObject({ classification: 'CONFIDENTIAL', viewerCanLowerClassification: false });
    expect(errorCode(await change('UNCLASSIFIED', 'unodc'))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(GET, { id }, tokens.interpol))).toBe('NOT_FOUND');
    ok(await change('UNCLASSIFIED', 'coordinator', 'Published in the annual report'), 'changeProjectClassification');
    expect(ok(await api.gql(GET, { id }, tokens.interpol), 'project').classification).toBe('UNCLASSIFIED');

    const audit = await api.sql(
      `SELECT actor_id, details FROM audit_events WHERE action = 'classification.changed' AND target_id = $1
        ORDER BY created_at`,
      [id],
    );
    expect(audit.map((row) => [row.actor_id, row.details.direction, row.details.reason])).toEqual([
      [idOf('unodc'), 'up', 'Sensitive sources'],
      [idOf('coordinator'), 'down', 'Published in the annual report'],
    ]);
  });

  it('names only people who would read it were it CONFIDENTIAL', async () => {
    const count = async () => (await api.sql('SELECT count(*)::int AS n FROM projects'))[0].n;
    const before = await count();
    expect(errorCode(await create('STRICTLY_CONFIDENTIAL', ['maldives']))).toBe('BAD_USER_INPUT');
    expect(errorCode(await create('STRICTLY_CONFIDENTIAL', ['interpol']))).toBe('BAD_USER_INPUT');
    expect(errorCode(await create('STRICTLY_CONFIDENTIAL', ['observer']))).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);

    const { id } = ok(await create('STRICTLY_CONFIDENTIAL', ['unodc']), 'createProject');
    const candidates = ok(await api.gql(CANDIDATES, { id }, tokens.coordinator), 'project').participantCandidates;
    const emails = candidates.map((candidate: any) => candidate.person.email);
    expect(emails).toEqual(expect.arrayContaining([DEMO.admin, DEMO.coordinator, DEMO.unodc, DEMO.philippines]));
    expect(emails).not.toContain(DEMO.interpol);
    expect(emails).not.toContain(DEMO.maldives);
    expect(emails).not.toContain(DEMO.observer);

    const renamed = ok(
      await api.gql(
        CHANGE,
        {
          input: {
            projectId: id,
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'The State joins',
            participantIds: [idOf('philippines')],
          },
        },
        tokens.coordinator,
      ),
      'changeProjectClassification',
    );
    expect(renamed.participants.map((named: any) => named.person.email).sort()).toEqual(
      [DEMO.coordinator, DEMO.philippines].sort(),
    );
    expect(errorCode(await api.gql(GET, { id }, tokens.unodc))).toBe('NOT_FOUND');
    expect(ok(await api.gql(GET, { id }, tokens.philippines), 'project').classification).toBe('STRICTLY_CONFIDENTIAL');
  });

  it('is refused to anyone but coordinators at creation', async () => {
    expect(errorCode(await create('CONFIDENTIAL', [], tokens.unodc))).toBe('FORBIDDEN');
  });
});

describe('reads of a STRICTLY_CONFIDENTIAL project', () => {
  const auditOf = (id: string, action: string) =>
    api.sql(
      `SELECT actor_id, details FROM audit_events WHERE target_type = 'Project' AND target_id = $1 AND action = $2
        ORDER BY created_at`,
      [id, action],
    );

  it('are audited, and open to an admin only through an audited break-glass grant, read-only, for a while', async () => {
    const { id } = ok(await create('STRICTLY_CONFIDENTIAL', ['unodc']), 'createProject');
    expect(errorCode(await api.gql(GET, { id }, tokens.admin))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(BREAK_GLASS, { input: { projectId: id, reason: ' ' } }, tokens.admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await api.gql(BREAK_GLASS, { input: { projectId: id, reason: 'Audit' } }, tokens.coordinator)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(BREAK_GLASS, { input: { projectId: projects.CONFIDENTIAL.id, reason: 'Audit' } }, tokens.admin),
      ),
    ).toBe('CONFLICT');

    ok(
      await api.gql(BREAK_GLASS, { input: { projectId: id, reason: 'Board of Auditors' } }, tokens.admin),
      'breakGlassOnProject',
    );
    expect(ok(await api.gql(GET, { id }, tokens.admin), 'project')).toMatchObject({
      viewerReadsByBreakGlass: true,
      viewerCanEdit: false,
      viewerCanLowerClassification: false,
      workspace: null,
    });
    const edit = await api.gql(UPDATE, { input: { id, title: 'Renamed' } }, tokens.admin);
    expect(errorCode(edit)).toBe('NOT_FOUND');
    const list = ok(await api.gql(LIST, {}, tokens.admin), 'projects');
    expect(list.edges.some((edge: any) => edge.node.id === id)).toBe(false);

    ok(await api.gql(GET, { id }, tokens.unodc), 'project');
    const [grant] = await auditOf(id, 'classification.break_glass');
    expect(grant).toMatchObject({ actor_id: idOf('admin'), details: { reason: 'Board of Auditors' } });
    const reads = await auditOf(id, 'classified.read');
    expect(reads.map((row) => [row.actor_id, row.details.breakGlass])).toEqual([
      [idOf('admin'), true],
      [idOf('unodc'), false],
    ]);

    await api.sql(`UPDATE project_break_glass_grants SET expires_at = now() - interval '1 second'`);
    expect(errorCode(await api.gql(GET, { id }, tokens.admin))).toBe('NOT_FOUND');
  });
});

describe('the workspace of a marked project', () => {
  const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id classification } }`;
  const THREAD = `query($id: ID!) { thread(id: $id) { classification participants { person { email } } } }`;
  const CHANGE_THREAD = `mutation($input: ChangeThreadClassificationInput!) { changeThreadClassification(input: $input) { id } }`;
  const FLOOR = `query($id: ID!) { workspace(id: $id) { minimumClassification } }`;
  const ADD = `mutation($input: AddWorkspaceFilesInput!) { addWorkspaceFiles(input: $input) { id } }`;
  const FILE_SEARCH = `query($query: String!) {
    search(query: $query, kinds: [ATTACHMENT], first: 20) { totalCount edges { node { id classification } } }
  }`;

  const openThread = (workspaceId: string, classification: Classification) =>
    api.gql(
      CREATE_THREAD,
      { input: { workspaceId, title: 'Inception report', body: 'Draft attached.', classification } },
      tokens.unodc,
    );

  it('raises its threads with the project and keeps every thread at least at its marking', async () => {
    const project = ok(await create('UNCLASSIFIED'), 'createProject');
    const workspaceId = project.workspace.id;
    const thread = ok(await openThread(workspaceId, 'UNCLASSIFIED'), 'createThread');
    const confidential = ok(
      await api.gql(
        CHANGE,
        { input: { projectId: project.id, classification: 'CONFIDENTIAL', reason: 'Sources' } },
        tokens.unodc,
      ),
      'changeProjectClassification',
    );
    expect(confidential.classification).toBe('CONFIDENTIAL');
    expect(ok(await api.gql(THREAD, { id: thread.id }, tokens.unodc), 'thread').classification).toBe('CONFIDENTIAL');
    expect(ok(await api.gql(FLOOR, { id: workspaceId }, tokens.unodc), 'workspace').minimumClassification).toBe(
      'CONFIDENTIAL',
    );

    expect(errorCode(await openThread(workspaceId, 'UNCLASSIFIED'))).toBe('BAD_USER_INPUT');
    expect(ok(await openThread(workspaceId, 'CONFIDENTIAL'), 'createThread').classification).toBe('CONFIDENTIAL');
    const lower = await api.gql(
      CHANGE_THREAD,
      { input: { threadId: thread.id, classification: 'UNCLASSIFIED', reason: 'Published' } },
      tokens.coordinator,
    );
    expect(errorCode(lower)).toBe('CONFLICT');

    ok(
      await api.gql(
        CHANGE,
        {
          input: {
            projectId: project.id,
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'Named officers',
            participantIds: [idOf('unodc')],
          },
        },
        tokens.coordinator,
      ),
      'changeProjectClassification',
    );
    const strictly = ok(await api.gql(THREAD, { id: thread.id }, tokens.unodc), 'thread');
    expect(strictly.classification).toBe('STRICTLY_CONFIDENTIAL');
    expect(strictly.participants.map((named: any) => named.person.email).sort()).toEqual(
      [DEMO.coordinator, DEMO.unodc].sort(),
    );
    expect(errorCode(await api.gql(THREAD, { id: thread.id }, tokens.admin))).toBe('NOT_FOUND');
    const [audit] = await api.sql(
      `SELECT details FROM audit_events WHERE action = 'classification.changed' AND target_id = $1
        ORDER BY created_at DESC LIMIT 1`,
      [project.id],
    );
    expect(audit.details.threadsRaised).toBe(2);
  });

  it('marks the files added to it directly with the project’s marking', async () => {
    const project = ok(await create('CONFIDENTIAL'), 'createProject');
    const word = `plan${unique()}`;
    const form = new FormData();
    form.append('workspaceId', project.workspace.id);
    form.append('file', new Blob([`Work plan ${word}`], { type: 'text/plain' }), `${word}.txt`);
    const uploaded = await fetch(`${api.url}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.unodc}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { id: fileId } = (await uploaded.json()) as { id: string };
    ok(
      await api.gql(ADD, { input: { workspaceId: project.workspace.id, attachmentIds: [fileId] } }, tokens.unodc),
      'addWorkspaceFiles',
    );
    for (const person of ['unodc', 'interpol', 'observer'] as Person[]) {
      const reads = person === 'unodc';
      const found = ok(await api.gql(FILE_SEARCH, { query: word }, tokens[person]), 'search');
      expect(found.totalCount, person).toBe(reads ? 1 : 0);
      if (reads) expect(found.edges[0].node.classification).toBe('CONFIDENTIAL');
      const download = await fetch(`${api.url}/attachments/${fileId}`, {
        headers: { authorization: `Bearer ${tokens[person]}` },
      });
      expect(download.status, person).toBe(reads ? 200 : 404);
      await download.arrayBuffer();
    }
    const [event] = await api.sql(
      `SELECT details FROM audit_events WHERE action = 'attachment.downloaded' AND target_id = $1`,
      [fileId],
    );
    expect(event.details.classification).toBe('CONFIDENTIAL');
  });
});

describe('a later drop of a project’s marking', () => {
  it('stays set when only the people named change', async () => {
    const { id } = ok(await create('STRICTLY_CONFIDENTIAL', ['unodc']), 'createProject');
    const change = (input: Record<string, unknown>) =>
      api.gql(
        CHANGE,
        { input: { projectId: id, classification: 'STRICTLY_CONFIDENTIAL', reason: 'Review', ...input } },
        tokens.coordinator,
      );
    ok(await change({ declassifyOn: '2099-01-01', declassifyTo: 'CONFIDENTIAL' }), 'changeProjectClassification');
    ok(await change({ participantIds: [idOf('philippines')] }), 'changeProjectClassification');
    const [kept] = await api.sql('SELECT declassify_on::text, declassify_to FROM projects WHERE id = $1', [id]);
    expect(kept).toEqual({ declassify_on: '2099-01-01', declassify_to: 'CONFIDENTIAL' });
  });

  it('is scheduled by coordinators only, with a reason, and made by the hourly job as the system', async () => {
    const { id } = ok(await create('CONFIDENTIAL'), 'createProject');
    const schedule = (person: Person, declassifyOn: string, declassifyTo: Classification) =>
      api.gql(
        CHANGE,
        {
          input: {
            projectId: id,
            classification: 'CONFIDENTIAL',
            reason: 'Review of 2031',
            declassifyOn,
            declassifyTo,
          },
        },
        tokens[person],
      );
    expect(errorCode(await schedule('coordinator', '2020-01-01', 'UNCLASSIFIED'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await schedule('coordinator', '2099-01-01', 'CONFIDENTIAL'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await schedule('unodc', '2099-01-01', 'UNCLASSIFIED'))).toBe('FORBIDDEN');
    ok(await schedule('coordinator', '2099-01-01', 'UNCLASSIFIED'), 'changeProjectClassification');
    const [scheduled] = await api.sql('SELECT declassify_on::text, declassify_to FROM projects WHERE id = $1', [id]);
    expect(scheduled).toEqual({ declassify_on: '2099-01-01', declassify_to: 'UNCLASSIFIED' });
    expect(errorCode(await api.gql(GET, { id }, tokens.interpol))).toBe('NOT_FOUND');

    const markings = api.app.get((await import('../src/modules/projects/project-markings.js')).ProjectMarkings);
    expect(await markings.declassifyDue(new Date('2099-01-01T00:30:00Z'))).toBeGreaterThanOrEqual(1);
    expect(ok(await api.gql(GET, { id }, tokens.interpol), 'project').classification).toBe('UNCLASSIFIED');
    const [event] = await api.sql(
      `SELECT actor_id, details FROM audit_events WHERE action = 'classification.declassified' AND target_id = $1`,
      [id],
    );
    expect(event).toMatchObject({ actor_id: null, details: { from: 'CONFIDENTIAL', to: 'UNCLASSIFIED' } });
  });
});

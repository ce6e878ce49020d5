import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest, ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import {
  CREATE_POST,
  CREATE_PROJECT,
  CREATE_THREAD,
  CREATE_WORKSPACE,
  RECORD_ACTIVITY,
  SET_MILESTONE,
} from './authorization-matrix.fixtures.js';
import { signInDemoUsers, type TestApp, startTestApp } from './harness.js';

/** Each side's home page (`myWork`): what each block gathers, and need-to-know inside the blocks. */

const REQUEST_BLOCKS = [
  'requestsToTriage',
  'offersToReview',
  'stalledMatches',
  'overdueRequests',
  'stateRequests',
  'offersReceived',
  'openForOffer',
  'assignedRequests',
] as const;

const MY_WORK = `query MyWork {
  myWork {
    side
    ${REQUEST_BLOCKS.map((block) => `${block}(first: 100) { totalCount edges { node { id requestingState { key } } } }`).join('\n')}
    projectsAtRisk(first: 100) { totalCount edges { node { id } } }
    entityProjects(first: 100) { totalCount edges { node { id } } }
    milestonesDue(first: 100) { totalCount edges { node { id dueDate project { id } } } }
    plannedActivities(first: 100) { totalCount edges { node { id countryCode } } }
    unreadThreads(first: 100) { totalCount edges { node { id } } }
  }
}`;

type Block = { totalCount: number; edges: { node: { id: string } & Record<string, any> }[] } | null;
type MyWork = Record<string, Block> & { side: string | null };

let api: TestApp;
let tokens: Tokens;
let org: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  org = await organizationIds(api);
});
afterAll(() => api.close());

async function myWork(token: string): Promise<MyWork> {
  return ok(await api.gql(MY_WORK, {}, token), 'myWork');
}

const ids = (block: Block) => block?.edges.map((edge) => edge.node.id) ?? [];
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function makeOverdue(requestId: string) {
  await api.sql(`UPDATE assistance_requests SET sla_due_at = now() - interval '1 day' WHERE id = $1`, [requestId]);
}

async function makeProject(lead: string, partners: string[], countryCodes: string[]): Promise<string> {
  const input = {
    title: `Home page project ${randomUUID().slice(0, 8)}`,
    leadEntityId: org[lead],
    partners: partners.map((key) => ({ organizationId: org[key] })),
    beneficiaryCountryCodes: countryCodes,
    startDate: '2026-01-01',
  };
  return ok(await api.gql(CREATE_PROJECT, { input }, tokens.coordinator), 'createProject').id;
}

async function makeMilestone(projectId: string, dueDate: string): Promise<string> {
  const input = { projectId, title: `Milestone due ${dueDate}`, dueDate };
  return ok(await api.gql(SET_MILESTONE, { input }, tokens.coordinator), 'setProjectMilestone').id;
}

describe('myWork', () => {
  it('refuses the signed-out', async () => {
    const response = await api.gql(MY_WORK, {});
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives each side its own blocks and leaves the others null', async () => {
    const sides = {
      coordinator: {
        side: 'COORDINATION',
        present: ['requestsToTriage', 'offersToReview', 'stalledMatches', 'projectsAtRisk', 'milestonesDue'],
      },
      philippines: { side: 'STATE', present: ['stateRequests', 'offersReceived', 'plannedActivities'] },
      unodc: { side: 'ENTITY', present: ['openForOffer', 'assignedRequests', 'entityProjects', 'milestonesDue'] },
      observer: { side: null, present: [] },
    } as const;
    for (const [who, expected] of Object.entries(sides)) {
      const work = await myWork(tokens[who as keyof Tokens]);
      expect(work.side, who).toBe(expected.side);
      for (const block of expected.present) expect(work[block], `${who} ${block}`).not.toBeNull();
      const absent = Object.keys(work).filter(
        (key) => !['side', 'unreadThreads', 'overdueRequests', ...expected.present].includes(key),
      );
      for (const block of absent) expect(work[block], `${who} ${block}`).toBeNull();
      expect(work.unreadThreads, who).not.toBeNull();
      expect(work.overdueRequests === null, `${who} overdueRequests`).toBe(expected.side === null);
    }
  });

  it('puts the requests the coordinators must move in front of them, overdue first', async () => {
    const submitted = await makeRequest(api, tokens, org, { status: 'SUBMITTED' });
    const late = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW' });
    await makeOverdue(late);
    const offered = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW', offeredBy: ['unodc'] });
    const stalledLonger = await makeRequest(api, tokens, org, { status: 'MATCHED' });
    const stalled = await makeRequest(api, tokens, org, { status: 'MATCHED' });
    const fresh = await makeRequest(api, tokens, org, { status: 'MATCHED' });
    await api.sql(`UPDATE assistance_requests SET status_changed_at = now() - interval '15 days' WHERE id = $1`, [
      stalled,
    ]);
    await api.sql(`UPDATE assistance_requests SET status_changed_at = now() - interval '40 days' WHERE id = $1`, [
      stalledLonger,
    ]);

    const work = await myWork(tokens.coordinator);
    expect(ids(work.requestsToTriage)).toEqual(expect.arrayContaining([submitted, late, offered]));
    expect(ids(work.requestsToTriage)[0]).toBe(late);
    expect(ids(work.requestsToTriage)).not.toContain(stalled);
    expect(ids(work.overdueRequests)).toContain(late);
    expect(ids(work.overdueRequests)).not.toContain(submitted);
    expect(ids(work.offersToReview)).toContain(offered);
    expect(ids(work.offersToReview)).not.toContain(late);
    // Matched requests have no deadline: the longest stalled come first.
    const stalledIds = ids(work.stalledMatches);
    expect(stalledIds.indexOf(stalledLonger)).toBeGreaterThanOrEqual(0);
    expect(stalledIds.indexOf(stalledLonger)).toBeLessThan(stalledIds.indexOf(stalled));
    expect(stalledIds).not.toContain(fresh);
    expect(work.requestsToTriage!.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('shows a State its own requests, their offers and what is overdue, never another State’s', async () => {
    const draft = await makeRequest(api, tokens, org, { status: 'DRAFT' });
    const offered = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW', offeredBy: ['interpol'] });
    const closed = await makeRequest(api, tokens, org, { status: 'CLOSED' });
    await makeOverdue(offered);
    const maldives = ok(
      await api.gql(
        `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }`,
        { input: { title: 'Maritime security', description: 'Port security' } },
        tokens.maldives,
      ),
      'submitAssistanceRequest',
    ).id;
    await makeOverdue(maldives);

    const work = await myWork(tokens.philippines);
    expect(ids(work.stateRequests)).toEqual(expect.arrayContaining([draft, offered]));
    expect(ids(work.stateRequests)).not.toContain(closed);
    expect(ids(work.offersReceived)).toContain(offered);
    expect(ids(work.offersReceived)).not.toContain(draft);
    expect(ids(work.overdueRequests)).toContain(offered);
    for (const block of ['stateRequests', 'offersReceived', 'overdueRequests']) {
      expect(ids(work[block])).not.toContain(maldives);
      for (const edge of work[block]!.edges) expect(edge.node.requestingState.key).toBe('STATE:PH');
    }
    const theirs = await myWork(tokens.maldives);
    expect(ids(theirs.overdueRequests)).toEqual([maldives]);
    expect(ids(theirs.stateRequests)).not.toContain(offered);
  });

  it('lists the activities to come in the State’s country only', async () => {
    const record = async (countryCode: string, startDate: string) =>
      ok(
        await api.gql(
          RECORD_ACTIVITY,
          { input: { title: `Workshop ${randomUUID().slice(0, 8)}`, type: 'WORKSHOP', startDate, countryCode } },
          tokens.coordinator,
        ),
        'recordActivity',
      ).id;
    const coming = await record('PH', daysFromToday(20));
    const past = await record('PH', daysFromToday(-20));
    const elsewhere = await record('MV', daysFromToday(20));
    const planned = ids((await myWork(tokens.philippines)).plannedActivities);
    expect(planned).toContain(coming);
    expect(planned).not.toContain(past);
    expect(planned).not.toContain(elsewhere);
    expect(ids((await myWork(tokens.maldives)).plannedActivities)).toContain(elsewhere);
  });

  it('shows an entity the requests open to its offer, the work it carries and its milestones', async () => {
    const open = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW' });
    const alreadyOffered = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW', offeredBy: ['unodc'] });
    const notShared = await makeRequest(api, tokens, org, {
      status: 'UNDER_REVIEW',
      scope: 'NAMED_ENTITIES',
      shared: ['INTERPOL'],
    });
    const leading = await makeRequest(api, tokens, org, { status: 'IN_PROGRESS', lead: 'UNODC' });
    const partnering = await makeRequest(api, tokens, org, {
      status: 'MATCHED',
      lead: 'INTERPOL',
      partners: ['UNODC'],
    });
    const others = await makeRequest(api, tokens, org, { status: 'MATCHED', lead: 'INTERPOL' });
    await makeOverdue(leading);
    await makeOverdue(others);

    const ours = await makeProject('INTERPOL', ['UNODC'], ['PH']);
    const theirs = await makeProject('INTERPOL', [], ['PH']);
    const dueSoon = await makeMilestone(ours, daysFromToday(7));
    const late = await makeMilestone(ours, daysFromToday(-3));
    const later = await makeMilestone(ours, daysFromToday(60));
    const notOurs = await makeMilestone(theirs, daysFromToday(7));

    const work = await myWork(tokens.unodc);
    expect(ids(work.openForOffer)).toContain(open);
    expect(ids(work.openForOffer)).not.toContain(alreadyOffered);
    expect(ids(work.openForOffer)).not.toContain(notShared);
    expect(ids(work.assignedRequests)).toEqual(expect.arrayContaining([leading, partnering]));
    expect(ids(work.assignedRequests)).not.toContain(others);
    expect(ids(work.overdueRequests)).toContain(leading);
    expect(ids(work.overdueRequests)).not.toContain(others);
    expect(ids(work.entityProjects)).toContain(ours);
    expect(ids(work.entityProjects)).not.toContain(theirs);
    const milestones = ids(work.milestonesDue);
    expect(milestones.indexOf(late)).toBeLessThan(milestones.indexOf(dueSoon));
    expect(milestones).not.toContain(later);
    expect(milestones).not.toContain(notOurs);
    expect(work.milestonesDue!.edges.find((edge) => edge.node.id === late)!.node.project.id).toBe(ours);

    const coordinator = await myWork(tokens.coordinator);
    expect(ids(coordinator.milestonesDue)).toEqual(expect.arrayContaining([late, dueSoon, notOurs]));
    expect(ids(coordinator.projectsAtRisk)).toContain(ours);
    expect(ids(coordinator.projectsAtRisk)).not.toContain(theirs);
  });

  it('lists the threads with posts not read yet, and forgets them once read', async () => {
    const workspace = ok(
      await api.gql(
        CREATE_WORKSPACE,
        {
          input: {
            name: `Home page ${randomUUID().slice(0, 8)}`,
            visibility: 'PRIVATE',
            memberOrganizationIds: [org.UNODC],
          },
        },
        tokens.coordinator,
      ),
      'createWorkspace',
    ).id;
    const thread = ok(
      await api.gql(
        CREATE_THREAD,
        { input: { workspaceId: workspace, title: 'Agenda', body: 'Items?' } },
        tokens.unodc,
      ),
      'createThread',
    ).id;
    expect(ids((await myWork(tokens.coordinator)).unreadThreads)).toContain(thread);
    // The author has read their own thread; an entity's home page lists working groups' threads only.
    expect(ids((await myWork(tokens.unodc)).unreadThreads)).not.toContain(thread);

    await api.gql(
      `mutation($threadId: ID!) { markThreadRead(threadId: $threadId) { id } }`,
      { threadId: thread },
      tokens.coordinator,
    );
    expect(ids((await myWork(tokens.coordinator)).unreadThreads)).not.toContain(thread);
    ok(await api.gql(CREATE_POST, { input: { threadId: thread, body: 'One more item' } }, tokens.unodc), 'createPost');
    expect(ids((await myWork(tokens.coordinator)).unreadThreads)).toContain(thread);
  });

  it('lists a State’s unread request discussions, never another State’s', async () => {
    const request = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW' });
    const [{ thread_id: discussion }] = await api.sql(`SELECT thread_id FROM assistance_requests WHERE id = $1`, [
      request,
    ]);
    ok(
      await api.gql(
        CREATE_POST,
        { input: { threadId: discussion, body: 'Which dates suit you?' } },
        tokens.coordinator,
      ),
      'createPost',
    );
    expect(ids((await myWork(tokens.philippines)).unreadThreads)).toContain(discussion);
    expect(ids((await myWork(tokens.maldives)).unreadThreads)).not.toContain(discussion);
  });

  it('lists an entity’s unread working group updates', async () => {
    const [{ id: workspace }] = await api.sql(
      `SELECT w.id FROM workspaces w
        WHERE w.kind = 'WORKING_GROUP'
          AND EXISTS (SELECT 1 FROM workspace_organizations o WHERE o.workspace_id = w.id AND o.organization_id = $1)
          AND EXISTS (SELECT 1 FROM workspace_organizations o WHERE o.workspace_id = w.id AND o.organization_id = $2)
        LIMIT 1`,
      [org.UNODC, org.INTERPOL],
    );
    const thread = ok(
      await api.gql(
        CREATE_THREAD,
        { input: { workspaceId: workspace, title: 'Update', body: 'Progress' } },
        tokens.interpol,
      ),
      'createThread',
    ).id;
    expect(ids((await myWork(tokens.unodc)).unreadThreads)).toContain(thread);
  });

  it('offers to review are the ones standing', async () => {
    const request = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW', offeredBy: ['interpol'] });
    expect(ids((await myWork(tokens.coordinator)).offersToReview)).toContain(request);
    ok(
      await api.gql(
        `mutation($requestId: ID!) { withdrawAssistanceOffer(requestId: $requestId) { id } }`,
        { requestId: request },
        tokens.interpol,
      ),
      'withdrawAssistanceOffer',
    );
    expect(ids((await myWork(tokens.coordinator)).offersToReview)).not.toContain(request);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkPlansService } from '../src/modules/work-plans/work-plans.service.js';
import { ok, organizationIds } from './assistance-requests.fixtures.js';
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
 * Six-month work plans through GraphQL over HTTP against the real api: who makes plans and items and who
 * changes them, what is refused and leaves nothing written, who reads (a State only its groups' plans), the
 * chairs told of an item at risk, the leads reminded once of due dates, and the quarterly report's section.
 * BMLE: UNOCT chairs, INTERPOL and CTED vice-chair, UNODC is a member; no State takes part.
 */

const CREATE = `mutation($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) {
  id title year half period { from to } viewerMayEdit workingGroup { key } unit { id } } }`;
const ADD = `mutation($input: AddWorkPlanItemInput!) { addWorkPlanItem(input: $input) {
  id title status pillar dueDate descriptionHtml ownerOrganization { key } ownerUnit { id }
  leads { person { email } } projects { id } activities { id } viewerMayEdit } }`;
const UPDATE = `mutation($input: UpdateWorkPlanItemInput!) { updateWorkPlanItem(input: $input) {
  id status title dueDate progressNotes { text date author { person { email } } } } }`;
const PLAN = `query($id: ID!, $filter: WorkPlanItemFilter) { workPlan(id: $id) {
  id title viewerMayEdit items(filter: $filter) { id title status pillar ownerOrganization { key } viewerMayEdit } } }`;
const ITEM = `query($id: ID!) { workPlanItem(id: $id) { id title viewerMayEdit workPlan { id }
  progressNotes { text date } projects { id } activities { id } } }`;
const LIST = `query($filter: WorkPlanFilter, $first: Int, $after: String) { workPlans(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id year half } } } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const RECORD_ACTIVITY = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;
const SET_MEMBERSHIP = `mutation($input: SetWorkingGroupMembershipInput!) { setWorkingGroupMembership(input: $input) { role } }`;
const CREATE_UNIT = `mutation($input: CreateOrganizationUnitInput!) { createOrganizationUnit(input: $input) { id } }`;
const REPORT = `query($year: Int!, $quarter: Int!) { quarterlyReport(year: $year, quarter: $quarter) {
  workPlanProgress { workingGroup { key } notStarted onTrack atRisk done dropped } } }`;

let api: TestApp;
let tokens: Awaited<ReturnType<typeof signInDemoUsers>>;
let org: Record<string, string>;
let users: Record<string, string>;
let groups: Record<string, string>;
let nextYear = 2050;

async function makeProject(beneficiaryCountryCodes: string[]): Promise<{ id: string }> {
  const input = {
    title: `Project for ${beneficiaryCountryCodes.join(', ')} ${nextYear}`,
    leadEntityId: org.UNODC,
    partners: [],
    beneficiaryCountryCodes,
    pillars: ['II'],
    startDate: '2026-01-01',
  };
  return ok(await api.gql(CREATE_PROJECT, { input }, tokens.coordinator), 'createProject');
}

/** A value outside an enum is refused by GraphQL itself, before any field-level check: it names no field. */
const ENUM = null;
const answered = (response: GraphQLResponse) => [errorCode(response), response.errors?.[0]?.extensions?.field ?? null];

/** Rows of the tables a refused or bad request must leave alone. */
const written = async () =>
  (
    await api.sql(`SELECT (SELECT count(*) FROM work_plans) AS plans, (SELECT count(*) FROM work_plan_items) AS items,
      (SELECT count(*) FROM work_plan_progress_notes) AS notes, (SELECT count(*) FROM notifications) AS notifications,
      (SELECT string_agg(id || status || due_date, ',' ORDER BY id) FROM work_plan_items) AS values`)
  )[0];

async function plan(group = 'BMLE', year = nextYear++, half = 1, token = tokens.coordinator): Promise<string> {
  const input = { workingGroupId: groups[group], year, half, title: `${group} work plan ${year}-${half}` };
  return ok(await api.gql(CREATE, { input }, token), 'createWorkPlan').id;
}

const yearOf = async (planId: string) => (await api.sql(`SELECT year FROM work_plans WHERE id = $1`, [planId]))[0].year;

async function item(planId: string, input: Record<string, unknown> = {}, token = tokens.coordinator) {
  const year = await yearOf(planId);
  const values = {
    workPlanId: planId,
    title: 'Joint border assessment',
    description: 'Assess **two** crossings <script>alert(1)</script>',
    pillar: 'II',
    ownerOrganizationId: org.UNODC,
    leadIds: [users[DEMO.unodc]],
    dueDate: `${year}-04-30`,
    ...input,
  };
  return ok(await api.gql(ADD, { input: values }, token), 'addWorkPlanItem');
}

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  org = await organizationIds(api);
  users = await userIds(api);
  groups = Object.fromEntries((await api.sql(`SELECT id, key FROM working_groups`)).map((row) => [row.key, row.id]));
  // The Philippines takes part in the NRS group, and in no other.
  ok(
    await api.gql(
      SET_MEMBERSHIP,
      { input: { workingGroupId: groups.NRS, organizationId: org['STATE:PH'], role: 'MEMBER' } },
      tokens.admin,
    ),
    'setWorkingGroupMembership',
  );
});
afterAll(() => api.close());

describe('signed out', () => {
  it('every work plan operation answers UNAUTHENTICATED', async () => {
    const planId = await plan();
    const { id } = await item(planId);
    const answers = await Promise.all([
      api.gql(CREATE, { input: { workingGroupId: groups.BMLE, year: 2099, half: 1, title: 'T' } }),
      api.gql(ADD, {
        input: { workPlanId: planId, title: 'T', pillar: 'I', ownerOrganizationId: org.UNODC, dueDate: '2050-01-01' },
      }),
      api.gql(UPDATE, { input: { id, status: 'DONE' } }),
      api.gql(PLAN, { id: planId }),
      api.gql(ITEM, { id }),
      api.gql(LIST, {}),
    ]);
    expect(answers.map(errorCode)).toEqual(Array(6).fill('UNAUTHENTICATED'));
  });
});

describe('createWorkPlan', () => {
  it('lets the chairs, vice-chairs and coordinators make a group’s plan of a half year', async () => {
    const year = nextYear++;
    const made = ok(
      await api.gql(
        CREATE,
        { input: { workingGroupId: groups.BMLE, year, half: 2, title: ' Second half ' } },
        tokens.interpol,
      ),
      'createWorkPlan',
    );
    expect(made).toMatchObject({
      title: 'Second half',
      year,
      half: 2,
      period: { from: `${year}-07-01`, to: `${year}-12-31` },
      viewerMayEdit: true,
      workingGroup: { key: 'BMLE' },
      unit: null,
    });
  });

  it('tells each viewer which groups’ plans they may make', async () => {
    const query = `{ workingGroups { key viewerMayCreateWorkPlan } }`;
    const mayCreate = async (token: string) =>
      Object.fromEntries(
        ok(await api.gql(query, {}, token), 'workingGroups').map((group: any) => [
          group.key,
          group.viewerMayCreateWorkPlan,
        ]),
      );
    expect(await mayCreate(tokens.interpol)).toMatchObject({ BMLE: true, CJLR: false });
    expect(await mayCreate(tokens.unodc)).toMatchObject({ BMLE: false, CJLR: true });
    expect(await mayCreate(tokens.coordinator)).toMatchObject({ BMLE: true, CJLR: true });
    expect(await mayCreate(tokens.philippines)).toMatchObject({ BMLE: false, NRS: false });
  });

  it('refuses members, observers and States, writing nothing', async () => {
    const before = await written();
    const input = { workingGroupId: groups.BMLE, year: 2098, half: 1, title: 'Not mine' };
    const answers = await Promise.all(
      [tokens.unodc, tokens.observer, tokens.philippines, tokens.maldives].map((token) =>
        api.gql(CREATE, { input }, token),
      ),
    );
    expect(answers.map(errorCode)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await written()).toEqual(before);
  });

  it('answers bad input with the field, and a second plan of the same period with CONFLICT', async () => {
    const year = nextYear++;
    await plan('BMLE', year, 1);
    const before = await written();
    const cases: [Record<string, unknown>, string | null][] = [
      [{ year, half: 1, title: 'T' }, 'workingGroupId'],
      [{ workingGroupId: groups.BMLE, unitId: groups.BMLE, year, half: 1, title: 'T' }, 'workingGroupId'],
      [{ workingGroupId: groups.BMLE, year, half: 3, title: 'T' }, 'half'],
      [{ workingGroupId: groups.BMLE, year: 1999, half: 1, title: 'T' }, 'year'],
      [{ workingGroupId: groups.BMLE, year, half: 2, title: '   ' }, 'title'],
      [{ workingGroupId: '00000000-0000-4000-8000-000000000000', year, half: 1, title: 'T' }, 'workingGroupId'],
      [{ unitId: '00000000-0000-4000-8000-000000000000', year, half: 1, title: 'T' }, 'unitId'],
    ];
    for (const [input, field] of cases) {
      const response = await api.gql(CREATE, { input }, tokens.coordinator);
      expect(answered(response), JSON.stringify(input)).toEqual(['BAD_USER_INPUT', field]);
    }
    const again = await api.gql(
      CREATE,
      { input: { workingGroupId: groups.BMLE, year, half: 1, title: 'Again' } },
      tokens.admin,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    expect(await written()).toEqual(before);
  });

  it('lets a unit’s organization admins make the unit’s plan, read by its people and the Compact side only', async () => {
    const unitId = ok(
      await api.gql(
        CREATE_UNIT,
        { input: { organizationId: org['STATE:PH'], acronym: 'BI', names: { en: 'Bureau of Immigration' } } },
        tokens.admin,
      ),
      'createOrganizationUnit',
    ).id;
    const input = { unitId, year: 2027, half: 1, title: 'Bureau plan' };
    // The Maldives' focal point cannot read a unit plan of the Philippines.
    expect(errorCode(await api.gql(CREATE, { input }, tokens.maldives))).toBe('FORBIDDEN');
    const made = ok(await api.gql(CREATE, { input }, tokens.coordinator), 'createWorkPlan');
    expect(made.unit).toEqual({ id: unitId });
    expect(errorCode(await api.gql(PLAN, { id: made.id }, tokens.maldives))).toBe('NOT_FOUND');
    expect(ok(await api.gql(PLAN, { id: made.id }, tokens.philippines), 'workPlan').viewerMayEdit).toBe(
      (await api.sql(`SELECT is_organization_admin FROM users WHERE email = $1`, [DEMO.philippines]))[0]
        .is_organization_admin,
    );
    expect(ok(await api.gql(PLAN, { id: made.id }, tokens.unodc), 'workPlan').viewerMayEdit).toBe(false);
  });
});

describe('addWorkPlanItem', () => {
  it('adds an item with its sanitized description, leads and readable links', async () => {
    const planId = await plan();
    const project = await makeProject(['PH']);
    const activity = ok(
      await api.gql(
        RECORD_ACTIVITY,
        {
          input: {
            title: 'Workshop',
            type: 'WORKSHOP',
            startDate: '2026-02-10',
            countryCode: 'PH',
            organizerIds: [org.UNODC],
          },
        },
        tokens.coordinator,
      ),
      'recordActivity',
    );
    const made = await item(planId, { projectIds: [project.id], activityIds: [activity.id] }, tokens.interpol);
    expect(made).toMatchObject({
      status: 'NOT_STARTED',
      pillar: 'II',
      ownerOrganization: { key: 'UNODC' },
      leads: [{ person: { email: DEMO.unodc } }],
      projects: [{ id: project.id }],
      activities: [{ id: activity.id }],
      viewerMayEdit: true,
    });
    expect(made.descriptionHtml).toContain('<strong>two</strong>');
    expect(made.descriptionHtml).not.toContain('<script');
  });

  it('refuses those who may not edit the plan, and hides it from States outside the group', async () => {
    const planId = await plan();
    const before = await written();
    const input = {
      workPlanId: planId,
      title: 'T',
      pillar: 'I',
      ownerOrganizationId: org.UNODC,
      dueDate: `${await yearOf(planId)}-03-01`,
    };
    const answers = await Promise.all(
      [tokens.unodc, tokens.observer, tokens.philippines].map((token) => api.gql(ADD, { input }, token)),
    );
    expect(answers.map(errorCode)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND']);
    expect(await written()).toEqual(before);
  });

  it('answers bad input with the field and writes nothing', async () => {
    const planId = await plan();
    const year = await yearOf(planId);
    const unitOfUnodc = ok(
      await api.gql(
        CREATE_UNIT,
        { input: { organizationId: org.UNODC, acronym: 'TPB', names: { en: 'Terrorism Prevention Branch' } } },
        tokens.admin,
      ),
      'createOrganizationUnit',
    ).id;
    const unitOfInterpol = ok(
      await api.gql(
        CREATE_UNIT,
        { input: { organizationId: org.INTERPOL, acronym: 'CT', names: { en: 'Counter-Terrorism' } } },
        tokens.admin,
      ),
      'createOrganizationUnit',
    ).id;
    // The unit of the owner organization is taken.
    const withUnit = await item(planId, { ownerUnitId: unitOfUnodc });
    expect(withUnit.ownerUnit).toEqual({ id: unitOfUnodc });
    const before = await written();
    const cases: [Record<string, unknown>, string | null][] = [
      [{ title: ' ' }, 'title'],
      [{ dueDate: `${year + 1}-03-01` }, 'dueDate'],
      [{ dueDate: `${year}-02-30` }, 'dueDate'],
      [{ pillar: 'V' }, ENUM],
      [{ ownerUnitId: unitOfInterpol }, 'ownerUnitId'],
      [{ ownerOrganizationId: '00000000-0000-4000-8000-000000000000' }, 'ownerOrganizationId'],
      // The Philippines' focal point may not read a BMLE plan: not a lead of it.
      [{ leadIds: [users[DEMO.philippines]] }, 'leadIds'],
      [{ projectIds: ['00000000-0000-4000-8000-000000000000'] }, 'projectIds'],
      [{ activityIds: ['00000000-0000-4000-8000-000000000000'] }, 'activityIds'],
    ];
    for (const [override, field] of cases) {
      const response = await api.gql(
        ADD,
        {
          input: {
            workPlanId: planId,
            title: 'T',
            pillar: 'I',
            ownerOrganizationId: org.UNODC,
            dueDate: `${year}-03-01`,
            ...override,
          },
        },
        tokens.coordinator,
      );
      expect(answered(response), JSON.stringify(override)).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await written()).toEqual(before);
  });
});

describe('updateWorkPlanItem', () => {
  it('lets a chair change an item and append a dated progress note in the same change', async () => {
    const planId = await plan();
    const { id } = await item(planId);
    const year = await yearOf(planId);
    const updated = ok(
      await api.gql(
        UPDATE,
        {
          input: {
            id,
            status: 'ON_TRACK',
            dueDate: `${year}-05-15`,
            progressNote: ' Inception done. ',
            progressNoteDate: `${year}-02-01`,
          },
        },
        tokens.coordinator,
      ),
      'updateWorkPlanItem',
    );
    expect(updated).toMatchObject({
      status: 'ON_TRACK',
      dueDate: `${year}-05-15`,
      progressNotes: [
        { text: 'Inception done.', date: `${year}-02-01`, author: { person: { email: DEMO.coordinator } } },
      ],
    });
    // A second note is appended after the first.
    const again = ok(
      await api.gql(UPDATE, { input: { id, progressNote: 'Mission held.' } }, tokens.interpol),
      'updateWorkPlanItem',
    );
    expect(again.progressNotes.map((note: { text: string }) => note.text)).toEqual([
      'Inception done.',
      'Mission held.',
    ]);
  });

  it('lets a lead of the owner organization update their item, and nobody else outside the editors', async () => {
    const planId = await plan();
    const { id } = await item(planId);
    expect(
      ok(await api.gql(UPDATE, { input: { id, status: 'ON_TRACK' } }, tokens.unodc), 'updateWorkPlanItem').status,
    ).toBe('ON_TRACK');
    const before = await written();
    const answers = await Promise.all(
      [tokens.observer, tokens.philippines].map((token) => api.gql(UPDATE, { input: { id, status: 'DONE' } }, token)),
    );
    expect(answers.map(errorCode)).toEqual(['FORBIDDEN', 'NOT_FOUND']);
    // An item led by someone else: UNODC's member may not change it.
    const other = await item(planId, { leadIds: [users[DEMO.interpol]], ownerOrganizationId: org.INTERPOL });
    expect(errorCode(await api.gql(UPDATE, { input: { id: other.id, status: 'DONE' } }, tokens.unodc))).toBe(
      'FORBIDDEN',
    );
    const after = await written();
    expect({ ...after, items: before.items, values: null }).toEqual({ ...before, values: null });
  });

  it('answers bad input with the field, writing neither the change nor the note', async () => {
    const planId = await plan();
    const { id } = await item(planId);
    const before = await written();
    const cases: [Record<string, unknown>, string | null][] = [
      [{ status: 'AT_RISK', progressNote: '  ' }, 'progressNote'],
      [{ status: 'DONE', dueDate: '2010-01-01', progressNote: 'Finished' }, 'dueDate'],
      [{ status: 'PAUSED' }, ENUM],
      [{ progressNoteDate: '2050-01-01' }, 'progressNote'],
      [{ leadIds: [users[DEMO.maldives]], progressNote: 'New lead' }, 'leadIds'],
    ];
    for (const [override, field] of cases) {
      const response = await api.gql(UPDATE, { input: { id, ...override } }, tokens.coordinator);
      expect(answered(response), JSON.stringify(override)).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await written()).toEqual(before);
  });

  it('tells the group’s chairs and vice-chairs, in the change, when an item turns AT_RISK', async () => {
    const planId = await plan();
    const { id } = await item(planId);
    ok(
      await api.gql(UPDATE, { input: { id, status: 'AT_RISK', progressNote: 'Visas delayed.' } }, tokens.unodc),
      'updateWorkPlanItem',
    );
    const notified = await api.sql(
      `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.type = 'WORK_PLAN_ITEM_AT_RISK' AND n.link = $1`,
      [`/work-plans/items/${id}`],
    );
    const emails = notified.map((row) => row.email);
    expect(emails).toEqual(expect.arrayContaining([DEMO.admin, DEMO.coordinator, DEMO.interpol]));
    expect(emails).not.toContain(DEMO.unodc);
    expect(emails).not.toContain(DEMO.observer);
    // Staying at risk tells nobody again.
    ok(await api.gql(UPDATE, { input: { id, progressNote: 'Still delayed.' } }, tokens.unodc), 'updateWorkPlanItem');
    const again = await api.sql(
      `SELECT count(*)::int AS count FROM notifications WHERE type = 'WORK_PLAN_ITEM_AT_RISK' AND link = $1`,
      [`/work-plans/items/${id}`],
    );
    expect(again[0].count).toBe(emails.length);
  });
});

describe('reading', () => {
  it('shows a State only the plans of the groups it takes part in', async () => {
    const nrs = await plan('NRS', 2026, 2);
    const bmle = await plan('BMLE', 2026, 2);
    const { id: nrsItem } = await item(nrs, { dueDate: '2026-09-30' });
    expect(ok(await api.gql(PLAN, { id: nrs }, tokens.philippines), 'workPlan').id).toBe(nrs);
    expect(ok(await api.gql(ITEM, { id: nrsItem }, tokens.philippines), 'workPlanItem').viewerMayEdit).toBe(false);
    expect(errorCode(await api.gql(PLAN, { id: bmle }, tokens.philippines))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(PLAN, { id: nrs }, tokens.maldives))).toBe('NOT_FOUND');
    const listed = ok(await api.gql(LIST, { first: 100 }, tokens.philippines), 'workPlans');
    const ids = listed.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toContain(nrs);
    expect(ids).not.toContain(bmle);
    expect(
      ok(await api.gql(LIST, { first: 100 }, tokens.maldives), 'workPlans').edges.map((e: any) => e.node.id),
    ).not.toContain(nrs);
    // The Compact side reads both; the filter narrows to one group and period.
    const filtered = ok(
      await api.gql(LIST, { filter: { workingGroupId: groups.NRS, year: 2026, half: 2 } }, tokens.observer),
      'workPlans',
    );
    expect(filtered.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([nrs]);
  });

  it('filters a plan’s items by owner organization and pillar, and hides links the viewer may not read', async () => {
    const planId = await plan();
    await item(planId, { pillar: 'I' });
    await item(planId, { pillar: 'II', ownerOrganizationId: org.INTERPOL, leadIds: [users[DEMO.interpol]] });
    const byOwner = ok(
      await api.gql(PLAN, { id: planId, filter: { ownerOrganizationId: org.INTERPOL } }, tokens.unodc),
      'workPlan',
    );
    expect(byOwner.items.map((row: { ownerOrganization: { key: string } }) => row.ownerOrganization.key)).toEqual([
      'INTERPOL',
    ]);
    const byPillar = ok(await api.gql(PLAN, { id: planId, filter: { pillar: 'I' } }, tokens.unodc), 'workPlan');
    expect(byPillar.items.map((row: { pillar: string }) => row.pillar)).toEqual(['I']);

    // A project of the Maldives, linked to an NRS item: the Philippines reads the item, not the link.
    const mvProject = await makeProject(['MV']);
    const nrs = await plan('NRS');
    const { id } = await item(nrs, { projectIds: [mvProject.id] });
    expect(ok(await api.gql(ITEM, { id }, tokens.coordinator), 'workPlanItem').projects).toEqual([
      { id: mvProject.id },
    ]);
    expect(ok(await api.gql(ITEM, { id }, tokens.philippines), 'workPlanItem').projects).toEqual([]);
  });
});

describe('due date reminders', () => {
  it('tell the leads once per item and threshold, and nothing of settled items', async () => {
    const today = new Date();
    const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const year = today.getUTCFullYear();
    const half = today.getUTCMonth() < 6 ? 1 : 2;
    const planId = await plan('CJLR', year, half);
    const soon = (await item(planId, { dueDate: day(5), title: 'Due soon' })).id;
    const late = (await item(planId, { dueDate: day(-3), title: 'Late' })).id;
    const later = (await item(planId, { dueDate: day(20), title: 'Later' })).id;
    const done = (await item(planId, { dueDate: day(2), title: 'Done' })).id;
    ok(await api.gql(UPDATE, { input: { id: done, status: 'DONE' } }, tokens.coordinator), 'updateWorkPlanItem');
    const service = api.app.get(WorkPlansService);
    const count = async (id: string) =>
      (
        await api.sql(
          `SELECT n.type, u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.link = $1 ORDER BY n.type`,
          [`/work-plans/items/${id}`],
        )
      ).map((row) => `${row.type} ${row.email}`);

    await service.sendDueReminders();
    await service.sendDueReminders();
    expect(await count(soon)).toEqual([`WORK_PLAN_ITEM_DUE_SOON ${DEMO.unodc}`]);
    expect(await count(late)).toEqual([`WORK_PLAN_ITEM_OVERDUE ${DEMO.unodc}`]);
    expect(await count(later)).toEqual([]);
    expect(await count(done)).toEqual([]);

    // Once it is overdue, the item due soon is reminded again, once.
    await api.sql(`UPDATE work_plan_items SET due_date = $2 WHERE id = $1`, [soon, day(-1)]);
    await service.sendDueReminders();
    await service.sendDueReminders();
    expect(await count(soon)).toEqual([
      `WORK_PLAN_ITEM_DUE_SOON ${DEMO.unodc}`,
      `WORK_PLAN_ITEM_OVERDUE ${DEMO.unodc}`,
    ]);
  });
});

describe('the quarterly report', () => {
  it('counts, per working group, the items of the plans whose half year holds the quarter', async () => {
    const bmle = await plan('BMLE', 2033, 2);
    const cjlr = await plan('CJLR', 2033, 2);
    const statuses = ['DONE', 'DONE', 'ON_TRACK', 'AT_RISK', 'NOT_STARTED', 'DROPPED'];
    for (const status of statuses) {
      const { id } = await item(bmle, { dueDate: '2033-10-31' });
      if (status !== 'NOT_STARTED')
        ok(await api.gql(UPDATE, { input: { id, status } }, tokens.coordinator), 'updateWorkPlanItem');
    }
    await item(cjlr, { dueDate: '2033-11-30' });
    // A plan of the first half does not count in the third quarter.
    await item(await plan('BMLE', 2033, 1), { dueDate: '2033-03-31' });

    const report = ok(await api.gql(REPORT, { year: 2033, quarter: 3 }, tokens.observer), 'quarterlyReport');
    expect(report.workPlanProgress).toEqual([
      { workingGroup: { key: 'BMLE' }, notStarted: 1, onTrack: 1, atRisk: 1, done: 2, dropped: 1 },
      { workingGroup: { key: 'CJLR' }, notStarted: 1, onTrack: 0, atRisk: 0, done: 0, dropped: 0 },
    ]);
    const first = ok(await api.gql(REPORT, { year: 2033, quarter: 1 }, tokens.coordinator), 'quarterlyReport');
    expect(first.workPlanProgress).toEqual([
      { workingGroup: { key: 'BMLE' }, notStarted: 1, onTrack: 0, atRisk: 0, done: 0, dropped: 0 },
    ]);
  });
});

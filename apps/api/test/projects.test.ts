import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { errorCode, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

const PROJECT_FIELDS = `id title summary status startDate endDate budgetUsd pillars beneficiaryCountryCodes beneficiaryRegions
  viewerCanEdit leadEntity { key } partners { role organization { key } } milestones { id title dueDate status }
  workingGroup { key } workspace { id kind }
  funding { donor { key } pledgedUsd receivedUsd inKindUsd }
  activities(first: 50) { totalCount edges { node { id title } } }
  contributions(first: 50) { totalCount edges { node { id amountUsd donor { key } } } }
  assistanceRequests(first: 10) { totalCount }`;
const ACTIVITY_FIELDS = `id type title startDate endDate countryCode city online participants participantsWomen
  individualsTrained featured pillars viewerCanEdit organizers { key } project { id } workingGroup { key }`;

const PROJECTS = `query($filter: ProjectFilter) { projects(filter: $filter, first: 50) { totalCount edges { node { id title } } } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { ${PROJECT_FIELDS} } }`;
const SET_MILESTONE = `mutation($input: SetProjectMilestoneInput!) { setProjectMilestone(input: $input) { id title dueDate status } }`;
const DELETE_MILESTONE = `mutation($id: ID!) { deleteProjectMilestone(id: $id) }`;
const ACTIVITIES = `query($filter: ActivityFilter) { activities(filter: $filter, first: 100) { totalCount edges { node { id title } } } }`;
const ACTIVITY = `query($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`;
const BY_COUNTRY = `query($filter: ActivityFilter) { activitiesByCountry(filter: $filter) { countryCode activities participants individualsTrained } }`;
const RECORD_ACTIVITY = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const UPDATE_ACTIVITY = `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const DELETE_ACTIVITY = `mutation($id: ID!) { deleteActivity(id: $id) }`;
const CONTRIBUTIONS = `query($filter: ContributionFilter) { contributions(filter: $filter, first: 100) { totalCount edges { node { id amountUsd kind inKind donor { key } project { id } } } } }`;
const RECORD_CONTRIBUTION = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id amountUsd kind inKind date purpose donor { key } project { id } } }`;
const UPDATE_CONTRIBUTION = `mutation($input: UpdateContributionInput!) { updateContribution(input: $input) { id amountUsd } }`;
const AGREEMENTS = `query($filter: AgreementFilter) { agreements(filter: $filter, first: 50) { totalCount edges { node { id subject parties { key } } } } }`;
const RECORD_AGREEMENT = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id type subject dateSigned place parties { key } project { id } } }`;
const UPDATE_AGREEMENT = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { id subject } }`;

let api: TestApp;
let tokens: Tokens;
let org: Record<string, string>;
let bmle: string;

const NEW_PROJECT = () => ({
  title: 'Border management in South-East Asia',
  summary: 'Joint project of UNODC and INTERPOL.',
  leadEntityId: org.UNODC,
  partnerEntityIds: [org.INTERPOL],
  beneficiaryCountryCodes: ['PH', 'ID'],
  beneficiaryRegions: ['South-East Asia'],
  pillars: ['II'],
  workingGroupId: bmle,
  status: 'ACTIVE',
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  budgetUsd: 1250000.5,
});

const NEW_ACTIVITY = () => ({
  type: 'WORKSHOP',
  title: 'Passenger data analysis workshop',
  startDate: '2026-03-02',
  endDate: '2026-03-04',
  countryCode: 'PH',
  city: 'Manila',
  organizerIds: [org.UNODC],
  pillars: ['II'],
  participants: 30,
  participantsWomen: 12,
  individualsTrained: 25,
});

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  org = await organizationIds(api);
  org.EU = (await api.sql(`SELECT id FROM organizations WHERE key = 'EU'`))[0].id;
  bmle = (await api.sql(`SELECT id FROM working_groups WHERE key = 'BMLE'`))[0].id;
});
afterAll(() => api.close());

describe('signed out', () => {
  const id = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['projects', PROJECTS, {}],
    ['project', PROJECT, { id }],
    ['createProject', CREATE_PROJECT, { input: { title: 'x', leadEntityId: id, startDate: '2026-01-01' } }],
    ['updateProject', UPDATE_PROJECT, { input: { id } }],
    ['setProjectMilestone', SET_MILESTONE, { input: { projectId: id, title: 'x', dueDate: '2026-01-01' } }],
    ['deleteProjectMilestone', DELETE_MILESTONE, { id }],
    ['activities', ACTIVITIES, {}],
    ['activity', ACTIVITY, { id }],
    ['activitiesByCountry', BY_COUNTRY, {}],
    [
      'recordActivity',
      RECORD_ACTIVITY,
      { input: { type: 'WORKSHOP', title: 'x', startDate: '2026-01-01', online: true } },
    ],
    [
      'updateActivity',
      UPDATE_ACTIVITY,
      { input: { id, type: 'WORKSHOP', title: 'x', startDate: '2026-01-01', online: true } },
    ],
    ['deleteActivity', DELETE_ACTIVITY, { id }],
    ['contributions', CONTRIBUTIONS, {}],
    [
      'recordContribution',
      RECORD_CONTRIBUTION,
      { input: { donorId: id, kind: 'PLEDGE', amountUsd: 1, date: '2026-01-01' } },
    ],
    [
      'updateContribution',
      UPDATE_CONTRIBUTION,
      { input: { id, donorId: id, kind: 'PLEDGE', amountUsd: 1, date: '2026-01-01' } },
    ],
    ['agreements', AGREEMENTS, {}],
    [
      'recordAgreement',
      RECORD_AGREEMENT,
      { input: { type: 'MOU', subject: 'x', dateSigned: '2026-01-01', partyIds: [id, id] } },
    ],
    [
      'updateAgreement',
      UPDATE_AGREEMENT,
      { input: { id, type: 'MOU', subject: 'x', dateSigned: '2026-01-01', partyIds: [id, id] } },
    ],
  ])('%s is UNAUTHENTICATED', async (_name, query, variables) => {
    expect(errorCode(await api.gql(query, variables))).toBe('UNAUTHENTICATED');
  });
});

describe('projects', () => {
  let projectId: string;

  it('are created by coordinators only, with partners, a workspace, and notifications to the partners', async () => {
    for (const who of ['unodc', 'philippines', 'observer'] as const) {
      expect(errorCode(await api.gql(CREATE_PROJECT, { input: NEW_PROJECT() }, tokens[who])), who).toBe('FORBIDDEN');
    }
    const project = ok(
      await api.gql(
        CREATE_PROJECT,
        { input: { ...NEW_PROJECT(), partners: [{ organizationId: org.ICAO, role: 'TECHNICAL_PARTNER' }] } },
        tokens.coordinator,
      ),
      'createProject',
    );
    projectId = project.id;
    expect(project).toMatchObject({
      status: 'ACTIVE',
      budgetUsd: 1250000.5,
      leadEntity: { key: 'UNODC' },
      beneficiaryCountryCodes: ['PH', 'ID'],
      workspace: { kind: 'PROJECT' },
      viewerCanEdit: true,
    });
    expect(project.partners.map((partner: any) => [partner.organization.key, partner.role]).sort()).toEqual([
      ['ICAO', 'TECHNICAL_PARTNER'],
      ['INTERPOL', 'CO_IMPLEMENTER'],
    ]);
    const [notification] = await api.sql(
      `SELECT n.type, n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'member@unodc.example'`,
    );
    expect(notification).toEqual({
      type: 'PROJECT_ADDED',
      title: 'UNODC is a partner of the project “Border management in South-East Asia”',
    });
    // The lead's and the partners' people take part in the project's workspace.
    const unodcView = ok(await api.gql(PROJECT, { id: projectId }, tokens.unodc), 'project');
    expect(unodcView.workspace).toMatchObject({ kind: 'PROJECT' });
  });

  it('refuse bad input with the field at fault and write nothing', async () => {
    const before = (await api.sql(`SELECT count(*)::int AS n FROM projects`))[0].n;
    const cases: [Record<string, unknown>, string][] = [
      [{ title: ' ' }, 'title'],
      [{ leadEntityId: org['STATE:PH'] }, 'leadEntityId'],
      [{ partnerEntityIds: [org.UNODC] }, 'partnerEntityIds'],
      [{ beneficiaryCountryCodes: ['XX'] }, 'beneficiaryCountryCodes'],
      [{ beneficiaryCountryCodes: ['ph'] }, 'beneficiaryCountryCodes'],
      [{ startDate: '2026-02-30' }, 'startDate'],
      [{ endDate: '2025-01-01' }, 'endDate'],
      [{ budgetUsd: -5 }, 'budgetUsd'],
    ];
    for (const [change, field] of cases) {
      const response = await api.gql(CREATE_PROJECT, { input: { ...NEW_PROJECT(), ...change } }, tokens.coordinator);
      expect(response.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await api.sql(`SELECT count(*)::int AS n FROM projects`))[0].n).toBe(before);
  });

  it('are read by the Compact side, and by a State only when it benefits', async () => {
    expect(ok(await api.gql(PROJECT, { id: projectId }, tokens.philippines), 'project').viewerCanEdit).toBe(false);
    expect(errorCode(await api.gql(PROJECT, { id: projectId }, tokens.maldives))).toBe('NOT_FOUND');
    const maldivesList = await api.gql(PROJECTS, {}, tokens.maldives);
    expect(maldivesList.data!.projects.edges.map((edge: any) => edge.node.id)).not.toContain(projectId);
    const filtered = await api.gql(
      PROJECTS,
      { filter: { countryCode: 'ID', status: 'ACTIVE', pillar: 'II' } },
      tokens.observer,
    );
    expect(filtered.data!.projects.edges.map((edge: any) => edge.node.id)).toEqual([projectId]);
    const none = await api.gql(PROJECTS, { filter: { leadEntityId: org.INTERPOL } }, tokens.coordinator);
    expect(none.data!.projects.totalCount).toBe(0);
  });

  it('are edited by coordinators and the lead entity’s members; new partners join the workspace', async () => {
    expect(errorCode(await api.gql(UPDATE_PROJECT, { input: { id: projectId, title: 'x' } }, tokens.interpol))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(UPDATE_PROJECT, { input: { id: projectId, title: 'x' } }, tokens.maldives))).toBe(
      'NOT_FOUND',
    );
    const updated = ok(
      await api.gql(
        UPDATE_PROJECT,
        {
          input: {
            id: projectId,
            status: 'SUSPENDED',
            partners: [
              { organizationId: org.INTERPOL, role: 'TECHNICAL_PARTNER' },
              { organizationId: org.UNDP, role: 'DONOR_LIAISON' },
            ],
          },
        },
        tokens.unodc,
      ),
      'updateProject',
    );
    expect(updated.status).toBe('SUSPENDED');
    expect(updated.partners.map((partner: any) => [partner.organization.key, partner.role]).sort()).toEqual([
      ['INTERPOL', 'TECHNICAL_PARTNER'],
      ['UNDP', 'DONOR_LIAISON'],
    ]);
    expect(ok(await api.gql(PROJECT, { id: projectId }, tokens.observer), 'project').workspace).toMatchObject({
      kind: 'PROJECT',
    });
    const cleared = ok(
      await api.gql(
        UPDATE_PROJECT,
        { input: { id: projectId, endDate: null, budgetUsd: null, workingGroupId: null } },
        tokens.coordinator,
      ),
      'updateProject',
    );
    expect(cleared).toMatchObject({ endDate: null, budgetUsd: null, workingGroup: null, status: 'SUSPENDED' });
    ok(
      await api.gql(UPDATE_PROJECT, { input: { id: projectId, workingGroupId: bmle } }, tokens.coordinator),
      'updateProject',
    );
    const leadAsPartner = await api.gql(
      UPDATE_PROJECT,
      { input: { id: projectId, partners: [{ organizationId: org.UNODC }] } },
      tokens.coordinator,
    );
    expect(leadAsPartner.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partners' });
  });

  it('have milestones, set and deleted by their editors', async () => {
    const input = { projectId, title: 'Inception mission', dueDate: '2026-04-30' };
    expect(errorCode(await api.gql(SET_MILESTONE, { input }, tokens.interpol))).toBe('FORBIDDEN');
    const milestone = ok(await api.gql(SET_MILESTONE, { input }, tokens.unodc), 'setProjectMilestone');
    expect(milestone).toMatchObject({ title: 'Inception mission', status: 'PENDING' });
    const done = ok(
      await api.gql(SET_MILESTONE, { input: { ...input, id: milestone.id, status: 'DONE' } }, tokens.coordinator),
      'setProjectMilestone',
    );
    expect(done).toMatchObject({ id: milestone.id, status: 'DONE' });
    expect(errorCode(await api.gql(DELETE_MILESTONE, { id: milestone.id }, tokens.interpol))).toBe('FORBIDDEN');
    expect(ok(await api.gql(DELETE_MILESTONE, { id: milestone.id }, tokens.unodc), 'deleteProjectMilestone')).toBe(
      true,
    );
    expect(ok(await api.gql(PROJECT, { id: projectId }, tokens.unodc), 'project').milestones).toEqual([]);
  });

  describe('activities', () => {
    let activityId: string;

    it('are recorded by coordinators and by members of an organizing entity, for their organization', async () => {
      expect(errorCode(await api.gql(RECORD_ACTIVITY, { input: NEW_ACTIVITY() }, tokens.interpol))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(RECORD_ACTIVITY, { input: NEW_ACTIVITY() }, tokens.philippines))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await api.gql(RECORD_ACTIVITY, { input: NEW_ACTIVITY() }, tokens.observer))).toBe('FORBIDDEN');
      const activity = ok(
        await api.gql(RECORD_ACTIVITY, { input: { ...NEW_ACTIVITY(), projectId } }, tokens.unodc),
        'recordActivity',
      );
      activityId = activity.id;
      expect(activity).toMatchObject({
        type: 'WORKSHOP',
        countryCode: 'PH',
        organizers: [{ key: 'UNODC' }],
        project: { id: projectId },
        workingGroup: { key: 'BMLE' }, // the project's
        viewerCanEdit: true,
      });
      const online = ok(
        await api.gql(
          RECORD_ACTIVITY,
          { input: { type: 'WEBINAR', title: 'Online', startDate: '2026-03-10', online: true, organizerIds: [] } },
          tokens.coordinator,
        ),
        'recordActivity',
      );
      expect(online).toMatchObject({
        online: true,
        countryCode: null,
        endDate: '2026-03-10',
        organizers: [{ key: 'UNOCT' }],
      });
    });

    it('refuse bad input with the field at fault', async () => {
      const cases: [Record<string, unknown>, string | undefined][] = [
        [{ countryCode: null, online: false }, 'countryCode'],
        [{ countryCode: 'ZZ' }, 'countryCode'],
        [{ endDate: '2026-03-01' }, 'endDate'],
        [{ participantsWomen: 31 }, 'participantsWomen'],
        [{ individualsTrained: -1 }, 'individualsTrained'],
        [{ type: 'PARTY' }, undefined],
        [{ projectId: '00000000-0000-4000-8000-000000000000' }, 'projectId'],
      ];
      for (const [change, field] of cases) {
        const response = await api.gql(
          RECORD_ACTIVITY,
          { input: { ...NEW_ACTIVITY(), ...change } },
          tokens.coordinator,
        );
        expect(errorCode(response), JSON.stringify(change)).toBe('BAD_USER_INPUT');
        if (field) expect(response.errors![0].extensions!.field).toBe(field);
      }
    });

    it('are read by the Compact side and by the host State; filtered by date, type, country', async () => {
      expect(ok(await api.gql(ACTIVITY, { id: activityId }, tokens.philippines), 'activity').viewerCanEdit).toBe(false);
      expect(errorCode(await api.gql(ACTIVITY, { id: activityId }, tokens.maldives))).toBe('NOT_FOUND');
      const ids = async (filter: Record<string, unknown>, token = tokens.coordinator) =>
        (await api.gql(ACTIVITIES, { filter }, token)).data!.activities.edges.map((edge: any) => edge.node.id);
      expect(await ids({ from: '2026-03-01', to: '2026-03-31', type: 'WORKSHOP' })).toEqual([activityId]);
      expect(await ids({ from: '2026-03-05' })).not.toContain(activityId);
      expect(await ids({ countryCode: 'PH' })).toEqual([activityId]);
      expect(await ids({ projectId })).toEqual([activityId]);
      expect(await ids({}, tokens.maldives)).toEqual([]);
      const map = await api.gql(BY_COUNTRY, { filter: { from: '2026-01-01' } }, tokens.observer);
      expect(map.data!.activitiesByCountry).toEqual([
        { countryCode: 'PH', activities: 1, participants: 30, individualsTrained: 25 },
      ]);
      const elsewhere = await api.gql(BY_COUNTRY, { filter: { from: '2026-01-01' } }, tokens.maldives);
      expect(elsewhere.data!.activitiesByCountry).toEqual([]);
    });

    it('are changed and deleted by their organizers and coordinators', async () => {
      const input = { ...NEW_ACTIVITY(), id: activityId, title: 'Passenger data analysis (advanced)' };
      expect(errorCode(await api.gql(UPDATE_ACTIVITY, { input }, tokens.interpol))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(UPDATE_ACTIVITY, { input }, tokens.maldives))).toBe('NOT_FOUND');
      const updated = ok(await api.gql(UPDATE_ACTIVITY, { input }, tokens.unodc), 'updateActivity');
      expect(updated.title).toBe('Passenger data analysis (advanced)');
      const handedOver = await api.gql(
        UPDATE_ACTIVITY,
        { input: { ...input, organizerIds: [org.INTERPOL] } },
        tokens.unodc,
      );
      expect(errorCode(handedOver)).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(DELETE_ACTIVITY, { id: activityId }, tokens.interpol))).toBe('FORBIDDEN');
      const temporary = ok(await api.gql(RECORD_ACTIVITY, { input: NEW_ACTIVITY() }, tokens.unodc), 'recordActivity');
      expect(ok(await api.gql(DELETE_ACTIVITY, { id: temporary.id }, tokens.unodc), 'deleteActivity')).toBe(true);
      expect(errorCode(await api.gql(ACTIVITY, { id: temporary.id }, tokens.unodc))).toBe('NOT_FOUND');
    });
  });

  describe('contributions and agreements', () => {
    it('are recorded by coordinators; the project shows its funding per donor', async () => {
      const pledge = { donorId: org['STATE:JP'], kind: 'PLEDGE', amountUsd: 500000, date: '2026-02-01', projectId };
      for (const who of ['unodc', 'philippines'] as const) {
        expect(errorCode(await api.gql(RECORD_CONTRIBUTION, { input: pledge }, tokens[who])), who).toBe('FORBIDDEN');
      }
      ok(await api.gql(RECORD_CONTRIBUTION, { input: pledge }, tokens.coordinator), 'recordContribution');
      const receipt = ok(
        await api.gql(
          RECORD_CONTRIBUTION,
          { input: { ...pledge, kind: 'RECEIPT', amountUsd: 200000 } },
          tokens.coordinator,
        ),
        'recordContribution',
      );
      ok(
        await api.gql(
          RECORD_CONTRIBUTION,
          {
            input: { donorId: org.EU, kind: 'RECEIPT', amountUsd: 75000, inKind: true, date: '2026-02-02', projectId },
          },
          tokens.coordinator,
        ),
        'recordContribution',
      );
      const project = ok(await api.gql(PROJECT, { id: projectId }, tokens.coordinator), 'project');
      expect(project.funding).toEqual([
        { donor: { key: 'STATE:JP' }, pledgedUsd: 500000, receivedUsd: 200000, inKindUsd: 0 },
        { donor: { key: 'EU' }, pledgedUsd: 0, receivedUsd: 0, inKindUsd: 75000 },
      ]);
      const corrected = ok(
        await api.gql(
          UPDATE_CONTRIBUTION,
          { input: { ...pledge, id: receipt.id, kind: 'RECEIPT', amountUsd: 250000 } },
          tokens.coordinator,
        ),
        'updateContribution',
      );
      expect(corrected.amountUsd).toBe(250000);
      expect(
        errorCode(await api.gql(UPDATE_CONTRIBUTION, { input: { ...pledge, id: receipt.id } }, tokens.unodc)),
      ).toBe('FORBIDDEN');
      const bad = await api.gql(RECORD_CONTRIBUTION, { input: { ...pledge, amountUsd: 0 } }, tokens.coordinator);
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountUsd' });
    });

    it('are seen by a State only when they are its own', async () => {
      const japan = await api.gql(CONTRIBUTIONS, {}, tokens.philippines);
      expect(japan.data!.contributions.totalCount).toBe(0);
      expect(
        (await api.gql(CONTRIBUTIONS, { filter: { projectId } }, tokens.observer)).data!.contributions.totalCount,
      ).toBe(3);
      // The Philippines benefits from the project but sees none of the donors' contributions.
      expect(ok(await api.gql(PROJECT, { id: projectId }, tokens.philippines), 'project').funding).toEqual([]);
    });

    it('record agreements between at least two parties; a State sees those it is party to', async () => {
      const input = {
        type: 'MOU',
        subject: 'Cooperation on passenger data',
        dateSigned: '2026-02-15',
        place: 'Manila',
        partyIds: [org.UNODC, org['STATE:PH']],
        projectId,
      };
      expect(errorCode(await api.gql(RECORD_AGREEMENT, { input }, tokens.unodc))).toBe('FORBIDDEN');
      const one = await api.gql(
        RECORD_AGREEMENT,
        { input: { ...input, partyIds: [org.UNODC, org.UNODC] } },
        tokens.coordinator,
      );
      expect(one.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partyIds' });
      const agreement = ok(await api.gql(RECORD_AGREEMENT, { input }, tokens.coordinator), 'recordAgreement');
      expect(agreement.parties.map((party: any) => party.key).sort()).toEqual(['STATE:PH', 'UNODC']);
      expect(agreement.project).toEqual({ id: projectId });
      expect((await api.gql(AGREEMENTS, {}, tokens.philippines)).data!.agreements.totalCount).toBe(1);
      expect((await api.gql(AGREEMENTS, {}, tokens.maldives)).data!.agreements.totalCount).toBe(0);
      const renamed = ok(
        await api.gql(
          UPDATE_AGREEMENT,
          { input: { ...input, id: agreement.id, subject: 'Passenger data MOU' } },
          tokens.coordinator,
        ),
        'updateAgreement',
      );
      expect(renamed.subject).toBe('Passenger data MOU');
      expect(
        errorCode(await api.gql(UPDATE_AGREEMENT, { input: { ...input, id: agreement.id } }, tokens.maldives)),
      ).toBe('NOT_FOUND');
    });
  });
});

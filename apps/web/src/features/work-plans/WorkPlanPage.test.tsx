import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import {
  ActivityChoicesDocument,
  AddWorkPlanItemDocument,
  LeadChoicesDocument,
  OrganizationChoicesDocument,
  ProjectChoicesDocument,
  UnitChoicesDocument,
  UpdateWorkPlanItemDocument,
  WorkPlanDetailDocument,
} from './operations';
import { WorkPlanPage } from './WorkPlanPage';

function item(id: string, title: string, status: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'WorkPlanItem',
    id,
    title,
    status,
    pillar: 'II',
    dueDate: '2020-04-30',
    viewerMayEdit: true,
    ownerOrganization: { __typename: 'Organization', id: 'unodc', acronym: 'UNODC' },
    ownerUnit: null,
    leads: [],
    ...overrides,
  };
}

const PLAN = {
  __typename: 'WorkPlan',
  id: 'p1',
  title: 'BMLE work plan, first half of 2020',
  year: 2020,
  half: 1,
  viewerMayEdit: true,
  period: { __typename: 'WorkPlanPeriod', from: '2020-01-01', to: '2020-06-30' },
  workingGroup: { __typename: 'WorkingGroup', id: 'g1', key: 'BMLE', name: 'Border management' },
  unit: null,
  organization: null,
  items: [
    item('i1', 'Regional workshop', 'DONE'),
    item('i2', 'Screening guide', 'ON_TRACK', {
      pillar: 'I',
      ownerOrganization: { __typename: 'Organization', id: 'interpol', acronym: 'INTERPOL' },
    }),
    item('i3', 'Assessment visit', 'NOT_STARTED', { viewerMayEdit: false }),
  ],
};

const detail: MockLink.MockedResponse = {
  request: { query: WorkPlanDetailDocument, variables: { id: 'p1' } },
  result: { data: { workPlan: PLAN } },
};

function renderPage(mocks: MockLink.MockedResponse[], first: MockLink.MockedResponse = detail) {
  renderWithApp(<WorkPlanPage />, {
    mocks: [signedInMock(), first, ...mocks],
    route: '/work-plans/p1',
    path: '/work-plans/:id',
  });
}

const organizationChoices: MockLink.MockedResponse = {
  request: { query: OrganizationChoicesDocument },
  result: {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        edges: [
          { __typename: 'OrganizationEdge', node: { __typename: 'Organization', id: 'unodc', acronym: 'UNODC' } },
        ],
      },
    },
  },
};

function unitChoices(organizationId: string, acronym: string, units: { id: string; acronym: string; name: string }[]) {
  return {
    request: { query: UnitChoicesDocument, variables: { organizationId } },
    result: {
      data: {
        organization: {
          __typename: 'Organization',
          id: organizationId,
          acronym,
          name: acronym,
          units: units.map((unit) => ({ __typename: 'OrganizationUnit', parentId: null, ...unit })),
        },
      },
    },
    maxUsageCount: 5,
  };
}

function projectChoices(search: string | null, projects: { id: string; title: string }[]): MockLink.MockedResponse {
  return {
    request: { query: ProjectChoicesDocument, variables: { search, first: 20 } },
    result: {
      data: {
        projects: {
          __typename: 'ProjectConnection',
          totalCount: projects.length,
          edges: projects.map((project) => ({
            __typename: 'ProjectEdge',
            node: { __typename: 'Project', ...project },
          })),
        },
      },
    },
    maxUsageCount: 5,
  };
}

// The plan's six months, and a month either side.
const activityChoices: MockLink.MockedResponse = {
  request: {
    query: ActivityChoicesDocument,
    variables: { from: '2019-12-01', to: '2020-07-31', search: null, first: 20 },
  },
  result: {
    data: {
      activities: {
        __typename: 'ActivityConnection',
        totalCount: 1,
        edges: [
          {
            __typename: 'ActivityEdge',
            node: { __typename: 'Activity', id: 'a1', title: 'Border workshop', startDate: '2020-03-02' },
          },
        ],
      },
    },
  },
  maxUsageCount: 5,
};

describe('WorkPlanPage board', () => {
  it('puts each item in the column of its status', async () => {
    renderPage([]);
    const done = await screen.findByRole('region', { name: 'Done' });
    expect(within(done).getByRole('link', { name: 'Regional workshop' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'On track' })).getByText('Screening guide')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Not started' })).getByText('Assessment visit'),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'At risk' })).queryAllByRole('link')).toHaveLength(0);
    // Moving is offered only on the items the viewer may edit.
    expect(screen.getAllByRole('button', { name: 'Move to…' })).toHaveLength(2);
  });

  it('filters the board by pillar', async () => {
    renderPage([]);
    await screen.findByText('Regional workshop');
    await userEvent.click(screen.getByRole('combobox', { name: 'Pillar' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Pillar I' }));
    expect(screen.queryByText('Regional workshop')).not.toBeInTheDocument();
    expect(screen.getByText('Screening guide')).toBeInTheDocument();
  });

  it('shows the items on a timeline of the six months', async () => {
    renderPage([]);
    await screen.findByText('Regional workshop');
    await userEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(await screen.findByText('Jan 2020')).toBeInTheDocument();
    expect(screen.getByText('Jun 2020')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Done' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Screening guide' })).toBeInTheDocument();
  });

  it('moves an item to another status with its menu', async () => {
    const moved = vi.fn(() => ({
      data: {
        updateWorkPlanItem: {
          ...item('i2', 'Screening guide', 'AT_RISK', {
            pillar: 'I',
            ownerOrganization: PLAN.items[1].ownerOrganization,
          }),
          progressNotes: [],
        },
      },
    }));
    renderPage([
      {
        request: { query: UpdateWorkPlanItemDocument, variables: { input: { id: 'i2', status: 'AT_RISK' } } },
        result: moved,
      },
    ]);
    const onTrack = await screen.findByRole('region', { name: 'On track' });
    await userEvent.click(within(onTrack).getByRole('button', { name: 'Move to…' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'At risk' }));
    await waitFor(() => expect(moved).toHaveBeenCalled());
    const atRisk = screen.getByRole('region', { name: 'At risk' });
    await waitFor(() => expect(within(atRisk).getByText('Screening guide')).toBeInTheDocument());
  });

  it('adds an item with its owner organization, a unit and a lead of it, linked to a project and an activity', async () => {
    const added = vi.fn(() => ({ data: { addWorkPlanItem: item('i9', 'Training of trainers', 'NOT_STARTED') } }));
    renderPage([
      organizationChoices,
      unitChoices('unodc', 'UNODC', [{ id: 'unit-tpb', acronym: 'TPB', name: 'Terrorism Prevention Branch' }]),
      projectChoices(null, []),
      projectChoices('Travel', [{ id: 'pr1', title: 'Countering Terrorist Travel Programme' }]),
      activityChoices,
      {
        request: { query: LeadChoicesDocument, variables: { organizationId: 'unodc', search: null, first: 20 } },
        result: {
          data: {
            users: {
              __typename: 'UserConnection',
              totalCount: 1,
              edges: [{ __typename: 'UserEdge', node: { __typename: 'User', id: 'u1', name: 'Amina Diallo' } }],
            },
          },
        },
      },
      {
        request: {
          query: AddWorkPlanItemDocument,
          variables: {
            input: {
              workPlanId: 'p1',
              title: 'Training of trainers',
              description: '',
              pillar: 'I',
              ownerOrganizationId: 'unodc',
              ownerUnitId: 'unit-tpb',
              leadIds: ['u1'],
              dueDate: '2020-06-30',
              projectIds: ['pr1'],
              activityIds: ['a1'],
            },
          },
        },
        result: added,
      },
      detail,
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add an item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an item' });
    await user.type(within(dialog).getByRole('textbox', { name: /Work plan item/ }), 'Training of trainers');
    await user.click(within(dialog).getByRole('combobox', { name: /Owner organization/ }));
    await user.click(await screen.findByRole('option', { name: 'UNODC' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Unit of the owner organization' }));
    await user.click(await screen.findByRole('option', { name: 'TPB – Terrorism Prevention Branch' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Leads' }));
    await user.click(await screen.findByRole('option', { name: 'Amina Diallo' }));
    // Projects are searched on the api by title.
    await user.type(within(dialog).getByRole('combobox', { name: 'Linked projects' }), 'Travel');
    await user.click(await screen.findByRole('option', { name: 'Countering Terrorist Travel Programme' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Linked activities' }));
    await user.click(await screen.findByRole('option', { name: /Border workshop.* \(Mar 2, 2020\)/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add an item' }));
    await waitFor(() => expect(added).toHaveBeenCalled());
  });

  it('shows a unit’s plan with its unit and organization, and adds items to the unit to begin with', async () => {
    const unitPlan: MockLink.MockedResponse = {
      request: { query: WorkPlanDetailDocument, variables: { id: 'p1' } },
      result: {
        data: {
          workPlan: {
            ...PLAN,
            title: 'UNCCT work plan',
            workingGroup: null,
            unit: {
              __typename: 'OrganizationUnit',
              id: 'unit-uncct',
              acronym: 'UNCCT',
              name: 'UN Counter-Terrorism Centre',
            },
            organization: {
              __typename: 'Organization',
              id: 'unoct',
              acronym: 'UNOCT',
              name: 'UN Office of Counter-Terrorism',
            },
            items: [],
          },
        },
      },
      maxUsageCount: 2,
    };
    const added = vi.fn(() => ({ data: { addWorkPlanItem: item('i9', 'Innovation review', 'NOT_STARTED') } }));
    renderPage(
      [
        organizationChoices,
        unitChoices('unoct', 'UNOCT', [
          { id: 'unit-uncct', acronym: 'UNCCT', name: 'UN Counter-Terrorism Centre' },
          { id: 'unit-spib', acronym: 'SPIB', name: 'Special Projects and Innovation Branch' },
        ]),
        projectChoices(null, []),
        activityChoices,
        {
          request: { query: LeadChoicesDocument, variables: { organizationId: 'unoct', search: null, first: 20 } },
          result: { data: { users: { __typename: 'UserConnection', totalCount: 0, edges: [] } } },
        },
        {
          request: {
            query: AddWorkPlanItemDocument,
            variables: {
              input: {
                workPlanId: 'p1',
                title: 'Innovation review',
                description: '',
                pillar: 'I',
                ownerOrganizationId: 'unoct',
                ownerUnitId: 'unit-uncct',
                leadIds: [],
                dueDate: '2020-06-30',
                projectIds: [],
                activityIds: [],
              },
            },
          },
          result: added,
        },
      ],
      unitPlan,
    );
    await screen.findByRole('heading', { name: 'UNCCT work plan' });
    expect(screen.getByText('UNCCT – UN Counter-Terrorism Centre')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'UNOCT' })).toHaveAttribute('href', '/organizations/unoct');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an item' });
    await user.type(within(dialog).getByRole('textbox', { name: /Work plan item/ }), 'Innovation review');
    expect(within(dialog).getByRole('combobox', { name: /Owner organization/ })).toHaveValue('UNOCT');
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: 'Unit of the owner organization' })).toHaveValue(
        'UNCCT – UN Counter-Terrorism Centre',
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add an item' }));
    await waitFor(() => expect(added).toHaveBeenCalled());
  });
});

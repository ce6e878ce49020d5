import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import {
  AddWorkPlanItemDocument,
  LeadChoicesDocument,
  OrganizationChoicesDocument,
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

function renderPage(mocks: MockLink.MockedResponse[]) {
  renderWithApp(<WorkPlanPage />, {
    mocks: [signedInMock(), detail, ...mocks],
    route: '/work-plans/p1',
    path: '/work-plans/:id',
  });
}

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

  it('adds an item with its owner organization and a lead of it', async () => {
    const added = vi.fn(() => ({ data: { addWorkPlanItem: item('i9', 'Training of trainers', 'NOT_STARTED') } }));
    renderPage([
      {
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
      },
      {
        request: { query: LeadChoicesDocument, variables: { organizationId: 'unodc' } },
        result: {
          data: {
            users: {
              __typename: 'UserConnection',
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
              leadIds: ['u1'],
              dueDate: '2020-06-30',
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
    await user.click(within(dialog).getByRole('combobox', { name: 'Leads' }));
    await user.click(await screen.findByRole('option', { name: 'Amina Diallo' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add an item' }));
    await waitFor(() => expect(added).toHaveBeenCalled());
  });
});

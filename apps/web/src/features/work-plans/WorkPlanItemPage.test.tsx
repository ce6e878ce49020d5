import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import {
  ActivityChoicesDocument,
  ProjectChoicesDocument,
  UnitChoicesDocument,
  UpdateWorkPlanItemDocument,
  WorkPlanItemDetailDocument,
} from './operations';
import { WorkPlanItemPage } from './WorkPlanItemPage';

const ITEM = {
  __typename: 'WorkPlanItem',
  id: 'i1',
  title: 'Assessment visit',
  status: 'ON_TRACK',
  pillar: 'I',
  dueDate: '2020-06-30',
  viewerMayEdit: true,
  ownerOrganization: { __typename: 'Organization', id: 'unodc', acronym: 'UNODC' },
  ownerUnit: null as null | { __typename: string; id: string; acronym: string; name: string },
  leads: [{ __typename: 'Author', name: 'Amina Diallo' }],
  description: 'With the **coast guard**.',
  descriptionHtml: '<p>With the <strong>coast guard</strong>.</p>',
  workPlan: {
    __typename: 'WorkPlan',
    id: 'p1',
    title: 'BMLE work plan',
    period: { __typename: 'WorkPlanPeriod', from: '2020-01-01', to: '2020-06-30' },
  },
  progressNotes: [
    {
      __typename: 'WorkPlanProgressNote',
      id: 'n1',
      text: 'Dates agreed.',
      date: '2020-03-02',
      author: { __typename: 'Author', name: 'Amina Diallo' },
    },
  ],
  projects: [{ __typename: 'Project', id: 'pr1', title: 'Countering Terrorist Travel Programme' }],
  activities: [] as { __typename: string; id: string; title: string }[],
};

const TPB = { __typename: 'OrganizationUnit', id: 'unit-tpb', acronym: 'TPB', name: 'Terrorism Prevention Branch' };

/** What the form offers: the owner organization's units, projects by title, activities around the plan. */
const choices: MockLink.MockedResponse[] = [
  {
    request: { query: UnitChoicesDocument, variables: { organizationId: 'unodc' } },
    result: {
      data: {
        organization: {
          __typename: 'Organization',
          id: 'unodc',
          acronym: 'UNODC',
          name: 'UN Office on Drugs and Crime',
          units: [{ ...TPB, parentId: null }],
        },
      },
    },
    maxUsageCount: 5,
  },
  {
    request: { query: ProjectChoicesDocument, variables: { search: null, first: 20 } },
    result: {
      data: {
        projects: {
          __typename: 'ProjectConnection',
          totalCount: 2,
          edges: [
            {
              __typename: 'ProjectEdge',
              node: { __typename: 'Project', id: 'pr1', title: 'Countering Terrorist Travel Programme' },
            },
            { __typename: 'ProjectEdge', node: { __typename: 'Project', id: 'pr2', title: 'Border security' } },
          ],
        },
      },
    },
    maxUsageCount: 5,
  },
  {
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
  },
];

const detail = (item: typeof ITEM): MockLink.MockedResponse => ({
  request: { query: WorkPlanItemDetailDocument, variables: { id: 'i1' } },
  result: { data: { workPlanItem: item } },
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  renderWithApp(<WorkPlanItemPage />, {
    mocks: [signedInMock(), ...choices, ...mocks],
    route: '/work-plans/items/i1',
    path: '/work-plans/items/:id',
  });
}

describe('WorkPlanItemPage', () => {
  it('shows the item, its sanitized description, links and progress notes', async () => {
    renderPage([detail(ITEM)]);
    expect(await screen.findByRole('heading', { name: 'Assessment visit' })).toBeInTheDocument();
    expect(screen.getByText('coast guard').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'Countering Terrorist Travel Programme' })).toHaveAttribute(
      'href',
      '/projects/pr1',
    );
    expect(screen.getByText('Dates agreed.')).toBeInTheDocument();
    expect(screen.getByText(/Amina Diallo/, { selector: 'p' })).toBeInTheDocument();
  });

  it('appends a progress note with a change of status', async () => {
    const updated = vi.fn(() => ({ data: { updateWorkPlanItem: { ...ITEM, status: 'AT_RISK' } } }));
    renderPage([
      detail(ITEM),
      {
        request: {
          query: UpdateWorkPlanItemDocument,
          variables: {
            input: {
              id: 'i1',
              title: 'Assessment visit',
              description: 'With the **coast guard**.',
              pillar: 'I',
              dueDate: '2020-06-30',
              status: 'AT_RISK',
              progressNote: 'Visas delayed.',
              progressNoteDate: null,
            },
          },
        },
        result: updated,
      },
      detail({ ...ITEM, status: 'AT_RISK' }),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'At risk' }));
    await user.type(screen.getByRole('textbox', { name: 'Progress note' }), 'Visas delayed.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(updated).toHaveBeenCalled());
  });

  it('shows the item’s unit and its links by kind', async () => {
    renderPage([
      detail({
        ...ITEM,
        viewerMayEdit: false,
        ownerUnit: TPB,
        activities: [{ __typename: 'Activity', id: 'a1', title: 'Border workshop' }],
      }),
    ]);
    await screen.findByRole('heading', { name: 'Assessment visit' });
    expect(screen.getByText('TPB – Terrorism Prevention Branch')).toBeInTheDocument();
    const activities = screen.getByRole('list', { name: 'Linked activities' });
    expect(within(activities).getByRole('link', { name: 'Border workshop' })).toHaveAttribute('href', '/activities/a1');
    const projects = screen.getByRole('list', { name: 'Linked projects' });
    expect(within(projects).getByRole('link', { name: 'Countering Terrorist Travel Programme' })).toBeInTheDocument();
  });

  it('places the item in a unit and changes its links', async () => {
    const updated = vi.fn(() => ({
      data: { updateWorkPlanItem: { ...ITEM, ownerUnit: TPB, progressNotes: ITEM.progressNotes } },
    }));
    renderPage([
      detail(ITEM),
      {
        request: {
          query: UpdateWorkPlanItemDocument,
          variables: {
            input: {
              id: 'i1',
              title: 'Assessment visit',
              description: 'With the **coast guard**.',
              pillar: 'I',
              dueDate: '2020-06-30',
              status: 'ON_TRACK',
              ownerUnitId: 'unit-tpb',
              projectIds: ['pr1', 'pr2'],
              activityIds: ['a1'],
              progressNote: null,
              progressNoteDate: null,
            },
          },
        },
        result: updated,
      },
      detail({ ...ITEM, ownerUnit: TPB }),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: 'Unit of the owner organization' }));
    await user.click(await screen.findByRole('option', { name: 'TPB – Terrorism Prevention Branch' }));
    await user.click(screen.getByRole('combobox', { name: 'Linked projects' }));
    await user.click(await screen.findByRole('option', { name: 'Border security' }));
    await user.click(screen.getByRole('combobox', { name: 'Linked activities' }));
    await user.click(await screen.findByRole('option', { name: /Border workshop.* \(Mar 2, 2020\)/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(updated).toHaveBeenCalled());
  });

  it('takes the item out of its unit, leaving its links alone', async () => {
    const updated = vi.fn(() => ({ data: { updateWorkPlanItem: { ...ITEM, progressNotes: ITEM.progressNotes } } }));
    renderPage([
      detail({ ...ITEM, ownerUnit: TPB }),
      {
        request: {
          query: UpdateWorkPlanItemDocument,
          variables: {
            input: {
              id: 'i1',
              title: 'Assessment visit',
              description: 'With the **coast guard**.',
              pillar: 'I',
              dueDate: '2020-06-30',
              status: 'ON_TRACK',
              clearOwnerUnit: true,
              progressNote: null,
              progressNoteDate: null,
            },
          },
        },
        result: updated,
      },
      detail(ITEM),
    ]);
    const user = userEvent.setup();
    const unit = await screen.findByRole('combobox', { name: 'Unit of the owner organization' });
    await waitFor(() => expect(unit).toHaveValue('TPB – Terrorism Prevention Branch'));
    // Choosing the chosen unit again leaves it.
    await user.click(unit);
    await user.click(await screen.findByRole('option', { name: 'TPB – Terrorism Prevention Branch' }));
    expect(unit).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(updated).toHaveBeenCalled());
  });

  it('offers no form to those who may not edit the item', async () => {
    renderPage([detail({ ...ITEM, viewerMayEdit: false })]);
    await screen.findByRole('heading', { name: 'Assessment visit' });
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});

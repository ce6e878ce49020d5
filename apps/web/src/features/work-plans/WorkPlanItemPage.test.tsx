import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { UpdateWorkPlanItemDocument, WorkPlanItemDetailDocument } from './operations';
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
  ownerUnit: null,
  leads: [{ __typename: 'Author', name: 'Amina Diallo' }],
  description: 'With the **coast guard**.',
  descriptionHtml: '<p>With the <strong>coast guard</strong>.</p>',
  workPlan: { __typename: 'WorkPlan', id: 'p1', title: 'BMLE work plan' },
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
  activities: [],
};

const detail = (item: typeof ITEM): MockLink.MockedResponse => ({
  request: { query: WorkPlanItemDetailDocument, variables: { id: 'i1' } },
  result: { data: { workPlanItem: item } },
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  renderWithApp(<WorkPlanItemPage />, {
    mocks: [signedInMock(), ...mocks],
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

  it('offers no form to those who may not edit the item', async () => {
    renderPage([detail({ ...ITEM, viewerMayEdit: false })]);
    await screen.findByRole('heading', { name: 'Assessment visit' });
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});

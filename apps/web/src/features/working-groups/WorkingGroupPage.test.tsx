import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { SetWorkingGroupMembershipDocument, WorkingGroupDetailDocument } from './operations';
import { WorkingGroupPage } from './WorkingGroupPage';

function membership(id: string, acronym: string, name: string, role: string, fromDate: string | null = null) {
  return {
    __typename: 'WorkingGroupMembership',
    role,
    fromDate,
    toDate: null,
    organization: { __typename: 'Organization', id, acronym, kind: 'COMPACT_ENTITY', name },
  };
}

function groupAnswer(canEdit: boolean): MockLink.MockedResponse {
  return {
    request: { query: WorkingGroupDetailDocument, variables: { id: 'bmle', language: 'en' } },
    result: {
      data: {
        workingGroup: {
          __typename: 'WorkingGroup',
          id: 'bmle',
          key: 'BMLE',
          kind: 'THEMATIC',
          confirmed: true,
          name: 'Border Management and Law Enforcement',
          viewerCanEditMemberships: canEdit,
          memberships: [
            membership('unodc', 'UNODC', 'UN Office on Drugs and Crime', 'CHAIR', '2018-02-23'),
            membership('interpol', 'INTERPOL', 'INTERPOL', 'MEMBER'),
          ],
        },
      },
    },
    maxUsageCount: 5,
  };
}

const route = { route: '/working-groups/bmle', path: '/working-groups/:id' };

describe('WorkingGroupPage', () => {
  it('shows roles and dates, without editing for those who may not', async () => {
    renderWithApp(<WorkingGroupPage />, { ...route, mocks: [signedInMock(), groupAnswer(false)] });
    const row = (await screen.findByRole('link', { name: 'UNODC' })).closest('tr')!;
    expect(within(row).getByText('Chair')).toBeInTheDocument();
    expect(within(row).getByText(/2018/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add an organization' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit the membership/ })).not.toBeInTheDocument();
  });

  it('lets an admin make a member vice-chair from a date', async () => {
    const saved = vi.fn(() => ({
      data: {
        setWorkingGroupMembership: {
          __typename: 'WorkingGroupMembership',
          role: 'VICE_CHAIR',
          fromDate: '2020-01-01',
          toDate: null,
        },
      },
    }));
    renderWithApp(<WorkingGroupPage />, {
      ...route,
      mocks: [
        signedInMock(),
        groupAnswer(true),
        { request: { query: SetWorkingGroupMembershipDocument, variables: () => true }, result: saved },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit the membership of INTERPOL' }));
    const dialog = await screen.findByRole('dialog', { name: /^Membership of .*INTERPOL/ });
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Vice-chair' }));
    await user.type(within(dialog).getByLabelText('To'), '12/31/2019');
    await user.type(within(dialog).getByLabelText('From'), '01/01/2020');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('The end cannot be before the start.')).toBeInTheDocument();
    expect(saved).not.toHaveBeenCalled();

    await user.clear(within(dialog).getByLabelText('To'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(saved).toHaveBeenCalledWith({
      input: {
        workingGroupId: 'bmle',
        organizationId: 'interpol',
        role: 'VICE_CHAIR',
        fromDate: '2020-01-01',
        toDate: null,
      },
    });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import {
  CreateOrganizationUnitDocument,
  OrganizationDetailDocument,
  OrganizationPeopleDocument,
  SetUserUnitDocument,
} from './operations';
import { OrganizationPage } from './OrganizationPage';

function unit(id: string, acronym: string, name: string, parentId: string | null, confirmed = true) {
  return {
    __typename: 'OrganizationUnit',
    id,
    acronym,
    confirmed,
    parentId,
    name,
    en: name,
    fr: null,
    es: null,
    ru: null,
    zh: null,
    ar: null,
  };
}

function organizationAnswer(canManage: boolean): MockLink.MockedResponse {
  return {
    request: { query: OrganizationDetailDocument, variables: { id: 'unoct', language: 'en' } },
    result: {
      data: {
        organization: {
          __typename: 'Organization',
          id: 'unoct',
          acronym: 'UNOCT',
          name: 'United Nations Office of Counter-Terrorism',
          kind: 'COMPACT_ENTITY',
          entityType: 'SECRETARIAT',
          status: 'MEMBER',
          confirmed: true,
          countryCode: null,
          regionalGroup: null,
          joinedAt: null,
          leftAt: null,
          note: null,
          viewerCanEdit: canManage,
          viewerCanManageUnits: canManage,
          names: 'United Nations Office of Counter-Terrorism',
          nameFr: 'Bureau de lutte contre le terrorisme',
          nameEs: 'Oficina de Lucha contra el Terrorismo',
          nameRu: 'Контртеррористическое управление',
          nameZh: '反恐怖主义办公室',
          nameAr: 'مكتب مكافحة الإرهاب',
          units: [
            unit('spib', 'SPIB', 'Special Projects and Innovation Branch', null),
            unit('uncct', 'UNCCT', 'United Nations Counter-Terrorism Centre', null),
            unit('cbs', 'CBS', 'Capacity-Building Section', 'uncct', false),
          ],
          workingGroups: [],
        },
      },
    },
    maxUsageCount: 5,
  };
}

const peopleAnswer: MockLink.MockedResponse = {
  request: { query: OrganizationPeopleDocument, variables: { organizationId: 'unoct' } },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
        edges: [
          {
            __typename: 'UserEdge',
            node: {
              __typename: 'User',
              id: 'carlos',
              name: 'Carlos Mendoza',
              email: 'coordinator@unoct.example',
              role: 'COORDINATOR',
              isOrganizationAdmin: false,
              disabled: false,
              unit: { __typename: 'OrganizationUnit', id: 'spib' },
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 5,
};

const route = { route: '/organizations/unoct', path: '/organizations/:id' };

describe('OrganizationPage', () => {
  it('shows the units as a tree, without editing for those who may not', async () => {
    renderWithApp(<OrganizationPage />, { ...route, mocks: [signedInMock(), organizationAnswer(false), peopleAnswer] });

    const section = (await screen.findByRole('heading', { level: 2, name: 'Units' })).closest('section')!;
    const uncct = within(section).getByText('United Nations Counter-Terrorism Centre').closest('li')!;
    // The section is nested under UNCCT, and marked unconfirmed.
    expect(within(uncct).getByText('Capacity-Building Section')).toBeInTheDocument();
    expect(within(uncct).getByText('Unconfirmed')).toBeInTheDocument();
    const spib = within(section).getByText('Special Projects and Innovation Branch').closest('li')!;
    expect(within(spib).queryByText('Capacity-Building Section')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Add a unit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    // A person's unit is shown, not offered for change.
    const row = (await screen.findByText('Carlos Mendoza')).closest('tr')!;
    expect(within(row).getByText('SPIB – Special Projects and Innovation Branch')).toBeInTheDocument();
    expect(within(row).queryByRole('combobox')).not.toBeInTheDocument();
  });

  it("lets the organization's admins place a person in a unit", async () => {
    const placed = vi.fn(() => ({
      data: {
        setUserUnit: { __typename: 'User', id: 'carlos', unit: { __typename: 'OrganizationUnit', id: 'uncct' } },
      },
    }));
    renderWithApp(<OrganizationPage />, {
      ...route,
      mocks: [
        signedInMock(),
        organizationAnswer(true),
        peopleAnswer,
        { request: { query: SetUserUnitDocument, variables: () => true }, result: placed },
      ],
    });
    const user = userEvent.setup();

    const select = await screen.findByRole('combobox', { name: 'Unit of Carlos Mendoza' });
    expect(select).toHaveValue('SPIB – Special Projects and Innovation Branch');
    await user.click(select);
    await user.click(await screen.findByRole('option', { name: 'UNCCT – United Nations Counter-Terrorism Centre' }));
    await waitFor(() => expect(placed).toHaveBeenCalledWith({ input: { userId: 'carlos', unitId: 'uncct' } }));
  });

  it('lets an admin add a unit under another, with its names', async () => {
    const created = vi.fn(() => ({ data: { createOrganizationUnit: { __typename: 'OrganizationUnit', id: 'new' } } }));
    renderWithApp(<OrganizationPage />, {
      ...route,
      mocks: [
        signedInMock(),
        organizationAnswer(true),
        peopleAnswer,
        { request: { query: CreateOrganizationUnitDocument, variables: () => true }, result: created },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add a unit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a unit' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Enter the name in English.')).toBeInTheDocument();
    expect(created).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText('Acronym'), 'PMU');
    await user.type(within(dialog).getByLabelText(/^Name \(English\)/), 'Programme Management Unit');
    await user.type(within(dialog).getByLabelText(/^Name \(Français\)/), 'Groupe de la gestion des programmes');
    await user.click(within(dialog).getByPlaceholderText('None (a top-level unit)'));
    await user.click(await screen.findByRole('option', { name: 'UNCCT – United Nations Counter-Terrorism Centre' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(created).toHaveBeenCalledWith({
      input: {
        organizationId: 'unoct',
        acronym: 'PMU',
        names: { en: 'Programme Management Unit', fr: 'Groupe de la gestion des programmes' },
        parentId: 'uncct',
        confirmed: true,
      },
    });
  });

  it('offers platform admins to edit the organization', async () => {
    renderWithApp(<OrganizationPage />, { ...route, mocks: [signedInMock(), organizationAnswer(true), peopleAnswer] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the organization' });
    const arabic = within(dialog).getByLabelText(/^Name \(العربية\)/);
    expect(arabic).toHaveValue('مكتب مكافحة الإرهاب');
    // Written right to left whatever the page's direction.
    expect(arabic.closest('[dir="rtl"]')).not.toBeNull();
    await user.type(within(dialog).getByLabelText('Joined'), '2018-02-23');
    await user.type(within(dialog).getByLabelText('Left'), '2017-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('The date it left cannot be before the date it joined.'),
    ).toBeInTheDocument();
  });
});

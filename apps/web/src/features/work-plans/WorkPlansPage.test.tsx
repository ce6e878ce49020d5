import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { OrganizationOptionsDocument } from '../../components/operations';
import { adminCan, adminUser, renderWithApp, signedInMock } from '../../test/render';
import type { SessionUser } from '../../session';
import { CreateWorkPlanDocument, UnitChoicesDocument, WorkPlanOwnersDocument, WorkPlansDocument } from './operations';
import { WorkPlansPage } from './WorkPlansPage';

const coordinator: SessionUser = { ...adminUser, role: 'COORDINATOR', isOrganizationAdmin: false };
/** UNODC's admin: plans for UNODC's units only. */
const unodcAdmin: SessionUser = {
  ...adminUser,
  role: 'ENTITY_MEMBER',
  isOrganizationAdmin: true,
  organization: { id: 'unodc', acronym: 'UNODC', kind: 'COMPACT_ENTITY' },
};
const unodcMember: SessionUser = { ...unodcAdmin, isOrganizationAdmin: false };

const UNOCT = { __typename: 'Organization', id: 'unoct', acronym: 'UNOCT', name: 'UN Office of Counter-Terrorism' };

const plans: MockLink.MockedResponse = {
  request: { query: WorkPlansDocument },
  result: {
    data: {
      workPlans: {
        __typename: 'WorkPlanConnection',
        totalCount: 2,
        totalCountIsExact: true,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: 'WorkPlanEdge',
            node: {
              __typename: 'WorkPlan',
              id: 'p1',
              title: 'BMLE work plan',
              year: 2020,
              half: 1,
              workingGroup: { __typename: 'WorkingGroup', id: 'g1', key: 'BMLE', name: 'Border management' },
              unit: null,
              organization: null,
            },
          },
          {
            __typename: 'WorkPlanEdge',
            node: {
              __typename: 'WorkPlan',
              id: 'p2',
              title: 'UNCCT work plan',
              year: 2020,
              half: 2,
              workingGroup: null,
              unit: {
                __typename: 'OrganizationUnit',
                id: 'unit-uncct',
                acronym: 'UNCCT',
                name: 'UN Counter-Terrorism Centre',
              },
              organization: UNOCT,
            },
          },
        ],
      },
    },
  },
};

function owners(mayCreate: boolean): MockLink.MockedResponse {
  return {
    request: { query: WorkPlanOwnersDocument },
    result: {
      data: {
        workingGroups: [
          {
            __typename: 'WorkingGroup',
            id: 'g1',
            key: 'BMLE',
            name: 'Border management',
            viewerMayCreateWorkPlan: mayCreate,
          },
        ],
      },
    },
  };
}

function units(organization: { id: string; acronym: string; name: string }, list: { id: string; acronym: string }[]) {
  return {
    request: { query: UnitChoicesDocument, variables: { organizationId: organization.id } },
    result: {
      data: {
        organization: {
          __typename: 'Organization',
          ...organization,
          units: list.map((unit) => ({ __typename: 'OrganizationUnit', name: unit.acronym, parentId: null, ...unit })),
        },
      },
    },
    maxUsageCount: 5,
  };
}

const organizationOptions: MockLink.MockedResponse = {
  request: { query: OrganizationOptionsDocument, variables: { language: 'en', search: null, kind: null } },
  result: {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        edges: [{ __typename: 'OrganizationEdge', node: { ...UNOCT, kind: 'COMPACT_ENTITY' } }],
      },
    },
  },
  maxUsageCount: 5,
};

function created(input: Record<string, unknown>, answer: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: CreateWorkPlanDocument, variables: { input } }, result: answer };
}

const year = new Date().getUTCFullYear();

function renderPage(user: SessionUser, mocks: MockLink.MockedResponse[]) {
  // What the api's policy answers: staff plan for any organization's units, an organization's admins for theirs.
  const staff = user.role === 'ADMIN' || user.role === 'COORDINATOR';
  const can = { ...adminCan, planForAnyUnit: staff, planForOwnUnits: staff || user.isOrganizationAdmin };
  renderWithApp(<WorkPlansPage />, {
    mocks: [signedInMock(user, can), plans, ...mocks],
    route: '/work-plans',
    routes: [{ path: '/work-plans/:id', element: <p>The new plan</p> }],
  });
}

describe('WorkPlansPage', () => {
  it('lists the plans of groups and of units, a unit’s with its organization', async () => {
    renderPage(coordinator, [owners(false)]);
    const unitRow = (await screen.findByRole('link', { name: 'UNCCT work plan' })).closest('tr') as HTMLElement;
    expect(within(unitRow).getByText('UNCCT – UN Counter-Terrorism Centre')).toBeInTheDocument();
    expect(within(unitRow).getByRole('link', { name: 'UNOCT' })).toHaveAttribute('href', '/organizations/unoct');
    expect(within(unitRow).getByText('2020, half 2')).toBeInTheDocument();
    const groupRow = screen.getByRole('link', { name: 'BMLE work plan' }).closest('tr') as HTMLElement;
    expect(within(groupRow).getByText('Border management')).toBeInTheDocument();
  });

  it('lets a coordinator make the plan of a unit of any organization', async () => {
    const answer = vi.fn(() => ({ data: { createWorkPlan: { __typename: 'WorkPlan', id: 'p9' } } }));
    renderPage(coordinator, [
      owners(true),
      organizationOptions,
      units(UNOCT, [
        { id: 'unit-uncct', acronym: 'UNCCT' },
        { id: 'unit-spib', acronym: 'SPIB' },
      ]),
      created({ unitId: 'unit-spib', year, half: 2, title: 'SPIB work plan' }, answer),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New work plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'New work plan' });
    await user.click(within(dialog).getByRole('radio', { name: 'An organization unit' }));
    expect(within(dialog).queryByRole('combobox', { name: /Working group/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /Organization/ }));
    await user.click(await screen.findByRole('option', { name: 'UNOCT – UN Office of Counter-Terrorism' }));
    await user.click(within(dialog).getByRole('combobox', { name: /Unit/ }));
    await user.click(await screen.findByRole('option', { name: 'SPIB' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Half year' }));
    await user.click(await screen.findByRole('option', { name: 'July to December' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Title of the plan/ }), 'SPIB work plan');
    await user.click(within(dialog).getByRole('button', { name: 'New work plan' }));
    await waitFor(() => expect(answer).toHaveBeenCalled());
    expect(await screen.findByText('The new plan')).toBeInTheDocument();
  });

  it('asks for a unit before sending a unit’s plan', async () => {
    renderPage(coordinator, [owners(true), organizationOptions]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New work plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'New work plan' });
    await user.click(within(dialog).getByRole('radio', { name: 'An organization unit' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Title of the plan/ }), 'A plan');
    await user.click(within(dialog).getByRole('button', { name: 'New work plan' }));
    expect(await within(dialog).findByText('Choose the organization.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose a unit.')).toBeInTheDocument();
  });

  it('offers an organization’s admin the units of their own organization only', async () => {
    const answer = vi.fn(() => ({ data: { createWorkPlan: { __typename: 'WorkPlan', id: 'p9' } } }));
    renderPage(unodcAdmin, [
      owners(false),
      units({ id: 'unodc', acronym: 'UNODC', name: 'UN Office on Drugs and Crime' }, [
        { id: 'unit-tpb', acronym: 'TPB' },
      ]),
      created({ unitId: 'unit-tpb', year, half: 1, title: 'TPB work plan' }, answer),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New work plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'New work plan' });
    // No working group to choose: the plan is a unit's, of UNODC.
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('combobox', { name: /Organization/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /Unit/ }));
    await user.click(await screen.findByRole('option', { name: 'TPB' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Title of the plan/ }), 'TPB work plan');
    await user.click(within(dialog).getByRole('button', { name: 'New work plan' }));
    await waitFor(() => expect(answer).toHaveBeenCalled());
  });

  it('offers no form to those who may make no plan', async () => {
    renderPage(unodcMember, [owners(false)]);
    await screen.findByRole('link', { name: 'UNCCT work plan' });
    expect(screen.queryByRole('button', { name: 'New work plan' })).not.toBeInTheDocument();
  });
});

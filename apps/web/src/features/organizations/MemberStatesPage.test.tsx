import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { RegionalGroup } from '@ctcp/shared';
import { renderWithApp, signedInMock } from '../../test/render';
import { today } from './as-of';
import { MemberStatesPage } from './MemberStatesPage';
import { MemberStatesDocument } from './operations';

function state(id: string, name: string, countryCode: string, regionalGroup: RegionalGroup) {
  return {
    __typename: 'OrganizationEdge',
    cursor: id,
    node: { __typename: 'Organization', id, name, countryCode, regionalGroup, confirmed: true },
  };
}

function page(edges: ReturnType<typeof state>[], endCursor: string, hasNextPage: boolean) {
  return {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        totalCount: 4,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
        edges,
      },
    },
  };
}

// Two pages, as the api answers at most 100 States at a time.
const mocks: MockLink.MockedResponse[] = [
  signedInMock(),
  {
    // No date chosen: the directory as of today.
    request: { query: MemberStatesDocument, variables: { language: 'en', search: null, asOf: today() } },
    result: page(
      [state('dz', 'Algeria', 'DZ', 'AFRICAN'), state('af', 'Afghanistan', 'AF', 'ASIA_PACIFIC')],
      'cursor-1',
      true,
    ),
  },
  {
    request: {
      query: MemberStatesDocument,
      variables: { language: 'en', search: null, asOf: today(), after: 'cursor-1' },
    },
    result: page(
      [state('ao', 'Angola', 'AO', 'AFRICAN'), state('fr', 'France', 'FR', 'WESTERN_EUROPEAN_AND_OTHERS')],
      'cursor-3',
      false,
    ),
  },
];

describe('MemberStatesPage', () => {
  it('loads every page and shows the States under the heading of their regional group', async () => {
    renderWithApp(<MemberStatesPage />, { mocks, route: '/states' });

    const african = await screen.findByRole('heading', { level: 2, name: 'African States' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['African States', 'Asia-Pacific States', 'Western European and other States']);

    const africanSection = african.closest('section');
    expect(africanSection).not.toBeNull();
    const africanStates = within(africanSection as HTMLElement)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(africanStates).toEqual(['Algeria', 'Angola']);

    const western = screen.getByRole('heading', { level: 2, name: 'Western European and other States' });
    expect(within(western.closest('section') as HTMLElement).getByRole('link', { name: 'France' })).toHaveAttribute(
      'href',
      '/organizations/fr',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Member States' })).toBeInTheDocument();
  });

  it('shows the States as of the date in the address, and as of another date once chosen', async () => {
    const asOf = (date: string, states: ReturnType<typeof state>[]): MockLink.MockedResponse => ({
      request: { query: MemberStatesDocument, variables: { language: 'en', search: null, asOf: date } },
      result: { data: { ...page(states, 'end', false).data } },
    });
    renderWithApp(<MemberStatesPage />, {
      mocks: [
        signedInMock(),
        asOf('2020-03-31', [state('dz', 'Algeria', 'DZ', 'AFRICAN')]),
        asOf('2019-01-15', [state('fr', 'France', 'FR', 'WESTERN_EUROPEAN_AND_OTHERS')]),
      ],
      route: '/states?asOf=2020-03-31',
      path: '/states',
    });
    expect(await screen.findByRole('link', { name: 'Algeria' })).toBeInTheDocument();
    const date = screen.getByLabelText('As of');
    expect(date).toHaveValue('03/31/2020');
    await userEvent.type(date, '01/15/2019', { initialSelectionStart: 0, initialSelectionEnd: 10 });
    expect(await screen.findByRole('link', { name: 'France' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Algeria' })).not.toBeInTheDocument());
  });
});

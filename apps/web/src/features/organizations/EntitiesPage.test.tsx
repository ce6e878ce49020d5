import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { today } from './as-of';
import { EntitiesPage } from './EntitiesPage';
import { CompactEntitiesDocument } from './operations';

function entities(asOf: string, acronyms: string[]): MockLink.MockedResponse {
  return {
    request: { query: CompactEntitiesDocument, variables: { language: 'en', search: null, asOf } },
    result: {
      data: {
        organizations: {
          __typename: 'OrganizationConnection',
          totalCount: acronyms.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: acronyms.map((acronym) => ({
            __typename: 'OrganizationEdge',
            node: {
              __typename: 'Organization',
              id: acronym.toLowerCase(),
              acronym,
              name: acronym,
              entityType: 'SECRETARIAT',
              status: 'MEMBER',
              confirmed: true,
            },
          })),
        },
      },
    },
  };
}

describe('EntitiesPage', () => {
  it('lists the entities as of today, then as of the date chosen, kept in the address', async () => {
    renderWithApp(<EntitiesPage />, {
      mocks: [signedInMock(), entities(today(), ['UNOCT', 'IMF']), entities('2020-03-31', ['UNOCT'])],
      route: '/entities',
    });
    expect(await screen.findByRole('link', { name: 'IMF' })).toBeInTheDocument();
    const date = screen.getByLabelText('As of');
    expect(date).toHaveValue('');
    await userEvent.type(date, '03/31/2020');
    expect(await screen.findByText('Showing 1 of 1')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'IMF' })).not.toBeInTheDocument();
    expect(date).toHaveValue('03/31/2020');
  });

  it('clears the date back to today', async () => {
    renderWithApp(<EntitiesPage />, {
      mocks: [signedInMock(), entities('2020-03-31', ['UNOCT']), entities(today(), ['UNOCT', 'IMF'])],
      route: '/entities?asOf=2020-03-31',
      path: '/entities',
    });
    await screen.findByText('Showing 1 of 1');
    await userEvent.click(screen.getByRole('button', { name: 'Clear “As of”' }));
    expect(await screen.findByRole('link', { name: 'IMF' })).toBeInTheDocument();
  });
});

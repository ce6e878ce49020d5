import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { AgreementsPanel } from './AgreementsPanel';
import { AgreementsDocument } from './operations';

const FILTER = { type: null, from: null, to: null };

function agreement(index: number) {
  return {
    __typename: 'AgreementEdge',
    node: {
      __typename: 'Agreement',
      id: `ag${index}`,
      type: 'MOU',
      subject: `Agreement number ${index}`,
      dateSigned: '2031-01-01',
      place: null,
      project: null,
      parties: [
        { __typename: 'Organization', id: 'org-unodc', acronym: 'UNODC', kind: 'COMPACT_ENTITY', name: 'UNODC' },
      ],
    },
  };
}

/** The page of 100 (or fewer) from `start`, as the api answers it. */
function page(start: number, total: number, after?: string): MockLink.MockedResponse {
  const size = Math.min(100, total - start);
  const end = start + size;
  return {
    request: { query: AgreementsDocument, variables: { language: 'en', filter: FILTER, ...(after ? { after } : {}) } },
    result: {
      data: {
        agreements: {
          __typename: 'AgreementConnection',
          totalCount: total,
          pageInfo: { __typename: 'PageInfo', hasNextPage: end < total, endCursor: `cursor-${end}` },
          edges: Array.from({ length: size }, (_, index) => agreement(start + index + 1)),
        },
      },
    },
  };
}

const panel = (
  <WhenSignedIn>
    <AgreementsPanel />
  </WhenSignedIn>
);

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('AgreementsPanel', () => {
  it('shows how many of a thousand agreements it lists, and the next hundred on demand', async () => {
    renderWithApp(panel, {
      mocks: [signedInMock(), page(0, 1000), page(100, 1000, 'cursor-100')],
    });
    const user = userEvent.setup();

    expect(await screen.findByText('Showing 100 of 1,000')).toBeInTheDocument();
    expect(rows()).toHaveLength(100);

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 200 of 1,000')).toBeInTheDocument();
    const shown = rows();
    expect(shown).toHaveLength(200);
    // The next page comes after the first, in the api's order.
    expect(shown[99]).toHaveTextContent('Agreement number 100');
    expect(shown[100]).toHaveTextContent('Agreement number 101');
    expect(shown[199]).toHaveTextContent('Agreement number 200');
    expect(screen.getByRole('button', { name: 'Show more' })).toBeInTheDocument();
  });

  it('offers no more once the last page is shown', async () => {
    renderWithApp(panel, {
      mocks: [signedInMock(), page(0, 130), page(100, 130, 'cursor-100')],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 130 of 130')).toBeInTheDocument();
    expect(rows()).toHaveLength(130);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument());
  });

  it('shows a short list whole, without a button', async () => {
    renderWithApp(panel, { mocks: [signedInMock(), page(0, 3)] });
    expect(await screen.findByText('Showing 3 of 3')).toBeInTheDocument();
    expect(rows()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });
});

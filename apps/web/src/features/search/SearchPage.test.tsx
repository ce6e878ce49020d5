import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { SearchDocument } from './operations';
import { SearchPage } from './SearchPage';

function searchAnswer(
  variables: Record<string, unknown>,
  nodes: Record<string, unknown>[],
  hasNextPage = false,
): MockLink.MockedResponse {
  return {
    request: {
      query: SearchDocument,
      variables: { workspaceId: null, from: null, to: null, first: 20, kinds: null, ...variables },
    },
    result: {
      data: {
        search: {
          __typename: 'SearchConnection',
          totalCount: nodes.length,
          totalCountIsExact: true,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
          edges: nodes.map((node, index) => ({
            __typename: 'SearchEdge',
            cursor: `cursor-${index}`,
            node: { __typename: 'SearchHit', rank: 1 - index / 10, ...node },
          })),
        },
      },
    },
  };
}

const postHit = {
  kind: 'POST',
  id: 'post-1',
  title: 'Border security workshop',
  snippet: 'Notes on <mark>border</mark> checks & training',
  url: '/threads/thread-1#post-post-1',
  at: '2025-03-04T10:00:00.000Z',
  classification: 'CONFIDENTIAL',
};

const projectHit = {
  kind: 'PROJECT',
  id: 'project-1',
  title: 'Border management in Central Asia',
  snippet: 'Joint <mark>border</mark> management project',
  url: '/projects/project-1',
  at: '2025-01-15T08:00:00.000Z',
  classification: 'UNCLASSIFIED',
};

describe('SearchPage', () => {
  it('asks for words before searching', async () => {
    renderWithApp(<SearchPage />, { mocks: [signedInMock()], route: '/search' });

    expect(await screen.findByText('What are you looking for?')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
  });

  it('lists the hits with their kind, marking, a link to them, the marked snippet and the date', async () => {
    renderWithApp(<SearchPage />, {
      mocks: [signedInMock(), searchAnswer({ query: 'border' }, [postHit, projectHit])],
      route: '/search?q=border',
    });

    const list = await screen.findByRole('list', { name: 'Search results' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);

    const post = within(items[0]);
    expect(post.getByText('Posts')).toBeInTheDocument();
    expect(post.getByRole('link', { name: 'Border security workshop' })).toHaveAttribute(
      'href',
      '/threads/thread-1#post-post-1',
    );
    expect(post.getByText('border', { selector: 'mark' })).toBeInTheDocument();
    expect(post.getByText('Mar 4, 2025')).toBeInTheDocument();
    expect(post.getByText('Confidential')).toBeInTheDocument();

    const project = within(items[1]);
    expect(project.getByText('Projects')).toBeInTheDocument();
    expect(project.getByRole('link', { name: 'Border management in Central Asia' })).toHaveAttribute(
      'href',
      '/projects/project-1',
    );
    expect(project.queryByText('Unclassified')).not.toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2')).toBeInTheDocument();
  });

  it('passes the kinds and dates of the address to the api and says when nothing matches', async () => {
    renderWithApp(<SearchPage />, {
      mocks: [
        signedInMock(),
        searchAnswer({ query: 'nothing here', kinds: ['POST', 'THREAD'], from: '2025-01-01', to: '2025-06-30' }, []),
      ],
      route: '/search?q=nothing+here&kind=POST&kind=THREAD&from=2025-01-01&to=2025-06-30',
    });

    expect(await screen.findByText('No results for “nothing here”')).toBeInTheDocument();
    expect(screen.getByText('Try other words or clear the filters.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('01/01/2025');
    expect(screen.getByLabelText('To')).toHaveValue('06/30/2025');
  });
});

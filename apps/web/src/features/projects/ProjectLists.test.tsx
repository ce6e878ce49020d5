import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo-client';
import { renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { ProjectRequestsPageDocument } from './operations';
import { ProjectPage } from './ProjectPage';
import { coordinator, coordinatorCan, project, projectAnswer } from './projects.fixtures';

const request = (index: number) => ({
  __typename: 'AssistanceRequestEdge',
  node: {
    __typename: 'AssistanceRequest',
    id: `r${index}`,
    reference: `CTCP-2031-${String(index).padStart(4, '0')}`,
    title: `Request number ${index}`,
    status: 'IN_PROGRESS',
    requestingState: { __typename: 'Organization', id: 'org-kz', name: 'Kazakhstan' },
  },
});

const requests = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => request(from + index));

describe('ProjectPage lists', () => {
  it('shows the first hundred of a project’s requests, how many there are, and the others on demand', async () => {
    const delivering = project({
      classification: 'UNCLASSIFIED',
      participants: [],
      assistanceRequests: {
        __typename: 'AssistanceRequestConnection',
        totalCount: 150,
        pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'cursor-100' },
        edges: requests(1, 100),
      },
    });
    renderWithApp(
      <WhenSignedIn>
        <ProjectPage />
      </WhenSignedIn>,
      {
        mocks: [
          signedInMock(coordinator, coordinatorCan),
          projectAnswer(delivering),
          {
            request: {
              query: ProjectRequestsPageDocument,
              variables: { projectId: 'p1', language: 'en', after: 'cursor-100' },
            },
            result: {
              data: {
                assistanceRequests: {
                  __typename: 'AssistanceRequestConnection',
                  totalCount: 150,
                  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cursor-150' },
                  edges: requests(101, 150),
                },
              },
            },
          },
        ],
        route: '/projects/p1',
        path: '/projects/:id',
        cache: createCache(),
      },
    );
    const user = userEvent.setup();
    const section = (await screen.findByRole('heading', { name: 'Assistance requests delivered' })).closest(
      'section',
    ) as HTMLElement;

    expect(within(section).getAllByRole('listitem')).toHaveLength(100);
    expect(within(section).getByText('Showing 100 of 150')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Show more: Assistance requests delivered' }));
    expect(await within(section).findByText('Showing 150 of 150')).toBeInTheDocument();
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(150);
    expect(items[149]).toHaveTextContent('Request number 150');
    expect(within(section).queryByRole('button', { name: /^Show more/ })).not.toBeInTheDocument();
  });

  it('shows a short list without a count or a button', async () => {
    renderWithApp(
      <WhenSignedIn>
        <ProjectPage />
      </WhenSignedIn>,
      {
        mocks: [
          signedInMock(coordinator, coordinatorCan),
          projectAnswer(
            project({
              classification: 'UNCLASSIFIED',
              participants: [],
              assistanceRequests: {
                __typename: 'AssistanceRequestConnection',
                totalCount: 2,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cursor-2' },
                edges: requests(1, 2),
              },
            }),
          ),
        ],
        route: '/projects/p1',
        path: '/projects/:id',
        cache: createCache(),
      },
    );
    expect(await screen.findByText('Request number 2')).toBeInTheDocument();
    expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show more/ })).not.toBeInTheDocument();
  });
});

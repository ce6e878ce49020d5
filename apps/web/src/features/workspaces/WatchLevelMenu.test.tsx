import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { WatchWorkspaceDocument, WorkspaceDetailDocument, WorkspaceMembersDocument } from './operations';
import { WorkspacePage } from './WorkspacePage';

const workspaceId = 'ws-borders';

const detailAnswer: MockLink.MockedResponse = {
  request: { query: WorkspaceDetailDocument, variables: { id: workspaceId, language: 'en' } },
  result: {
    data: {
      workspace: {
        __typename: 'Workspace',
        id: workspaceId,
        name: 'Border security',
        description: '',
        kind: 'AD_HOC',
        visibility: 'OPEN',
        minimumClassification: 'UNCLASSIFIED',
        viewerRole: 'MEMBER',
        viewerCanPost: true,
        viewerCanManageMembers: false,
        viewerWatchLevel: 'NEW_THREADS',
        unreadThreadCount: 0,
        workingGroup: null,
        threads: {
          __typename: 'ThreadConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    },
  },
};

const membersAnswer: MockLink.MockedResponse = {
  request: { query: WorkspaceMembersDocument, variables: { id: workspaceId, language: 'en' } },
  result: {
    data: {
      workspace: {
        __typename: 'Workspace',
        id: workspaceId,
        visibility: 'OPEN',
        viewerCanManageMembers: false,
        viewerGrantableRoles: [],
        memberOrganizations: [],
        members: [],
      },
    },
  },
};

function watchAnswer(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: WatchWorkspaceDocument, variables: { input: { workspaceId, level: 'ALL' } } },
    result,
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  renderWithApp(
    <WhenSignedIn>
      <WorkspacePage />
    </WhenSignedIn>,
    {
      route: `/workspaces/${workspaceId}`,
      path: '/workspaces/:id',
      mocks: [signedInMock(), detailAnswer, membersAnswer, ...mocks],
    },
  );
  return userEvent.setup();
}

async function chooseAllPosts(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Notifications: New threads' }));
  const menu = await screen.findByRole('menu');
  const levels = within(menu).getAllByRole('menuitemradio');
  expect(levels.map((level) => level.textContent)).toEqual([
    'All postsEvery new thread and every reply in this workspace.',
    'New threadsEach new thread, and replies in the threads you follow. The default for members.',
    'Mentions onlyOnly mentions of you, and replies in the threads you follow. The default in open workspaces you only read.',
    'MutedNothing from this workspace.',
  ]);
  expect(within(menu).getByRole('menuitemradio', { name: /^New threads/ })).toHaveAttribute('aria-checked', 'true');
  await user.click(within(menu).getByRole('menuitemradio', { name: /^All posts/ }));
}

describe('WatchLevelMenu', () => {
  it('shows what the viewer hears of the workspace, and changes it', async () => {
    const watched = vi.fn(() => ({
      data: { watchWorkspace: { __typename: 'Workspace', id: workspaceId, viewerWatchLevel: 'ALL' } },
    }));
    const user = renderPage([watchAnswer(watched)]);

    await chooseAllPosts(user);

    expect(await screen.findByRole('status')).toHaveTextContent('Notifications for this workspace: All posts.');
    expect(screen.getByRole('button', { name: 'Notifications: All posts' })).toBeInTheDocument();
    expect(watched).toHaveBeenCalledTimes(1);
  });

  it('says why a change was refused and keeps the previous level', async () => {
    const user = renderPage([
      watchAnswer({ errors: [{ message: 'You may not read this workspace.', extensions: { code: 'FORBIDDEN' } }] }),
    ]);

    await chooseAllPosts(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Notifications: New threads' })).toBeInTheDocument());
    expect(screen.queryByText(/^Notifications for this workspace/)).not.toBeInTheDocument();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createCache } from '../../app/apollo-client';
import { UiProviders } from '../../app/Providers';
import { PostDocument, ToggleReactionDocument } from './operations';
import { ReactionsBar, toggledReactions } from './Reactions';

const reactionsBefore = [
  { __typename: 'ReactionSummary', emoji: '👍', count: 2, viewerReacted: false },
  { __typename: 'ReactionSummary', emoji: '🎉', count: 1, viewerReacted: true },
];

const post = {
  __typename: 'Post',
  id: 'p1',
  body: 'Hello',
  bodyHtml: '<p>Hello</p>',
  createdAt: '2026-01-01T00:00:00Z',
  editedAt: null,
  deleted: false,
  viewerCanEdit: false,
  viewerCanDelete: false,
  author: {
    __typename: 'Author',
    name: 'Ingrid Larsen',
    organization: { __typename: 'Organization', id: 'o1', acronym: 'UNODC', name: 'UNODC' },
    person: { __typename: 'User', id: 'u1' },
  },
  reactions: reactionsBefore,
  attachments: [],
  quotedPost: null,
};

const mocks: MockLink.MockedResponse[] = [
  { request: { query: PostDocument, variables: { id: 'p1' } }, result: { data: { post } } },
  {
    request: { query: ToggleReactionDocument, variables: { input: { postId: 'p1', emoji: '👍' } } },
    result: {
      data: {
        toggleReaction: {
          __typename: 'Post',
          id: 'p1',
          reactions: [
            { __typename: 'ReactionSummary', emoji: '👍', count: 3, viewerReacted: true },
            { __typename: 'ReactionSummary', emoji: '🎉', count: 1, viewerReacted: true },
          ],
        },
      },
    },
  },
];

/** A post as a page shows it: its reactions come from the cache, which the mutation updates. */
function PostReactions({ canReact }: { canReact: boolean }) {
  const { data } = useQuery(PostDocument, { variables: { id: 'p1' } });
  if (!data) return null;
  return <ReactionsBar postId="p1" reactions={data.post.reactions} canReact={canReact} />;
}

function renderReactions(canReact = true) {
  render(
    <UiProviders mantineEnv="test">
      <MockedProvider mocks={mocks} cache={createCache()}>
        <PostReactions canReact={canReact} />
      </MockedProvider>
    </UiProviders>,
  );
}

describe('ReactionsBar', () => {
  it('shows every allowed emoji as a toggle with its count and whether the viewer pressed it', async () => {
    renderReactions();

    const group = await screen.findByRole('group', { name: 'Reactions' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Thumbs up: 2',
      'Heart',
      'Celebrate: 1',
      'Looking into it',
      'Done',
      'Thank you',
    ]);
    expect(screen.getByRole('button', { name: 'Thumbs up: 2' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Celebrate: 1' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('toggles a reaction: pressed and counted at once, then as the api answers', async () => {
    renderReactions();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Thumbs up: 2' }));

    const pressed = await screen.findByRole('button', { name: 'Thumbs up: 3' });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Celebrate: 1' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows only the counts, not pressable, to people who may only read', async () => {
    renderReactions(false);

    const group = await screen.findByRole('group', { name: 'Reactions' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(2);
    for (const button of buttons) expect(button).toBeDisabled();
  });
});

describe('toggledReactions', () => {
  it('adds, increments and takes back the viewer’s reaction', () => {
    const before = [{ emoji: '👍', count: 1, viewerReacted: true }];
    expect(toggledReactions(before, '👍')).toEqual([]);
    expect(toggledReactions(before, '🎉')).toEqual([...before, { emoji: '🎉', count: 1, viewerReacted: true }]);
    expect(toggledReactions([{ emoji: '👍', count: 1, viewerReacted: false }], '👍')).toEqual([
      { emoji: '👍', count: 2, viewerReacted: true },
    ]);
  });
});

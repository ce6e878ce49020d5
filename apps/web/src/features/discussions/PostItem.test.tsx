import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo-client';
import { UiProviders } from '../../app/Providers';
import type { PostFieldsFragment } from '../../gql/graphql';
import { PostItem } from './PostItem';

const organization = { id: 'o-ph', acronym: null, name: 'Philippines' };

function post(person: PostFieldsFragment['author']['person'], name: string): PostFieldsFragment {
  return {
    id: 'p1',
    body: 'Hello',
    bodyHtml: '<p>Hello</p>',
    createdAt: '2026-01-01T00:00:00Z',
    editedAt: null,
    deleted: false,
    viewerCanEdit: false,
    viewerCanDelete: false,
    author: { name, organization, person },
    reactions: [],
    attachments: [],
    quotedPost: null,
  };
}

function renderPost(value: PostFieldsFragment) {
  render(
    <UiProviders mantineEnv="test">
      <MockedProvider cache={createCache()}>
        <MemoryRouter>
          <PostItem post={value} canEdit={false} canDelete={false} canReact={false} />
        </MemoryRouter>
      </MockedProvider>
    </UiProviders>,
  );
}

describe('PostItem', () => {
  it('links the author to their page when the viewer may see them', () => {
    renderPost(post({ id: 'u1' }, 'Maria Santos'));
    expect(screen.getByRole('link', { name: 'Maria Santos' })).toHaveAttribute('href', '/people/u1');
  });

  it('names only the organization of an author the viewer may not see, with no link to a person', () => {
    renderPost(post(null, 'Philippines'));
    expect(screen.getAllByText('Philippines').length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'Philippines' })).toBeNull();
    expect(document.querySelector('a[href^="/people/"]')).toBeNull();
  });
});

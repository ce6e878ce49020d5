import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { WorkspaceFilesDocument } from './operations';
import { WorkspaceFiles } from './WorkspaceFiles';

function filesAnswer(
  variables: Record<string, unknown>,
  nodes: Record<string, unknown>[],
  viewerCanPost = true,
): MockLink.MockedResponse {
  return {
    request: {
      query: WorkspaceFilesDocument,
      variables: { workspaceId: 'ws-1', query: null, contentTypes: null, orderBy: 'NEWEST', first: 20, ...variables },
    },
    result: {
      data: {
        workspace: {
          __typename: 'Workspace',
          id: 'ws-1',
          viewerCanPost,
          files: {
            __typename: 'WorkspaceFileConnection',
            totalCount: nodes.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: nodes.map((node, index) => ({
              __typename: 'WorkspaceFileEdge',
              cursor: `cursor-${index}`,
              node: { __typename: 'WorkspaceFile', ...node },
            })),
          },
        },
      },
    },
  };
}

const postFile = {
  id: 'file-1',
  fileName: 'border-checks.pdf',
  contentType: 'application/pdf',
  size: 1536,
  createdAt: '2025-03-04T10:00:00.000Z',
  url: '/attachments/file-1',
  viewerCanRemove: false,
  uploader: { __typename: 'Author', name: 'Ingrid Larsen' },
  post: {
    __typename: 'Post',
    id: 'post-1',
    thread: { __typename: 'Thread', id: 'thread-1', title: 'Watchlist sharing' },
  },
};

const addedFile = {
  id: 'file-2',
  fileName: 'contacts.csv',
  contentType: 'text/csv',
  size: 512,
  createdAt: '2025-03-05T10:00:00.000Z',
  url: '/attachments/file-2',
  viewerCanRemove: true,
  uploader: { __typename: 'Author', name: 'Amina Haddad' },
  post: null,
};

describe('WorkspaceFiles', () => {
  it('lists the files with their link, type, size, who, when and where they came from', async () => {
    renderWithApp(<WorkspaceFiles workspaceId="ws-1" label="Files of the workspace" />, {
      mocks: [signedInMock(), filesAnswer({}, [postFile, addedFile])],
    });

    const table = await screen.findByRole('table', { name: 'Files of the workspace' });
    const [, first, second] = within(table).getAllByRole('row');

    const pdf = within(first);
    const link = pdf.getByRole('link', { name: 'border-checks.pdf' });
    expect(link).toHaveAttribute('href', '/attachments/file-1');
    expect(link).toHaveAttribute('download', 'border-checks.pdf');
    expect(pdf.getByText('PDF')).toBeInTheDocument();
    expect(pdf.getByText('1.5 kB')).toBeInTheDocument();
    expect(pdf.getByText('Ingrid Larsen')).toBeInTheDocument();
    expect(pdf.getByText('Mar 4, 2025')).toBeInTheDocument();
    expect(pdf.getByRole('link', { name: 'Watchlist sharing' })).toHaveAttribute(
      'href',
      '/threads/thread-1#post-post-1',
    );
    expect(pdf.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();

    const csv = within(second);
    expect(csv.getByText('CSV table')).toBeInTheDocument();
    expect(csv.getByText('Added to the workspace')).toBeInTheDocument();
    expect(csv.getByRole('button', { name: 'Remove contacts.csv' })).toBeInTheDocument();

    expect(screen.getByText('Showing 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add files' })).toBeInTheDocument();
  });

  it('says when no file matches the search, and hides "Add files" from readers', async () => {
    renderWithApp(<WorkspaceFiles workspaceId="ws-1" label="Files of the workspace" />, {
      mocks: [signedInMock(), filesAnswer({}, [postFile], false), filesAnswer({ query: 'budget' }, [], false)],
    });

    await screen.findByRole('link', { name: 'border-checks.pdf' });
    expect(screen.queryByRole('button', { name: 'Add files' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the files' }), 'budget');

    expect(await screen.findByText('No file matches')).toBeInTheDocument();
    expect(screen.getByText('Try other words or clear the filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers nothing to add or remove when read only, whatever the workspace allows', async () => {
    renderWithApp(<WorkspaceFiles workspaceId="ws-1" label="Files of the workspace" readOnly />, {
      mocks: [signedInMock(), filesAnswer({}, [postFile, addedFile])],
    });

    const table = await screen.findByRole('table', { name: 'Files of the workspace' });
    expect(within(table).getByRole('link', { name: 'contacts.csv' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add files' })).not.toBeInTheDocument();
  });

  it('says so when the workspace has no file yet', async () => {
    renderWithApp(<WorkspaceFiles workspaceId="ws-1" label="Files of the workspace" />, {
      mocks: [signedInMock(), filesAnswer({}, [])],
    });

    expect(await screen.findByText('No files yet')).toBeInTheDocument();
  });
});

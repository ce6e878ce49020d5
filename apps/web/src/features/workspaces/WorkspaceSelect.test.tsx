import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { WorkspaceOptionNameDocument, WorkspaceOptionsDocument } from './operations';
import { WorkspaceSelect } from './WorkspaceSelect';

const room = (index: number) => ({
  __typename: 'Workspace',
  id: `w${index}`,
  name: `Room ${String(index).padStart(4, '0')}`,
  workingGroup: null,
});

const bmle = {
  __typename: 'Workspace',
  id: 'w-bmle',
  name: 'bmle',
  workingGroup: { __typename: 'WorkingGroup', id: 'g-bmle', name: 'Border Management and Law Enforcement' },
};

function options(search: string | null, nodes: object[], totalCount: number): MockLink.MockedResponse {
  return {
    request: { query: WorkspaceOptionsDocument, variables: { search, first: 20, language: 'en' } },
    result: {
      data: {
        workspaces: {
          __typename: 'WorkspaceConnection',
          totalCount,
          edges: nodes.map((node) => ({ __typename: 'WorkspaceEdge', node })),
        },
      },
    },
    maxUsageCount: 10,
  };
}

const firstPage = options(null, [bmle, ...Array.from({ length: 19 }, (_, index) => room(index + 1))], 1000);

function Picker({ initial = null }: { initial?: string | null }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <WorkspaceSelect label="Workspace" placeholder="All workspaces" value={value} onChange={setValue} />
      <output aria-label="Chosen">{value ?? 'none'}</output>
    </>
  );
}

describe('WorkspaceSelect', () => {
  it('offers a few of a thousand workspaces by the names readers know, and searches the others', async () => {
    renderWithApp(<Picker />, { mocks: [firstPage, options('0777', [room(777)], 1)] });
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Workspace' });

    await user.click(input);
    const offered = await screen.findAllByRole('option');
    expect(offered).toHaveLength(20);
    // A working group's workspace goes by the group's name.
    expect(offered[0]).toHaveTextContent('Border Management and Law Enforcement');
    expect(screen.getByText('20 of 1,000 matches: type more to narrow them')).toBeInTheDocument();

    await user.type(input, '0777');
    await user.click(await screen.findByRole('option', { name: 'Room 0777' }));
    expect(screen.getByRole('status', { name: 'Chosen' })).toHaveTextContent('w777');
  });

  it('names the workspace of the address even when no search found it', async () => {
    renderWithApp(<Picker initial="w999" />, {
      mocks: [
        firstPage,
        {
          request: { query: WorkspaceOptionNameDocument, variables: { id: 'w999', language: 'en' } },
          result: { data: { workspace: room(999) } },
        },
      ],
    });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveValue('Room 0999'));
  });

  it('says so when the workspace of the address is not one the viewer reads', async () => {
    renderWithApp(<Picker initial="w-gone" />, {
      mocks: [
        firstPage,
        {
          request: { query: WorkspaceOptionNameDocument, variables: { id: 'w-gone', language: 'en' } },
          result: { errors: [{ message: 'Workspace not found.', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveValue('A workspace you cannot see'),
    );
  });
});

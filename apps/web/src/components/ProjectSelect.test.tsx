import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { ProjectOptionsDocument, ProjectOptionTitleDocument } from './operations';
import { type ProjectOption, ProjectSelect } from './ProjectSelect';

const title = (index: number) => `Project ${String(index).padStart(4, '0')}`;
const edge = (index: number) => ({
  __typename: 'ProjectEdge',
  node: { __typename: 'Project', id: `p${index}`, title: title(index) },
});

/** What the api answers for a search among a thousand projects. */
function options(search: string | null, indexes: number[], totalCount: number): MockLink.MockedResponse {
  return {
    request: { query: ProjectOptionsDocument, variables: { search, first: 20 } },
    result: {
      data: { projects: { __typename: 'ProjectConnection', totalCount, edges: indexes.map(edge) } },
    },
    maxUsageCount: 10,
  };
}

const firstPage = options(
  null,
  Array.from({ length: 20 }, (_, index) => index + 1),
  1000,
);

function Picker({ initial = null, selected }: { initial?: string | null; selected?: ProjectOption }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <ProjectSelect label="Project" value={value} onChange={setValue} selected={selected} />
      <output aria-label="Chosen">{value ?? 'none'}</output>
    </>
  );
}

describe('ProjectSelect', () => {
  it('offers a few of a thousand projects, says so, and finds another by typing part of its title', async () => {
    renderWithApp(<Picker />, { mocks: [firstPage, options('0777', [777], 1)] });
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Project' });

    await user.click(input);
    expect(await screen.findAllByRole('option')).toHaveLength(20);
    expect(screen.getByText('20 of 1,000 matches: type more to narrow them')).toBeInTheDocument();

    await user.type(input, '0777');
    const found = await screen.findByRole('option', { name: 'Project 0777' });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    expect(screen.queryByText(/matches: type more/)).not.toBeInTheDocument();

    await user.click(found);
    expect(screen.getByRole('status', { name: 'Chosen' })).toHaveTextContent('p777');
    expect(input).toHaveValue('Project 0777');
  });

  it('shows the chosen project even when it is not among the first options, looking its title up', async () => {
    renderWithApp(<Picker initial="p999" />, {
      mocks: [
        firstPage,
        {
          request: { query: ProjectOptionTitleDocument, variables: { id: 'p999' } },
          result: { data: { project: { __typename: 'Project', id: 'p999', title: title(999) } } },
        },
      ],
    });
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Project' });
    await waitFor(() => expect(input).toHaveValue('Project 0999'));

    // Its own title is no search: every project is offered again, the chosen one first.
    await user.click(input);
    const offered = await screen.findAllByRole('option');
    expect(offered).toHaveLength(21);
    expect(offered[0]).toHaveTextContent('Project 0999');
  });

  it('needs no look-up when the caller knows the chosen project', async () => {
    renderWithApp(<Picker initial="p555" selected={{ id: 'p555', title: title(555) }} />, { mocks: [firstPage] });
    const input = screen.getByRole('combobox', { name: 'Project' });
    await waitFor(() => expect(input).toHaveValue('Project 0555'));
  });
});

import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { UserOptionsDocument } from '../../components/operations';
import { Composer } from './Composer';

const people = [
  { id: 'u1', name: 'Ingrid Larsen', email: 'member@unodc.example', acronym: 'UNODC' },
  { id: 'u2', name: 'Inga Berg', email: 'inga.berg@undp.example', acronym: 'UNDP' },
];

/** The api's answer to a search: the people above, whatever the prefix typed so far. */
function peopleAnswer(search: string): MockLink.MockedResponse {
  return {
    request: { query: UserOptionsDocument, variables: { search, first: 8 } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          edges: people.map((person) => ({
            __typename: 'UserEdge',
            node: {
              __typename: 'User',
              id: person.id,
              name: person.name,
              email: person.email,
              disabled: false,
              organization: { __typename: 'Organization', id: `org-${person.id}`, acronym: person.acronym },
            },
          })),
        },
      },
    },
    maxUsageCount: 5,
  };
}

function ComposerHarness({ onSubmit }: { onSubmit: () => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Composer label="Your reply" value={value} onChange={setValue} />
    </form>
  );
}

function renderComposer(onSubmit = vi.fn()) {
  renderWithApp(<ComposerHarness onSubmit={onSubmit} />, {
    mocks: [signedInMock(), ...['I', 'In', 'Ing', 'Inx'].map(peopleAnswer)],
  });
  return onSubmit;
}

describe('Composer mention autocomplete', () => {
  it('lists people for "@" and letters; arrows move, Enter inserts the address', async () => {
    renderComposer();
    const user = userEvent.setup();
    const textbox = screen.getByRole('textbox', { name: 'Your reply' });
    expect(textbox).toHaveAttribute('aria-autocomplete', 'list');

    await user.type(textbox, 'Thanks @Ing');

    const listbox = await screen.findByRole('listbox', { name: 'People to mention' });
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Ingrid Larsenmember@unodc.example · UNODC',
      'Inga Berginga.berg@undp.example · UNDP',
    ]);
    expect(textbox).toHaveAttribute('aria-controls', listbox.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(textbox).toHaveAttribute('aria-activedescendant', options[0].id);

    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    expect(textbox).toHaveAttribute('aria-activedescendant', options[1].id);

    await user.keyboard('{ArrowDown}'); // wraps to the first
    expect(textbox).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{ArrowUp}'); // and back to the last
    expect(textbox).toHaveAttribute('aria-activedescendant', options[1].id);

    await user.keyboard('{Enter}');

    expect(textbox).toHaveValue('Thanks @inga.berg@undp.example ');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(textbox).not.toHaveAttribute('aria-activedescendant');
    expect((textbox as HTMLTextAreaElement).selectionStart).toBe('Thanks @inga.berg@undp.example '.length);

    // Typing on after the mention is plain text again.
    await user.keyboard('can you');
    expect(textbox).toHaveValue('Thanks @inga.berg@undp.example can you');
  });

  it('closes the list with Escape and leaves the text as typed', async () => {
    renderComposer();
    const user = userEvent.setup();
    const textbox = screen.getByRole('textbox', { name: 'Your reply' });

    await user.type(textbox, '@Ing');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(textbox).toHaveValue('@Ing');
    // Enter is a new line again, not a choice.
    await user.keyboard('{Enter}');
    expect(textbox).toHaveValue('@Ing\n');
  });

  it('chooses with a click too', async () => {
    renderComposer();
    const user = userEvent.setup();
    const textbox = screen.getByRole('textbox', { name: 'Your reply' });

    await user.type(textbox, '@Ing');
    await user.click(await screen.findByRole('option', { name: /Ingrid Larsen/ }));

    expect(textbox).toHaveValue('@member@unodc.example ');
    expect(textbox).toHaveFocus();
  });

  it('sends with Ctrl+Enter and counts characters against the limit', async () => {
    const onSubmit = renderComposer();
    const user = userEvent.setup();
    const textbox = screen.getByRole('textbox', { name: 'Your reply' });

    await user.type(textbox, 'Done.');
    expect(screen.getByText('5 / 20,000 characters')).toBeInTheDocument();
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(textbox).toHaveValue('Done.');
  });
});

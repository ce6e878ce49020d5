import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, signedInMock } from '../../test/render';
import { NewBodyDialog } from './NewBodyDialog';
import { CreateGovernanceBodyDocument } from './operations';

describe('NewBodyDialog', () => {
  it('asks for the English name and sends nothing without it', async () => {
    const created = vi.fn();
    renderWithApp(<NewBodyDialog onClose={vi.fn()} />, {
      mocks: [
        signedInMock(),
        { request: { query: CreateGovernanceBodyDocument, variables: () => true }, result: created },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add the body' }));
    expect(await screen.findByText('Enter the name in English.')).toBeInTheDocument();
    expect(created).not.toHaveBeenCalled();
  });

  it('sends the acronym and the names given, leaving blank languages out', async () => {
    const created = vi.fn(() => ({
      data: { createGovernanceBody: { __typename: 'GovernanceBody', id: 'b9' } },
    }));
    renderWithApp(<NewBodyDialog onClose={vi.fn()} />, {
      mocks: [
        signedInMock(),
        {
          request: {
            query: CreateGovernanceBodyDocument,
            variables: { input: { acronym: 'SG', names: { en: 'Steering Group', fr: 'Groupe de pilotage' } } },
          },
          result: created,
        },
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Acronym/), 'SG');
    await user.type(screen.getByLabelText(/^Name \(English\)/), 'Steering Group');
    await user.type(screen.getByLabelText(/^Name \(Français\)/), 'Groupe de pilotage');
    await user.click(screen.getByRole('button', { name: 'Add the body' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, signedInMock } from '../../test/render';
import type { AgreementFieldsFragment } from '../../gql/graphql';
import { ProjectOptionsDocument } from '../../components/operations';
import { AgreementDialog } from './AgreementDialog';
import { UpdateAgreementDocument } from './operations';

const agreement: AgreementFieldsFragment = {
  id: 'ag1',
  type: 'MOU',
  subject: '',
  dateSigned: '2024-05-02',
  place: null,
  project: null,
  parties: [
    { id: 'org-unodc', acronym: 'UNODC', kind: 'COMPACT_ENTITY', name: 'UN Office on Drugs and Crime' },
    { id: 'org-unoct', acronym: 'UNOCT', kind: 'COMPACT_ENTITY', name: 'UN Office of Counter-Terrorism' },
  ],
};

describe('AgreementDialog', () => {
  it('says what is missing, then shows the api’s complaint about the parties next to them', async () => {
    const updated = vi.fn(() => ({
      errors: [
        { message: 'A party is not an organization.', extensions: { code: 'BAD_USER_INPUT', field: 'partyIds' } },
      ],
    }));
    renderWithApp(<AgreementDialog agreement={agreement} onClose={vi.fn()} />, {
      mocks: [
        signedInMock(),
        {
          request: { query: ProjectOptionsDocument, variables: { search: null, first: 20 } },
          result: { data: { projects: { __typename: 'ProjectConnection', totalCount: 0, edges: [] } } },
          maxUsageCount: 10,
        },
        { request: { query: UpdateAgreementDocument, variables: () => true }, result: updated },
      ],
    });
    const user = userEvent.setup();
    const save = await screen.findByRole('button', { name: 'Save' });

    await user.click(save);
    expect(await screen.findByText('Say what the agreement is about.')).toBeInTheDocument();
    expect(updated).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Subject/), 'Data');
    await user.click(save);

    await waitFor(() => expect(updated).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('A party is not an organization.')).toBeInTheDocument();
    expect(screen.queryByText('Say what the agreement is about.')).not.toBeInTheDocument();
    // Shown with the parties, not above the buttons.
    expect(screen.getByText('A party is not an organization.').closest('.mantine-Alert-root')).toBeNull();
  });
});

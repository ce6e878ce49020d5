import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { WorkspaceSummaryDocument } from '../workspaces';
import { candidatesAnswer } from './discussions.fixtures';
import { NewThreadPage } from './NewThreadPage';
import { CreateThreadDocument } from './operations';

const workspaceAnswer = {
  request: { query: WorkspaceSummaryDocument, variables: { id: 'w1', language: 'en' } },
  result: {
    data: {
      workspace: {
        __typename: 'Workspace',
        id: 'w1',
        name: 'Criminal Justice',
        viewerCanPost: true,
        workingGroup: null,
      },
    },
  },
};

describe('NewThreadPage', () => {
  it('names the people chosen in the picker on a strictly confidential thread, and only then', async () => {
    const created = vi.fn(() => ({
      data: { createThread: { __typename: 'Thread', id: 't9', title: 'Informants' } },
    }));
    renderWithApp(
      <WhenSignedIn>
        <NewThreadPage />
      </WhenSignedIn>,
      {
        route: '/workspaces/w1/new-thread',
        path: '/workspaces/:id/new-thread',
        routes: [{ path: '/threads/:id', element: <p>Thread page</p> }],
        mocks: [
          signedInMock({ ...adminUser, id: 'u-ingrid', role: 'ENTITY_MEMBER' }),
          workspaceAnswer,
          candidatesAnswer(),
          {
            request: {
              query: CreateThreadDocument,
              variables: {
                input: {
                  workspaceId: 'w1',
                  title: 'Informants',
                  pillars: [],
                  classification: 'STRICTLY_CONFIDENTIAL',
                  participantIds: ['u-jean-luc'],
                  body: 'Their names, for the two of us.',
                  attachmentIds: [],
                },
              },
            },
            result: created,
          },
        ],
      },
    );
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Informants');
    expect(screen.queryByRole('combobox', { name: /^People named on it/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: /^Classification/ }));
    await user.click(await screen.findByRole('option', { name: 'Strictly confidential' }));
    const picker = await screen.findByRole('combobox', { name: /^People named on it/ });
    await user.click(picker);
    // The author is named anyway: the picker offers the others.
    expect(await screen.findByRole('option', { name: /Jean-Luc Moreau · INTERPOL/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Ingrid Larsen/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: /Jean-Luc Moreau · INTERPOL/ }));

    await user.type(screen.getByRole('textbox', { name: /^Message/ }), 'Their names, for the two of us.');
    await user.click(screen.getByRole('button', { name: 'Create the thread' }));

    expect(await screen.findByText('Thread page')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
  });
});

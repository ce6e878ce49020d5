import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { Classification } from '@ctcp/shared';
import { adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { WorkspaceSummaryDocument } from '../workspaces';
import { candidatesAnswer } from './discussions.fixtures';
import { NewThreadPage } from './NewThreadPage';
import { CreateThreadDocument } from './operations';

/** The workspace w1, whose threads carry at least `minimumClassification`. */
const workspaceAnswer = (minimumClassification: Classification = 'UNCLASSIFIED'): MockLink.MockedResponse => ({
  request: { query: WorkspaceSummaryDocument, variables: { id: 'w1', language: 'en' } },
  result: {
    data: {
      workspace: {
        __typename: 'Workspace',
        id: 'w1',
        name: 'Criminal Justice',
        viewerCanPost: true,
        minimumClassification,
        workingGroup: null,
      },
    },
  },
});

function renderNewThreadPage(mocks: MockLink.MockedResponse[]) {
  renderWithApp(
    <WhenSignedIn>
      <NewThreadPage />
    </WhenSignedIn>,
    {
      route: '/workspaces/w1/new-thread',
      path: '/workspaces/:id/new-thread',
      routes: [{ path: '/threads/:id', element: <p>Thread page</p> }],
      mocks: [signedInMock({ ...adminUser, id: 'u-ingrid', role: 'ENTITY_MEMBER' }), ...mocks],
    },
  );
}

describe('NewThreadPage', () => {
  it('names the people chosen in the picker on a strictly confidential thread, and only then', async () => {
    const created = vi.fn(() => ({
      data: { createThread: { __typename: 'Thread', id: 't9', title: 'Informants' } },
    }));
    renderNewThreadPage([
      workspaceAnswer(),
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
    ]);
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Informants');
    expect(screen.getByRole('combobox', { name: /^Classification/ })).toHaveValue('Unclassified');
    expect(screen.queryByText(/This workspace belongs to/)).not.toBeInTheDocument();
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

  it('marks a thread of a confidential project’s workspace confidential at least, and offers nothing lower', async () => {
    const created = vi.fn(() => ({
      data: { createThread: { __typename: 'Thread', id: 't9', title: 'Border crossings' } },
    }));
    renderNewThreadPage([
      workspaceAnswer('CONFIDENTIAL'),
      {
        request: {
          query: CreateThreadDocument,
          variables: {
            input: {
              workspaceId: 'w1',
              title: 'Border crossings',
              pillars: [],
              classification: 'CONFIDENTIAL',
              participantIds: [],
              body: 'The figures of the quarter.',
              attachmentIds: [],
            },
          },
        },
        result: created,
      },
    ]);
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Border crossings');
    const marking = screen.getByRole('combobox', { name: /^Classification/ });
    expect(marking).toHaveValue('Confidential');
    expect(
      screen.getByText(/This workspace belongs to a confidential project: its threads are at least Confidential\./),
    ).toBeInTheDocument();
    await user.click(marking);
    expect(await screen.findByRole('option', { name: 'Unclassified' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('option', { name: 'Strictly confidential' })).not.toHaveAttribute('aria-disabled');
    await user.click(screen.getByRole('option', { name: 'Unclassified' }));
    expect(marking).toHaveValue('Confidential');

    await user.type(screen.getByRole('textbox', { name: /^Message/ }), 'The figures of the quarter.');
    await user.click(screen.getByRole('button', { name: 'Create the thread' }));

    expect(await screen.findByText('Thread page')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
  });
});

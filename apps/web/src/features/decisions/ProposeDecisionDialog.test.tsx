import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { pickDateTime } from '../../test/dates';
import { renderWithApp, signedInMock } from '../../test/render';
import { ProposeDecisionDocument } from './operations';
import { isValidDeadline, ProposeDecisionDialog, toLocalInputValue } from './ProposeDecisionDialog';

const DAY = 24 * 60 * 60 * 1000;

describe('isValidDeadline', () => {
  it('takes a deadline in the future, up to 90 days ahead, read in the reader’s time zone', () => {
    const now = new Date(2026, 11, 5, 10, 0).getTime();
    expect(isValidDeadline(toLocalInputValue(new Date(now + DAY)), now)).toBe(true);
    expect(isValidDeadline(toLocalInputValue(new Date(now - 60_000)), now)).toBe(false);
    expect(isValidDeadline(toLocalInputValue(new Date(now + 91 * DAY)), now)).toBe(false);
    expect(isValidDeadline('', now)).toBe(false);
  });
});

describe('ProposeDecisionDialog', () => {
  it('asks for a title and a text, proposes a deadline a week ahead, and circulates nothing without them', async () => {
    const proposed = vi.fn();
    renderWithApp(<ProposeDecisionDialog workspaceId="w1" onClose={vi.fn()} onProposed={vi.fn()} />, {
      mocks: [signedInMock(), { request: { query: ProposeDecisionDocument, variables: () => true }, result: proposed }],
    });
    const user = userEvent.setup();
    const deadline = await screen.findByLabelText(/^Silence until/);
    const weekAhead = new Date(Date.now() + 7 * DAY);
    expect(deadline).toHaveTextContent(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(Date.UTC(weekAhead.getFullYear(), weekAhead.getMonth(), weekAhead.getDate())),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Circulate the proposal' }));

    expect(await screen.findByText('Enter a title.')).toBeInTheDocument();
    expect(screen.getByText('Enter the text of the decision.')).toBeInTheDocument();
    // The deadline proposed is one the api takes.
    expect(screen.queryByText('Choose a deadline in the future, at most 90 days ahead.')).not.toBeInTheDocument();
    expect(proposed).not.toHaveBeenCalled();
  });

  it('sends the deadline as an instant, from the reader’s local time', async () => {
    const onProposed = vi.fn();
    const local = toLocalInputValue(new Date(Date.now() + 3 * DAY));
    const proposed = vi.fn(() => ({
      data: {
        proposeDecision: {
          __typename: 'Decision',
          id: 'd9',
          title: 'Work plan',
          status: 'OPEN',
          silenceUntil: new Date(local).toISOString(),
          createdAt: new Date().toISOString(),
          closedAt: null,
          workspace: { __typename: 'Workspace', id: 'w1', name: 'Border management' },
        },
      },
    }));
    renderWithApp(<ProposeDecisionDialog workspaceId="w1" onClose={vi.fn()} onProposed={onProposed} />, {
      mocks: [
        signedInMock(),
        {
          request: {
            query: ProposeDecisionDocument,
            variables: {
              input: {
                workspaceId: 'w1',
                title: 'Work plan',
                text: 'Adopt the work plan.',
                silenceUntil: new Date(local).toISOString(),
              },
            },
          },
          result: proposed,
        },
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Title/), 'Work plan');
    await user.type(screen.getByLabelText(/^Text/), 'Adopt the work plan.');
    await pickDateTime(user, screen.getByLabelText(/^Silence until/), local);
    await user.click(screen.getByRole('button', { name: 'Circulate the proposal' }));

    await waitFor(() => expect(onProposed).toHaveBeenCalledWith('d9'));
  });
});

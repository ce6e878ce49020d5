import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { ActivityForm } from './ActivityForm';
import { ActivityFormOptionsDocument, RecordActivityDocument } from './operations';

const optionsAnswer: MockLink.MockedResponse = {
  request: { query: ActivityFormOptionsDocument, variables: { language: 'en' } },
  result: {
    data: {
      workingGroups: [],
      projects: { __typename: 'ProjectConnection', edges: [] },
    },
  },
  maxUsageCount: 5,
};

describe('ActivityForm', () => {
  it('asks for a country until the activity is marked as held online, without asking the api', async () => {
    const recorded = vi.fn();
    renderWithApp(<ActivityForm />, {
      mocks: [
        signedInMock(),
        optionsAnswer,
        { request: { query: RecordActivityDocument, variables: () => true }, result: recorded },
      ],
    });
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Record activity' }));

    expect(await screen.findByText('Choose the country, or mark the activity as online.')).toBeInTheDocument();
    expect(screen.getByText('Enter a title.')).toBeInTheDocument();
    expect(screen.getByText('Enter the start date.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Held online' }));
    await waitFor(() =>
      expect(screen.queryByText('Choose the country, or mark the activity as online.')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Enter a title.')).toBeInTheDocument();
    expect(recorded).not.toHaveBeenCalled();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { adminUser, renderWithApp, signedInMock } from '../../test/render';
import { EmailNotificationsSection } from './EmailNotificationsSection';
import { NotificationPreferencesDocument, UpdateNotificationPreferencesDocument } from './operations';

function preferences(emailFrequency: string) {
  return {
    __typename: 'User',
    id: adminUser.id,
    notificationPreferences: { __typename: 'NotificationPreferences', emailFrequency },
  };
}

const preferencesAnswer: MockLink.MockedResponse = {
  request: { query: NotificationPreferencesDocument },
  result: { data: { me: preferences('DAILY') } },
};

function updateAnswer(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: UpdateNotificationPreferencesDocument, variables: { input: { emailFrequency: 'WEEKLY' } } },
    result,
  };
}

function renderSection(mocks: MockLink.MockedResponse[]) {
  renderWithApp(<EmailNotificationsSection />, {
    route: '/profile',
    mocks: [signedInMock(), preferencesAnswer, ...mocks],
  });
  return userEvent.setup();
}

describe('EmailNotificationsSection', () => {
  it('shows the stored frequency, each explained, and saves another one', async () => {
    const updated = vi.fn(() => ({ data: { updateNotificationPreferences: preferences('WEEKLY') } }));
    const user = renderSection([updateAnswer(updated)]);

    const group = await screen.findByRole('radiogroup', { name: 'Email me notifications' });
    expect(group).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'Daily digest' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'As they come' })).toHaveAccessibleDescription(
      'Each notification is emailed if you have not seen it on the platform within 2 minutes.',
    );
    expect(screen.getByRole('radio', { name: 'Never' })).toHaveAccessibleDescription(
      'No notification emails. Mail about your account still comes.',
    );

    await user.click(screen.getByRole('radio', { name: 'Weekly digest' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your choice is saved.');
    expect(updated).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('radio', { name: 'Weekly digest' })).toBeChecked();
  });

  it('says why the choice could not be saved', async () => {
    const user = renderSection([
      updateAnswer({ errors: [{ message: 'Please wait.', extensions: { code: 'RATE_LIMITED' } }] }),
    ]);

    await user.click(await screen.findByRole('radio', { name: 'Weekly digest' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts. Please wait a while and try again.');
    expect(alert).toHaveTextContent('Please wait.');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Weekly digest' })).toBeChecked());
    expect(screen.queryByText('Your choice is saved.')).not.toBeInTheDocument();
  });
});

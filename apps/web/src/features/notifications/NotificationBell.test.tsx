import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { NotificationEvent } from '@ctcp/shared';
import { renderWithApp, signedInMock } from '../../test/render';
import { badgeText, NotificationBell } from './NotificationBell';
import { NotificationToasts, toastsFor } from './NotificationToasts';
import { NotificationsDocument, UnreadNotificationCountDocument } from './operations';
import { createRealtimeHub, RealtimeContext } from '../../realtime';

function countAnswer(count: number): MockLink.MockedResponse {
  return {
    request: { query: UnreadNotificationCountDocument },
    result: { data: { unreadNotificationCount: count } },
  };
}

const mention: NotificationEvent = {
  id: 'n3',
  seq: 3,
  type: 'MENTION',
  title: 'Ingrid Larsen mentioned you in “Watchlists”',
  link: '/threads/t1#post-p9',
  createdAt: '2026-01-01T10:00:00Z',
};

function notificationsAnswer(): MockLink.MockedResponse {
  return {
    request: { query: NotificationsDocument, variables: { first: 8, unreadOnly: false } },
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
          edges: [{ __typename: 'NotificationEdge', node: { __typename: 'Notification', ...mention, readAt: null } }],
        },
      },
    },
  };
}

function renderBell(mocks: MockLink.MockedResponse[]) {
  const hub = createRealtimeHub('connected');
  renderWithApp(
    <RealtimeContext.Provider value={hub}>
      <NotificationBell />
      <NotificationToasts />
    </RealtimeContext.Provider>,
    { mocks: [signedInMock(), ...mocks] },
  );
  return hub;
}

describe('NotificationBell', () => {
  it('says how many notifications are unread, in its name and its badge', async () => {
    renderBell([countAnswer(2)]);

    const bell = await screen.findByRole('button', { name: 'Notifications (unread: 2)' });
    expect(within(bell).getByText('2')).toBeInTheDocument();
  });

  it('is just "Notifications" with nothing unread', async () => {
    renderBell([countAnswer(0)]);

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('counts a live notification at once and shows it as a toast in a polite live region', async () => {
    const hub = renderBell([countAnswer(2)]);
    await screen.findByRole('button', { name: 'Notifications (unread: 2)' });

    hub.publishNotifications([mention], 'live');

    expect(await screen.findByRole('button', { name: 'Notifications (unread: 3)' })).toBeInTheDocument();
    const region = screen.getByRole('status', { name: 'New notifications' });
    expect(region).toHaveAttribute('aria-live', 'polite');
    const link = within(region).getByRole('link', { name: mention.title });
    expect(link).toHaveAttribute('href', mention.link);
    expect(within(region).getByText('Mention')).toBeInTheDocument();
  });

  it('adds live notifications to the count itself, and asks the api again after missed ones', async () => {
    // The second answer is there for one refetch only: the one after the notifications missed while away.
    const hub = renderBell([countAnswer(2), countAnswer(9)]);
    await screen.findByRole('button', { name: 'Notifications (unread: 2)' });

    hub.publishNotifications([mention, { ...mention, id: 'n4', seq: 4 }], 'live');
    expect(await screen.findByRole('button', { name: 'Notifications (unread: 4)' })).toBeInTheDocument();

    hub.publishNotifications([{ ...mention, id: 'n5', seq: 5 }], 'sync');
    expect(await screen.findByRole('button', { name: 'Notifications (unread: 9)' })).toBeInTheDocument();
  });

  it('counts again when the page is looked at again: another tab may have read some', async () => {
    renderBell([countAnswer(2), countAnswer(0)]);
    await screen.findByRole('button', { name: 'Notifications (unread: 2)' });

    document.dispatchEvent(new Event('visibilitychange'));

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('names the kind of a new thread in a watched workspace', async () => {
    const hub = renderBell([countAnswer(0)]);
    await screen.findByRole('button', { name: 'Notifications' });

    hub.publishNotifications(
      [{ ...mention, id: 'n4', seq: 4, type: 'NEW_THREAD', title: 'Ingrid Larsen started “Watchlists”' }],
      'live',
    );

    const region = screen.getByRole('status', { name: 'New notifications' });
    expect(await within(region).findByText('New thread')).toBeInTheDocument();
  });

  it('opens the newest notifications, unread ones marked as such', async () => {
    renderBell([countAnswer(1), notificationsAnswer()]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Notifications (unread: 1)' }));

    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    expect(await within(dialog).findByRole('link', { name: /^Unread:\s*Ingrid Larsen mentioned you/ })).toHaveAttribute(
      'href',
      mention.link,
    );
    expect(within(dialog).getByRole('button', { name: 'Mark all read' })).toBeEnabled();
    expect(within(dialog).getByRole('link', { name: 'All notifications' })).toHaveAttribute('href', '/notifications');
  });
});

describe('badgeText and toastsFor', () => {
  it('keeps the badge to two digits', () => {
    const format = (value: number) => String(value);
    expect(badgeText(7, format)).toBe('7');
    expect(badgeText(150, format)).toBe('99+');
  });

  it('toasts live notifications one by one, and many missed ones as one summary', () => {
    const many = [1, 2, 3, 4, 5].map((seq) => ({ ...mention, id: `n${seq}`, seq }));
    expect(toastsFor(many.slice(0, 2), 'live').map((toast) => toast.kind)).toEqual(['notification', 'notification']);
    expect(toastsFor(many.slice(0, 3), 'sync')).toHaveLength(3);
    expect(toastsFor(many, 'sync')).toEqual([{ key: 'summary-n5', kind: 'summary', count: 5 }]);
  });
});

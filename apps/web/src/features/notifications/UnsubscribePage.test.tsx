import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, signedOutMock } from '../../test/render';
import { UnsubscribePage } from './UnsubscribePage';

const token = 'v1.user-42.c2lnbmF0dXJl+/=';

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function stubFetch(response: () => Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPage(route = `/unsubscribe?token=${encodeURIComponent(token)}`) {
  renderWithApp(<UnsubscribePage />, { route, mocks: [signedOutMock()] });
  return userEvent.setup();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('UnsubscribePage', () => {
  it('says what the button does, posts the token and says the mail stopped', async () => {
    const fetchMock = stubFetch(async () => answer(200, { emailFrequency: 'OFF' }));
    const user = renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Stop notification emails' })).toBeInTheDocument();
    expect(screen.getByText(/stops every notification email of the platform to you/)).toBeInTheDocument();
    // Opening the page does nothing by itself.
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Stop notification emails' }));

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Notification emails stopped');
    expect(done).toHaveTextContent('You will get no more notification emails.');
    expect(screen.getByRole('link', { name: 'Choose in your profile' })).toHaveAttribute('href', '/profile');
    expect(screen.queryByRole('button', { name: 'Stop notification emails' })).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(`/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      credentials: 'same-origin',
    });
    await waitFor(() => expect(document.title).toBe('Stop notification emails · CTCP'));
  });

  it('says when the link is not valid', async () => {
    stubFetch(async () => answer(404, { statusCode: 404, message: 'This link is not valid.' }));
    const user = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Stop notification emails' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link cannot be used');
    expect(alert).toHaveTextContent('This link is not valid. You can stop notification emails in your profile.');
    expect(screen.getByRole('link', { name: 'Choose in your profile' })).toHaveAttribute('href', '/profile');
    expect(screen.queryByRole('button', { name: 'Stop notification emails' })).not.toBeInTheDocument();
  });

  it('offers to try again when the platform cannot be reached', async () => {
    const fetchMock = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const user = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Stop notification emails' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The platform could not be reached.');
    fetchMock.mockImplementation(async () => answer(200, { emailFrequency: 'OFF' }));
    await user.click(screen.getByRole('button', { name: 'Stop notification emails' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Notification emails stopped');
  });

  it('says the link is incomplete when it has no token, and posts nothing', async () => {
    const fetchMock = stubFetch(async () => answer(200, { emailFrequency: 'OFF' }));
    renderPage('/unsubscribe');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link is incomplete');
    expect(alert).toHaveTextContent('Open the link in the email again');
    expect(screen.queryByRole('button', { name: 'Stop notification emails' })).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

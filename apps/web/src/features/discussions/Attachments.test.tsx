import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '@ctcp/shared';
import { renderWithApp, signedInMock } from '../../test/render';
import { attachmentsUploading, type ComposerAttachment, uploadedAttachmentIds } from '../attachments';
import { Composer } from './Composer';

function Harness({ onSubmit }: { onSubmit: (attachmentIds: string[]) => void }) {
  const [value, setValue] = useState('See attached.');
  const [attachments, setAttachments] = useState<ComposerAttachment[]>([]);
  const uploading = attachmentsUploading(attachments);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (uploading) return;
        onSubmit(uploadedAttachmentIds(attachments));
        setAttachments([]);
      }}
    >
      <Composer
        label="Your reply"
        value={value}
        onChange={setValue}
        workspaceId="ws-1"
        attachments={attachments}
        onAttachmentsChange={setAttachments}
        actions={
          <button type="submit" disabled={uploading}>
            Send
          </button>
        }
      />
    </form>
  );
}

function renderHarness() {
  const onSubmit = vi.fn();
  renderWithApp(<Harness onSubmit={onSubmit} />, { mocks: [signedInMock()] });
  return onSubmit;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Composer attachments', () => {
  it('uploads a chosen file, shows it, removes it, and sends the uploaded ids', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = vi.fn(
      () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onSubmit = renderHarness();
    const user = userEvent.setup();
    const input = screen.getByLabelText(/Attach files/);
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');

    const report = new File(['%PDF-1.7 report'], 'report.pdf', { type: 'application/pdf' });
    await user.upload(input, report);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/attachments');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    const form = init.body as FormData;
    expect(form.get('workspaceId')).toBe('ws-1');
    expect((form.get('file') as File).name).toBe('report.pdf');

    const chips = screen.getByRole('list', { name: 'Files to send' });
    expect(within(chips).getByText('report.pdf')).toBeInTheDocument();
    expect(within(chips).getByText('Uploading…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();

    answer(
      new Response(
        JSON.stringify({
          id: 'att-1',
          fileName: 'report.pdf',
          contentType: 'application/pdf',
          size: report.size,
          url: '/attachments/att-1',
        }),
        { status: 201, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    expect(await within(chips).findByText('Uploaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();

    // A second file, then removed again: only the first is sent.
    await user.upload(input, new File(['a,b'], 'table.csv', { type: 'text/csv' }));
    answer(
      new Response(JSON.stringify({ code: 'BAD_USER_INPUT', message: 'This file is empty.', field: 'file' }), {
        status: 400,
      }),
    );
    expect(await screen.findByText('Failed: This file is empty.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove table.csv' }));
    expect(screen.queryByText('table.csv')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledWith(['att-1']);
    await waitFor(() => expect(screen.queryByText('report.pdf')).not.toBeInTheDocument());
  });

  it('says so when the day’s upload limit is reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ code: 'RATE_LIMITED', message: 'Too many attempts. Try again later.' }), {
            status: 429,
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    renderHarness();
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText(/Attach files/),
      new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' }),
    );
    expect(
      await screen.findByText('Failed: You have reached today’s upload limit. Try again tomorrow.'),
    ).toBeInTheDocument();
  });

  it('refuses a file over the size limit without uploading it', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const onSubmit = renderHarness();
    const user = userEvent.setup();

    const big = new File(['x'], 'huge.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: ATTACHMENT_MAX_BYTES + 1 });
    await user.upload(screen.getByLabelText(/Attach files/), big);

    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByText('huge.pdf')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Failed: The file is larger than 10 MB.');

    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledWith([]);
  });
});

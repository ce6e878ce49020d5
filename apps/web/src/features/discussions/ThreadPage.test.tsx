import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createRealtimeHub, RealtimeContext } from '../../realtime';
import type { SessionUser } from '../../session';
import { adminCan, adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { i18n } from '../../i18n';
import { isolate } from '../../i18n/bidi';
import {
  MARKED_READ_AT,
  markReadAnswer,
  post,
  postsOf,
  thread,
  threadAnswer,
  threadNotFound,
} from './discussions.fixtures';
import {
  BreakGlassDocument,
  CreatePostDocument,
  MarkThreadReadDocument,
  RenameThreadDocument,
  ThreadDocument,
  ThreadHeaderDocument,
} from './operations';
import { ThreadPage } from './ThreadPage';

const member: SessionUser = {
  ...adminUser,
  id: 'u-jean-luc',
  email: 'member@interpol.example',
  name: 'Jean-Luc Moreau',
  role: 'ENTITY_MEMBER',
  isOrganizationAdmin: false,
};
const memberCan = { ...adminCan, breakGlass: false, readAuditTrail: false, verifyAuditChain: false };

function renderThreadPage(
  mocks: MockLink.MockedResponse[],
  signedIn = signedInMock(member, memberCan),
  hub = createRealtimeHub('connected'),
) {
  renderWithApp(
    <RealtimeContext.Provider value={hub}>
      <WhenSignedIn>
        <ThreadPage />
      </WhenSignedIn>
    </RealtimeContext.Provider>,
    { mocks: [signedIn, markReadAnswer, ...mocks], route: '/threads/t1', path: '/threads/:id' },
  );
}

describe('ThreadPage markings', () => {
  it('shows a strictly confidential thread between two red banners, with the people named on it', async () => {
    renderThreadPage([threadAnswer(thread())]);

    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    const top = screen.getByRole('note', { name: 'Classification marking of this thread: Strictly confidential' });
    const bottom = screen.getByRole('note', {
      name: 'Classification marking, end of the thread: Strictly confidential',
    });
    expect(top).toHaveTextContent('Strictly confidential');
    expect(top).toHaveAttribute('data-marking', 'STRICTLY_CONFIDENTIAL');
    expect(bottom).toHaveAttribute('data-marking', 'STRICTLY_CONFIDENTIAL');
    // The top banner comes before the title and the posts, the bottom one after them.
    const heading = screen.getByRole('heading', { level: 1 });
    const post = screen.getByText('The transfers go through three exchanges.');
    expect(top.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(bottom.compareDocumentPosition(post) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();

    const named = screen.getByRole('list', { name: 'Named on this thread:' });
    expect(
      within(named)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ingrid Larsen · UNODC', 'Jean-Luc Moreau · INTERPOL']);
    // Printed, every page carries the marking at its top and its bottom.
    const printed = document.head.querySelector('style[data-printed-marking]');
    expect(printed?.textContent).toMatch(/@top-center \{ content: "STRICTLY CONFIDENTIAL"/);
    expect(printed?.textContent).toMatch(/@bottom-center \{ content: "STRICTLY CONFIDENTIAL"/);
    // Nothing to change for a participant without those rights.
    expect(screen.queryByRole('button', { name: 'Change marking' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
  });

  it('shows no banner on an unclassified thread', async () => {
    renderThreadPage([threadAnswer(thread({ classification: 'UNCLASSIFIED', participants: [] }))]);

    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(document.head.querySelector('style[data-printed-marking]')).toBeNull();
  });

  it('says when the marking drops, and offers the actions the api allows', async () => {
    renderThreadPage([
      threadAnswer(
        thread({
          classification: 'CONFIDENTIAL',
          participants: [],
          declassifyOn: '2031-03-01',
          declassifyTo: 'UNCLASSIFIED',
          viewerCanRaiseClassification: true,
          viewerCanLowerClassification: true,
        }),
      ),
    ]);

    expect(
      await screen.findByRole('note', { name: 'Classification marking of this thread: Confidential' }),
    ).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(screen.getByText('The marking drops to Unclassified on Mar 1, 2031.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change marking' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
  });

  it('warns a platform admin who reads it by break glass', async () => {
    renderThreadPage([threadAnswer(thread({ viewerReadsByBreakGlass: true }))], signedInMock());

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('You are reading this thread by break glass');
    expect(warning).toHaveTextContent('every read is recorded in the audit trail');
  });

  it('lets a platform admin break glass on a thread they may not read, then shows it', async () => {
    const granted = vi.fn(() => ({ data: { breakGlass: { __typename: 'Thread', id: 't1' } } }));
    renderThreadPage(
      [
        threadNotFound(),
        {
          request: { query: BreakGlassDocument, variables: { input: { threadId: 't1', reason: 'Incident 2026-114' } } },
          result: granted,
        },
        threadAnswer(thread({ viewerReadsByBreakGlass: true })),
      ],
      signedInMock(),
    );
    const user = userEvent.setup();

    expect(await screen.findByText('This record does not exist or you may not see it.')).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Break glass and read the thread' });
    await user.click(confirm);
    expect(await screen.findByText('Give a reason.')).toBeInTheDocument();
    expect(granted).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: /^Why must you read it\?/ }), 'Incident 2026-114');
    await user.click(confirm);

    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    expect(granted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toHaveTextContent('You are reading this thread by break glass');
  });

  it('shows others the usual not found, with no way around it', async () => {
    renderThreadPage([threadNotFound()]);

    expect(await screen.findByText('This record does not exist or you may not see it.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Break glass')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Break glass/ })).not.toBeInTheDocument();
  });
});

describe('ThreadPage renaming', () => {
  it('lets its author give the thread a new title', async () => {
    renderThreadPage([
      threadAnswer(thread({ classification: 'UNCLASSIFIED', participants: [], viewerCanRename: true })),
      {
        request: {
          query: RenameThreadDocument,
          variables: { input: { threadId: 't1', title: 'Financial intelligence: the 2027 network' } },
        },
        result: {
          data: {
            renameThread: { __typename: 'Thread', id: 't1', title: 'Financial intelligence: the 2027 network' },
          },
        },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename the thread' });
    const title = within(dialog).getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.click(within(dialog).getByRole('button', { name: 'Save the title' }));
    expect(await within(dialog).findByText('Enter a title.')).toBeInTheDocument();
    await user.type(title, 'Financial intelligence: the 2027 network');
    await user.click(within(dialog).getByRole('button', { name: 'Save the title' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Financial intelligence: the 2027 network' }),
    ).toBeInTheDocument();
    // The heading follows the cache at once; the dialog closes when the mutation's promise settles after it.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Rename the thread' })).not.toBeInTheDocument());
  });

  it('takes a new title given elsewhere, told live', async () => {
    const hub = createRealtimeHub('connected');
    renderThreadPage(
      [
        threadAnswer(thread({ classification: 'UNCLASSIFIED', participants: [] })),
        {
          request: { query: ThreadHeaderDocument, variables: { id: 't1' } },
          result: {
            data: {
              thread: {
                __typename: 'Thread',
                id: 't1',
                title: 'Financial intelligence: renamed by a moderator',
                pinned: true,
                locked: false,
                viewerCanRename: false,
              },
            },
          },
        },
      ],
      signedInMock(member, memberCan),
      hub,
    );
    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });

    act(() => hub.publishRecord('thread.updated', { workspaceId: 'w-other', threadId: 't2' }));
    act(() => hub.publishRecord('thread.updated', { workspaceId: thread().workspace.id, threadId: 't1' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Financial intelligence: renamed by a moderator' }),
    ).toBeInTheDocument();
  });

  it('offers nothing to rename to those the api does not let', async () => {
    renderThreadPage([threadAnswer(thread({ classification: 'UNCLASSIFIED', participants: [] }))]);
    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    expect(screen.queryByRole('button', { name: 'Rename' })).not.toBeInTheDocument();
  });
});

/** An unclassified thread with these posts, as the api answers it. */
const unclassified = (overrides: Record<string, unknown> = {}) =>
  thread({ classification: 'UNCLASSIFIED', participants: [], ...overrides });

const jeanLucsPost = (id: string, overrides: Record<string, unknown> = {}) =>
  post(id, {
    body: 'Which ones?\n\nI have two of them.',
    bodyHtml: '<p>Which ones?</p>\n<p>I have two of them.</p>',
    createdAt: '2026-11-30T10:00:00Z',
    author: {
      __typename: 'Author',
      name: 'Jean-Luc Moreau',
      organization: { __typename: 'Organization', id: 'o-interpol', acronym: 'INTERPOL', name: 'INTERPOL' },
      person: { __typename: 'User', id: 'u-jean-luc' },
    },
    ...overrides,
  });

const quoteOf = (quoted: ReturnType<typeof post>) => ({
  __typename: 'Post',
  id: quoted.id,
  deleted: quoted.deleted,
  body: quoted.body,
  author: quoted.author,
});

describe('ThreadPage replies quoting a post', () => {
  const replyButton = (name: string) =>
    screen.findByRole('button', { name: `Reply to ${isolate(name)}, quoting their post` });

  it('quotes the post replied to above the form, and sends it with the reply', async () => {
    const opening = post('p1');
    const second = jeanLucsPost('p2');
    const sent = post('p3', {
      body: 'Two of the three.',
      bodyHtml: '<p>Two of the three.</p>',
      createdAt: '2026-11-30T11:00:00Z',
      author: second.author,
      quotedPost: quoteOf(opening),
    });
    const created = vi.fn(() => ({ data: { createPost: sent } }));
    renderThreadPage([
      threadAnswer(unclassified({ posts: postsOf([opening, second]) })),
      {
        request: {
          query: CreatePostDocument,
          variables: { input: { threadId: 't1', body: 'Two of the three.', attachmentIds: [], quotedPostId: 'p1' } },
        },
        result: created,
      },
      {
        request: { query: ThreadDocument, variables: { id: 't1', language: 'en', after: 'c2' } },
        result: { data: { thread: unclassified({ posts: postsOf([sent], { from: 3 }) }) } },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await replyButton('Ingrid Larsen'));

    const chip = screen.getByText(
      `Replying to ${isolate('Ingrid Larsen')}: ${isolate('The transfers go through three exchanges.')}`,
    );
    const reply = screen.getByRole('region', { name: 'Reply' });
    expect(within(reply).getByRole('textbox', { name: 'Your reply' })).toHaveFocus();
    // Another post chosen instead: its first line, cut where more follows.
    await user.click(await replyButton('Jean-Luc Moreau'));
    expect(chip).toHaveTextContent(`Replying to ${isolate('Jean-Luc Moreau')}: ${isolate('Which ones? …')}`);
    await user.click(await replyButton('Ingrid Larsen'));

    await user.type(within(reply).getByRole('textbox', { name: 'Your reply' }), 'Two of the three.');
    await user.click(within(reply).getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    // Sent: the form is empty again, and quotes nothing.
    await waitFor(() => expect(screen.queryByText(/^Replying to/)).not.toBeInTheDocument());
    expect(within(reply).getByRole('textbox', { name: 'Your reply' })).toHaveValue('');
    // The reply shows in the thread with its quote.
    const shown = (await screen.findByText('Two of the three.')).closest('article')!;
    expect(within(shown).getByRole('link', { name: `In reply to ${isolate('Ingrid Larsen')}` })).toHaveAttribute(
      'href',
      '/threads/t1#post-p1',
    );
  });

  it('sends a reply without the quote once it is removed', async () => {
    const noted = jeanLucsPost('p2', { body: 'Noted.', bodyHtml: '<p>Noted.</p>' });
    const created = vi.fn(() => ({ data: { createPost: noted } }));
    renderThreadPage([
      threadAnswer(unclassified()),
      {
        request: {
          query: CreatePostDocument,
          variables: { input: { threadId: 't1', body: 'Noted.', attachmentIds: [] } },
        },
        result: created,
      },
      {
        request: { query: ThreadDocument, variables: { id: 't1', language: 'en', after: 'c1' } },
        result: { data: { thread: unclassified({ posts: postsOf([noted], { from: 2 }) }) } },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await replyButton('Ingrid Larsen'));
    await user.click(screen.getByRole('button', { name: 'Remove the quote' }));
    expect(screen.queryByText(/^Replying to/)).not.toBeInTheDocument();
    const textbox = screen.getByRole('textbox', { name: 'Your reply' });
    expect(textbox).toHaveFocus();
    await user.type(textbox, 'Noted.');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect((await screen.findByText('Noted.')).closest('article')!.querySelector('blockquote')).toBeNull();
  });

  it('offers no reply to a post where no reply may be written', async () => {
    renderThreadPage([threadAnswer(unclassified({ locked: true }))]);
    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    expect(screen.queryByRole('button', { name: /^Reply to/ })).not.toBeInTheDocument();
  });
});

describe('ThreadPage quotes in posts', () => {
  it('shows above a reply whom it answers and the first words they wrote, as text, leading to that post', async () => {
    const opening = post('p1', {
      body: '<img src=x onerror="alert(1)"> **Three** exchanges\n\nin Manila.',
      bodyHtml: '<p>&lt;img src=x onerror="alert(1)"&gt; <strong>Three</strong> exchanges</p>\n<p>in Manila.</p>',
    });
    renderThreadPage([
      threadAnswer(unclassified({ posts: postsOf([opening, jeanLucsPost('p2', { quotedPost: quoteOf(opening) })]) })),
    ]);

    const reply = await screen.findByRole('article', { name: /^Jean-Luc Moreau/ });
    const quote = reply.querySelector('blockquote')!;
    const link = within(quote).getByRole('link', { name: `In reply to ${isolate('Ingrid Larsen')}` });
    expect(link).toHaveAttribute('href', '/threads/t1#post-p1');
    expect(quote).toHaveTextContent('<img src=x onerror="alert(1)"> Three exchanges …');
    expect(quote.querySelector('img, strong')).toBeNull();
    // The quote comes before the reply's own text.
    const text = within(reply).getByText('Which ones?');
    expect(quote.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says when the quoted post was deleted since', async () => {
    const deleted = post('p1', { body: null, bodyHtml: '', deleted: true });
    renderThreadPage([
      threadAnswer(unclassified({ posts: postsOf([deleted, jeanLucsPost('p2', { quotedPost: quoteOf(deleted) })]) })),
    ]);

    const reply = await screen.findByRole('article', { name: /^Jean-Luc Moreau/ });
    expect(within(reply).getByText('The quoted post was deleted.')).toBeInTheDocument();
    expect(within(reply).getByRole('link', { name: `In reply to ${isolate('Ingrid Larsen')}` })).toHaveAttribute(
      'href',
      '/threads/t1#post-p1',
    );
  });
});

describe('ThreadPage "New" line', () => {
  const newLine = () => screen.queryByRole('separator', { name: 'New since your last visit' });
  const threePosts = postsOf([
    post('p1'),
    jeanLucsPost('p2'),
    post('p3', { body: 'And a third.', bodyHtml: '<p>And a third.</p>', createdAt: '2026-11-30T11:00:00Z' }),
  ]);

  it('precedes the posts written since the last visit, and stays once the thread is marked read', async () => {
    const markedRead = vi.fn(() => ({
      data: { markThreadRead: { __typename: 'Thread', id: 't1', unread: false, viewerLastReadAt: MARKED_READ_AT } },
    }));
    renderWithApp(
      <RealtimeContext.Provider value={createRealtimeHub('connected')}>
        <WhenSignedIn>
          <ThreadPage />
        </WhenSignedIn>
      </RealtimeContext.Provider>,
      {
        mocks: [
          signedInMock(member, memberCan),
          { request: { query: MarkThreadReadDocument, variables: { threadId: 't1' } }, result: markedRead },
          threadAnswer(
            unclassified({
              posts: threePosts,
              unread: true,
              viewerLastReadAt: '2026-11-30T09:30:00Z',
              lastActivityAt: '2026-11-30T11:00:00Z',
            }),
          ),
        ],
        route: '/threads/t1',
        path: '/threads/:id',
      },
    );

    const line = await screen.findByRole('separator', { name: 'New since your last visit' });
    expect(line).toHaveTextContent('New');
    expect(screen.getAllByRole('separator', { name: 'New since your last visit' })).toHaveLength(1);
    const [first, second] = screen.getAllByRole('article');
    expect(first.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(line.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The posts are listed as posts: the line is not one of them.
    expect(within(screen.getByRole('region', { name: 'Posts' })).getAllByRole('listitem')).toHaveLength(3);

    await waitFor(() => expect(markedRead).toHaveBeenCalledTimes(1));
    expect(newLine()).toBe(line);
  });

  it('is not shown when nothing is new', async () => {
    renderThreadPage([threadAnswer(unclassified({ posts: threePosts, viewerLastReadAt: '2026-11-30T12:00:00Z' }))]);
    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(newLine()).not.toBeInTheDocument();
  });

  it('is not shown on a thread never read: all of it is new', async () => {
    renderThreadPage([threadAnswer(unclassified({ posts: threePosts, unread: true, viewerLastReadAt: null }))]);
    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(newLine()).not.toBeInTheDocument();
  });
});

describe('ThreadPage in Arabic', () => {
  it('reads right to left, the names and words of the posts isolated in its sentences', async () => {
    await act(() => i18n.changeLanguage('ar'));
    const opening = post('p1');
    renderThreadPage([
      threadAnswer(
        unclassified({
          posts: postsOf([opening, jeanLucsPost('p2', { quotedPost: quoteOf(opening) })]),
          viewerLastReadAt: '2026-11-30T09:30:00Z',
          lastActivityAt: '2026-11-30T10:00:00Z',
        }),
        'ar',
      ),
    ]);

    const line = await screen.findByRole('separator', { name: 'جديد منذ زيارتك الأخيرة' });
    expect(line).toHaveTextContent('جديد');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('link', { name: `ردًا على ${isolate('Ingrid Larsen')}` })).toHaveAttribute(
      'href',
      '/threads/t1#post-p1',
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `رد على ${isolate('Ingrid Larsen')} مع اقتباس مشاركته` }));
    expect(
      screen.getByText(`رد على ${isolate('Ingrid Larsen')}: ${isolate('The transfers go through three exchanges.')}`),
    ).toBeInTheDocument();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createCache } from '../../app/apollo-client';
import { i18n } from '../../i18n';
import { renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { BreakGlassOnProjectDocument, ChangeProjectClassificationDocument } from './operations';
import { ProjectPage } from './ProjectPage';
import {
  candidatesAnswer,
  coordinator,
  coordinatorCan,
  leadMember,
  leadMemberCan,
  project,
  projectAnswer,
  projectNotFound,
} from './projects.fixtures';

function renderProjectPage(
  mocks: MockLink.MockedResponse[],
  signedIn: MockLink.MockedResponse = signedInMock(coordinator, coordinatorCan),
) {
  renderWithApp(
    <WhenSignedIn>
      <ProjectPage />
    </WhenSignedIn>,
    {
      mocks: [signedIn, ...mocks],
      route: '/projects/p1',
      path: '/projects/:id',
      // The app's type policies: a lowered project names nobody any more.
      cache: createCache(),
    },
  );
}

const title = 'Border security in Central Asia';
const topBanner = (marking: string) =>
  screen.findByRole('note', { name: `Classification marking of this project: ${marking}` });
const bottomBanner = (marking: string) =>
  screen.getByRole('note', { name: `Classification marking, end of the project: ${marking}` });
const namedList = () => screen.queryByRole('list', { name: 'Named on this project:' });

describe('ProjectPage markings', () => {
  it('shows a strictly confidential project between two red banners, with the people named on it', async () => {
    renderProjectPage([projectAnswer(project())]);

    const top = await topBanner('Strictly confidential');
    const bottom = bottomBanner('Strictly confidential');
    expect(top).toHaveAttribute('data-marking', 'STRICTLY_CONFIDENTIAL');
    expect(bottom).toHaveAttribute('data-marking', 'STRICTLY_CONFIDENTIAL');
    // The top banner comes before the title and the summary, the bottom one after them.
    const heading = screen.getByRole('heading', { level: 1, name: title });
    const summary = screen.getByText('Joint border patrols and training.');
    expect(top.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(bottom.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();

    // The coordinator who created it first, then the people named on it, by name.
    expect(
      within(namedList()!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Lena Fischer · UNOCT', 'Ingrid Larsen · UNODC']);
    const printed = document.head.querySelector('style[data-printed-marking]');
    expect(printed?.textContent).toMatch(/@top-center \{ content: "STRICTLY CONFIDENTIAL"/);
    // Nothing to change without the api's leave.
    expect(screen.queryByRole('button', { name: 'Change marking' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
  });

  it('shows no banner on an unclassified project', async () => {
    renderProjectPage([projectAnswer(project({ classification: 'UNCLASSIFIED', participants: [] }))]);

    await screen.findByRole('heading', { level: 1, name: title });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(namedList()).not.toBeInTheDocument();
    expect(document.head.querySelector('style[data-printed-marking]')).toBeNull();
  });

  it('names nobody on a confidential project, and lets the lead entity only raise its marking', async () => {
    renderProjectPage(
      [
        projectAnswer(
          project({ classification: 'CONFIDENTIAL', participants: [], viewerCanRaiseClassification: true }),
        ),
      ],
      signedInMock(leadMember, leadMemberCan),
    );

    expect(await topBanner('Confidential')).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(bottomBanner('Confidential')).toBeInTheDocument();
    expect(namedList()).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change marking' })).toBeInTheDocument();
    // Who is named changes on a strictly confidential project only, and by coordinators.
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
  });

  it('says when the marking drops', async () => {
    renderProjectPage([
      projectAnswer(
        project({
          classification: 'CONFIDENTIAL',
          participants: [],
          declassifyOn: '2031-03-01',
          declassifyTo: 'UNCLASSIFIED',
        }),
      ),
    ]);

    expect(await topBanner('Confidential')).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(screen.getByText('The marking drops to Unclassified on Mar 1, 2031.')).toBeInTheDocument();
    expect(namedList()).not.toBeInTheDocument();
  });

  it('offers a coordinator the people named, and shows the new marking once they lower it', async () => {
    renderProjectPage([
      projectAnswer(project({ viewerCanLowerClassification: true })),
      candidatesAnswer(),
      {
        request: {
          query: ChangeProjectClassificationDocument,
          variables: {
            input: { projectId: 'p1', classification: 'CONFIDENTIAL', reason: 'The operation is over' },
            language: 'en',
          },
        },
        result: {
          data: {
            changeProjectClassification: project({
              classification: 'CONFIDENTIAL',
              participants: [],
              viewerCanRaiseClassification: true,
              viewerCanLowerClassification: true,
            }),
          },
        },
      },
    ]);
    const user = userEvent.setup();

    await topBanner('Strictly confidential');
    await user.click(screen.getByRole('button', { name: 'Edit participants' }));
    const people = await screen.findByRole('dialog', { name: 'People named on this project' });
    // The viewer stays named: not theirs to take off.
    expect(within(people).getByText('Ingrid Larsen · UNODC')).toBeInTheDocument();
    expect(within(people).queryByText('Lena Fischer · UNOCT')).not.toBeInTheDocument();
    await user.click(within(people).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Change marking' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });
    expect(within(dialog).getByRole('radio', { name: /^Confidential/ })).toBeChecked();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'The operation is over');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    expect(await topBanner('Confidential')).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(bottomBanner('Confidential')).toBeInTheDocument();
    expect(namedList()).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
    // The banners follow the cache at once; the dialog closes when the mutation's promise settles after it.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Change the marking' })).not.toBeInTheDocument());
  });

  it('speaks Arabic right to left, the names of the people named isolated in it', async () => {
    await act(() => i18n.changeLanguage('ar'));
    renderProjectPage([projectAnswer(project(), 'ar')]);

    const top = await screen.findByRole('note', { name: 'علامة تصنيف هذا المشروع: سري للغاية' });
    expect(top).toHaveTextContent('سري للغاية');
    expect(screen.getByRole('note', { name: 'علامة التصنيف، نهاية المشروع: سري للغاية' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const named = screen.getByRole('list', { name: 'الأشخاص المسمَّون في هذا المشروع:' });
    expect(within(named).getByText('Lena Fischer').tagName).toBe('BDI');
  });
});

describe('ProjectPage break glass', () => {
  const notFound = 'This record does not exist or you may not see it.';
  const confirmLabel = 'Break glass and read the project';

  it('lets a platform admin break glass on a project they may not read, then shows it read-only', async () => {
    const granted = vi.fn(() => ({ data: { breakGlassOnProject: { __typename: 'Project', id: 'p1' } } }));
    renderProjectPage(
      [
        projectNotFound(),
        {
          request: {
            query: BreakGlassOnProjectDocument,
            variables: { input: { projectId: 'p1', reason: 'Incident 2026-114' } },
          },
          result: granted,
        },
        // Whatever the api would allow otherwise, a break-glass read shows no action.
        projectAnswer(
          project({ viewerReadsByBreakGlass: true, viewerCanRaiseClassification: true, viewerCanEdit: true }),
        ),
      ],
      signedInMock(),
    );
    const user = userEvent.setup();

    expect(await screen.findByText(notFound)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Break glass' })).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: confirmLabel });
    await user.click(confirm);
    expect(await screen.findByText('Give a reason.')).toBeInTheDocument();
    expect(granted).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: /^Why must you read it\?/ }), '  Incident 2026-114 ');
    await user.click(confirm);

    await screen.findByRole('heading', { level: 1, name: title });
    expect(granted).toHaveBeenCalledTimes(1);
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('You are reading this project by break glass');
    expect(warning).toHaveTextContent('You may read it but not change anything');
    expect(warning).toHaveTextContent('every read is recorded in the audit trail');
    expect(screen.queryByText(notFound)).not.toBeInTheDocument();
    // Still the project, between its banners, with the people named on it; nothing to edit, mark or link.
    await topBanner('Strictly confidential');
    expect(namedList()).toBeInTheDocument();
    for (const name of ['Change marking', 'Edit participants', 'Add a milestone', 'Link a request']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('says why the api refuses the grant, and keeps the form', async () => {
    renderProjectPage(
      [
        projectNotFound(),
        {
          request: {
            query: BreakGlassOnProjectDocument,
            variables: { input: { projectId: 'p1', reason: 'Incident 2026-114' } },
          },
          result: { errors: [{ message: 'You may read this project already.', extensions: { code: 'CONFLICT' } }] },
        },
      ],
      signedInMock(),
    );
    const user = userEvent.setup();

    await screen.findByText(notFound);
    await user.type(screen.getByRole('textbox', { name: /^Why must you read it\?/ }), 'Incident 2026-114');
    await user.click(screen.getByRole('button', { name: confirmLabel }));

    expect(await screen.findByText('You may read this project already.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: confirmLabel })).toBeInTheDocument();
  });

  it('shows others the usual not found, with no way around it', async () => {
    renderProjectPage([projectNotFound()]);

    expect(await screen.findByText(notFound)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Break glass')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Break glass/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createCache } from '../../app/apollo-client';
import { i18n } from '../../i18n';
import { adminCan, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import {
  AcknowledgeAssistanceRequestDocument,
  BreakGlassOnAssistanceRequestDocument,
  ChangeAssistanceRequestClassificationDocument,
  RequestFormOptionsDocument,
  WidenAssistanceRequestSharingDocument,
} from './operations';
import { RequestPage } from './RequestPage';
import {
  discussion,
  discussionAnswers,
  focalPoint,
  request,
  requestAnswer,
  requestNotFound,
  unoct,
  unodc,
} from './requests.fixtures';

const focalPointCan = { ...adminCan, requestAssistance: true, triageAssistanceRequests: false, breakGlass: false };

function renderRequestPage(
  mocks: MockLink.MockedResponse[],
  signedIn: MockLink.MockedResponse = signedInMock(focalPoint, focalPointCan),
) {
  renderWithApp(
    <WhenSignedIn>
      <RequestPage />
    </WhenSignedIn>,
    {
      mocks: [signedIn, ...mocks],
      route: '/requests/r1',
      path: '/requests/:id',
      // The app's type policies: a lowered request names nobody any more.
      cache: createCache(),
    },
  );
}

const topBanner = (marking: string) =>
  screen.findByRole('note', { name: `Classification marking of this request: ${marking}` });
const bottomBanner = (marking: string) =>
  screen.getByRole('note', { name: `Classification marking, end of the request: ${marking}` });

describe('RequestPage markings', () => {
  it('shows a strictly confidential request between two red banners, with the people named on it', async () => {
    renderRequestPage([requestAnswer(request())]);

    const top = await topBanner('Strictly confidential');
    const bottom = bottomBanner('Strictly confidential');
    expect(top).toHaveAttribute('data-marking', 'STRICTLY_CONFIDENTIAL');
    expect(bottom).toHaveAttribute('data-marking', 'STRICTLY_CONFIDENTIAL');
    // The top banner comes before the title and the description, the bottom one after them.
    const heading = screen.getByRole('heading', { level: 1, name: 'Training on API/PNR' });
    const description = screen.getByText('Help us set up a passenger information unit.');
    expect(top.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(bottom.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();

    // Its author first, then the people named on it.
    const named = screen.getByRole('list', { name: 'Named on this request:' });
    expect(
      within(named)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Maria Santos · Philippines', 'Ingrid Larsen · UNODC']);
    const printed = document.head.querySelector('style[data-printed-marking]');
    expect(printed?.textContent).toMatch(/@top-center \{ content: "STRICTLY CONFIDENTIAL"/);
    // Nothing to change without the api's leave.
    expect(screen.queryByRole('button', { name: 'Change marking' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
  });

  it('shows no banner on an unclassified request', async () => {
    renderRequestPage([requestAnswer(request({ classification: 'UNCLASSIFIED', participants: [] }))]);

    await screen.findByRole('heading', { level: 1, name: 'Training on API/PNR' });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Named on this request:' })).not.toBeInTheDocument();
    expect(document.head.querySelector('style[data-printed-marking]')).toBeNull();
  });

  it('names nobody on a confidential request, and offers the actions the api allows', async () => {
    renderRequestPage([
      requestAnswer(request({ classification: 'CONFIDENTIAL', participants: [], viewerCanRaiseClassification: true })),
    ]);

    expect(await topBanner('Confidential')).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(bottomBanner('Confidential')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Named on this request:' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change marking' })).toBeInTheDocument();
    // Who is named changes on a strictly confidential request only.
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
  });

  it('says when the marking drops', async () => {
    renderRequestPage([
      requestAnswer(
        request({
          classification: 'CONFIDENTIAL',
          participants: [],
          declassifyOn: '2031-03-01',
          declassifyTo: 'UNCLASSIFIED',
        }),
      ),
    ]);

    expect(await topBanner('Confidential')).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(screen.getByText('The marking drops to Unclassified on Mar 1, 2031.')).toBeInTheDocument();
  });

  it('shows the new marking once the State lowers it', async () => {
    renderRequestPage([
      requestAnswer(request({ viewerCanLowerClassification: true })),
      {
        request: {
          query: ChangeAssistanceRequestClassificationDocument,
          variables: {
            input: { requestId: 'r1', classification: 'CONFIDENTIAL', reason: 'The operation is over' },
            language: 'en',
          },
        },
        result: {
          data: {
            changeAssistanceRequestClassification: request({
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
    expect(screen.getByRole('button', { name: 'Edit participants' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change marking' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'The operation is over');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    expect(await topBanner('Confidential')).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(bottomBanner('Confidential')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Named on this request:' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
    // The banners follow the cache at once; the dialog closes when the mutation's promise settles after it.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Change the marking' })).not.toBeInTheDocument());
  });

  it('speaks Arabic right to left, the names of the people named isolated in it', async () => {
    await act(() => i18n.changeLanguage('ar'));
    renderRequestPage([requestAnswer(request(), 'ar')]);

    const top = await screen.findByRole('note', { name: 'علامة تصنيف هذا الطلب: سري للغاية' });
    expect(top).toHaveTextContent('سري للغاية');
    expect(screen.getByRole('note', { name: 'علامة التصنيف، نهاية الطلب: سري للغاية' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const named = screen.getByRole('list', { name: 'الأشخاص المسمَّون في هذا الطلب:' });
    expect(within(named).getByText('Maria Santos').tagName).toBe('BDI');
  });
});

describe('RequestPage break glass', () => {
  const notFound = 'This record does not exist or you may not see it.';

  it('lets a platform admin break glass on a request they may not read, then shows it', async () => {
    const granted = vi.fn(() => ({
      data: { breakGlassOnAssistanceRequest: { __typename: 'AssistanceRequest', id: 'r1' } },
    }));
    renderRequestPage(
      [
        requestNotFound(),
        {
          request: {
            query: BreakGlassOnAssistanceRequestDocument,
            variables: { input: { requestId: 'r1', reason: 'Incident 2026-114' } },
          },
          result: granted,
        },
        requestAnswer(request({ viewerReadsByBreakGlass: true })),
      ],
      signedInMock(),
    );
    const user = userEvent.setup();

    expect(await screen.findByText(notFound)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Break glass' })).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Break glass and read the request' });
    await user.click(confirm);
    expect(await screen.findByText('Give a reason.')).toBeInTheDocument();
    expect(granted).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: /^Why must you read it\?/ }), '  Incident 2026-114 ');
    await user.click(confirm);

    await screen.findByRole('heading', { level: 1, name: 'Training on API/PNR' });
    expect(granted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toHaveTextContent('You are reading this request by break glass');
    expect(screen.queryByText(notFound)).not.toBeInTheDocument();
  });

  it('says why the api refuses the grant, and keeps the form', async () => {
    renderRequestPage(
      [
        requestNotFound(),
        {
          request: {
            query: BreakGlassOnAssistanceRequestDocument,
            variables: { input: { requestId: 'r1', reason: 'Incident 2026-114' } },
          },
          result: { errors: [{ message: 'You may read this request already.', extensions: { code: 'CONFLICT' } }] },
        },
      ],
      signedInMock(),
    );
    const user = userEvent.setup();

    await screen.findByText(notFound);
    await user.type(screen.getByRole('textbox', { name: /^Why must you read it\?/ }), 'Incident 2026-114');
    await user.click(screen.getByRole('button', { name: 'Break glass and read the request' }));

    expect(await screen.findByText('You may read this request already.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Break glass and read the request' })).toBeInTheDocument();
  });

  it('shows others the usual not found, with no way around it', async () => {
    renderRequestPage([requestNotFound()]);

    expect(await screen.findByText(notFound)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Break glass')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Break glass/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('offers a party the discussion and the files to write in', async () => {
    renderRequestPage([
      requestAnswer(request({ viewerCanEdit: true, viewerTransitions: ['MATCHED'], discussion })),
      ...discussionAnswers(),
    ]);

    await screen.findByText('The unit opens in March.');
    await screen.findByRole('link', { name: 'unit-plan.pdf' });
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Match' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open as a thread' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add files' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove unit-plan.pdf' })).toBeInTheDocument();
  });

  it('says a break-glass read is read-only and audited, and offers nothing to do', async () => {
    renderRequestPage(
      [
        // Whatever the api would allow otherwise, a break-glass read shows no action.
        requestAnswer(
          request({ viewerReadsByBreakGlass: true, viewerCanEdit: true, viewerTransitions: ['MATCHED'], discussion }),
        ),
        ...discussionAnswers(),
      ],
      signedInMock(),
    );

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('You are reading this request by break glass');
    expect(warning).toHaveTextContent('You may read it but not change anything');
    expect(warning).toHaveTextContent('every read is recorded in the audit trail');
    // Still the request, between its banners, with the people named on it.
    await topBanner('Strictly confidential');
    expect(screen.getByRole('list', { name: 'Named on this request:' })).toBeInTheDocument();

    // The discussion and the files are there to read only.
    await screen.findByText('The unit opens in March.');
    await screen.findByRole('link', { name: 'unit-plan.pdf' });
    expect(screen.getByText('You may read this thread but not post in it.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open as a thread' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add files' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    // Nothing to move, match, edit or mark.
    for (const name of ['Match', 'Edit', 'Delete', 'Change marking', 'Edit participants']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });
});

describe('RequestPage acknowledgements', () => {
  const seenByUnodc = {
    __typename: 'AssistanceRequestAcknowledgement',
    id: 'ack-1',
    acknowledgedAt: '2026-12-02T10:00:00Z',
    organization: unodc,
  };
  const unodcMember = {
    ...focalPoint,
    id: 'u-ingrid',
    email: 'member@unodc.example',
    name: 'Ingrid Larsen',
    role: 'ENTITY_MEMBER' as const,
    isOrganizationAdmin: false,
    organization: { id: 'org-unodc', acronym: 'UNODC', kind: 'COMPACT_ENTITY' as const },
  };
  const unodcCan = { ...adminCan, requestAssistance: false, triageAssistanceRequests: false, breakGlass: false };
  const unclassified = { classification: 'UNCLASSIFIED', participants: [] };

  it('tells the State which entities have seen its request, and when', async () => {
    renderRequestPage([requestAnswer(request({ ...unclassified, acknowledgements: [seenByUnodc] }))]);

    expect(await screen.findByText('Seen by')).toBeInTheDocument();
    expect(screen.getByText('UNODC')).toHaveAttribute('title', 'UN Office on Drugs and Crime');
    expect(document.querySelector('time[datetime="2026-12-02T10:00:00Z"]')).toHaveTextContent('Dec 2, 2026');
    expect(screen.queryByRole('button', { name: 'Mark as seen' })).not.toBeInTheDocument();
  });

  it('lets an entity in scope say its organization has seen it', async () => {
    renderRequestPage(
      [
        requestAnswer(request({ ...unclassified, viewerCanAcknowledge: true })),
        {
          request: { query: AcknowledgeAssistanceRequestDocument, variables: { id: 'r1', language: 'en' } },
          result: {
            data: {
              acknowledgeAssistanceRequest: {
                __typename: 'AssistanceRequest',
                id: 'r1',
                viewerCanAcknowledge: false,
                acknowledgements: [seenByUnodc],
              },
            },
          },
        },
      ],
      signedInMock(unodcMember, unodcCan),
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Mark as seen' }));
    expect(screen.queryByText('No entity yet')).not.toBeInTheDocument();

    expect(await screen.findByText('UNODC')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as seen' })).not.toBeInTheDocument();
    // An entity sees its own organization's only: "none yet" would say nothing of the others.
    expect(screen.queryByText('No entity yet')).not.toBeInTheDocument();
  });
});

describe('RequestPage sharing', () => {
  it('lets the State share its submitted request with every Compact entity', async () => {
    renderRequestPage([
      requestAnswer(
        request({
          classification: 'UNCLASSIFIED',
          participants: [],
          sharingScope: 'NAMED_ENTITIES',
          sharedEntities: [unodc],
          viewerCanWidenSharing: true,
        }),
      ),
      {
        request: { query: RequestFormOptionsDocument, variables: { language: 'en' } },
        result: {
          data: {
            workingGroups: [],
            organizations: {
              __typename: 'OrganizationConnection',
              edges: [{ __typename: 'OrganizationEdge', node: unodc }],
            },
          },
        },
      },
      {
        request: {
          query: WidenAssistanceRequestSharingDocument,
          variables: { input: { id: 'r1', sharingScope: 'ALL_ENTITIES', sharedEntityIds: [] }, language: 'en' },
        },
        result: {
          data: {
            widenAssistanceRequestSharing: {
              __typename: 'AssistanceRequest',
              id: 'r1',
              sharingScope: 'ALL_ENTITIES',
              viewerCanWidenSharing: true,
              updatedAt: '2026-12-05T09:00:00Z',
              sharedEntities: [],
            },
          },
        },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Share more widely' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share the request more widely' });
    // Sharing with fewer entities is not offered.
    expect(within(dialog).getByRole('radio', { name: /^Coordinators only/ })).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: /^All Compact entities/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Share the request more widely' })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('All Compact entities')).toBeInTheDocument();
  });
});

describe('RequestPage offers', () => {
  const interpol = { __typename: 'Organization', id: 'org-interpol', acronym: 'INTERPOL', name: 'INTERPOL' };
  const offer = (id: string, organization: typeof unodc, status: 'ACTIVE' | 'WITHDRAWN') => ({
    __typename: 'AssistanceOffer',
    id,
    note: 'Trainers in January.',
    noteHtml: '<p>Trainers in January.</p>',
    status,
    createdAt: '2026-11-29T09:00:00Z',
    updatedAt: '2026-11-29T09:00:00Z',
    organization,
    author: { __typename: 'Author', name: 'Ingrid Larsen' },
  });
  const offers = [offer('o1', unodc, 'ACTIVE'), offer('o2', interpol, 'ACTIVE'), offer('o3', unoct, 'WITHDRAWN')];
  const badgesOf = async () => {
    const list = await screen.findByRole('list', { name: 'Offers' });
    return within(list)
      .getAllByRole('listitem')
      .map((item) => [
        within(item).getByRole('link').textContent,
        item.querySelector('.mantine-Badge-root')?.textContent,
      ]);
  };

  it('shows the offers active while the request takes them', async () => {
    renderRequestPage([requestAnswer(request({ classification: 'UNCLASSIFIED', participants: [], offers }))]);
    expect(await badgesOf()).toEqual([
      ['UNODC', 'Active'],
      ['INTERPOL', 'Active'],
      ['UNOCT', 'Withdrawn'],
    ]);
  });

  it('shows which offer was taken up once the request is matched, and no other as active', async () => {
    const matched = request({
      classification: 'UNCLASSIFIED',
      participants: [],
      status: 'MATCHED',
      leadEntity: unodc,
      offers,
    });
    renderRequestPage([requestAnswer(matched)]);
    expect(await badgesOf()).toEqual([
      ['UNODC', 'Lead entity'],
      ['INTERPOL', undefined],
      ['UNOCT', 'Withdrawn'],
    ]);
  });
});

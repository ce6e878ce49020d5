import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createCache } from '../../app/apollo-client';
import { i18n } from '../../i18n';
import { adminCan, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { ChangeAssistanceRequestClassificationDocument } from './operations';
import { RequestPage } from './RequestPage';
import { focalPoint, request, requestAnswer } from './requests.fixtures';

const focalPointCan = { ...adminCan, requestAssistance: true, triageAssistanceRequests: false, breakGlass: false };

function renderRequestPage(mocks: MockLink.MockedResponse[]) {
  renderWithApp(
    <WhenSignedIn>
      <RequestPage />
    </WhenSignedIn>,
    {
      mocks: [signedInMock(focalPoint, focalPointCan), ...mocks],
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
    expect(screen.queryByRole('dialog', { name: 'Change the marking' })).not.toBeInTheDocument();
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

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminCan, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { AssistanceRequestsDocument } from './operations';
import { RequestsPage } from './RequestsPage';
import { focalPoint, summary } from './requests.fixtures';

const focalPointCan = { ...adminCan, requestAssistance: true, triageAssistanceRequests: false, breakGlass: false };

describe('RequestsPage', () => {
  it('marks the classified requests of the list, not the unclassified ones', async () => {
    const rows = [
      { id: 'r1', reference: 'AR-0001', title: 'Training on API/PNR', classification: 'STRICTLY_CONFIDENTIAL' },
      { id: 'r2', reference: 'AR-0002', title: 'Forensic laboratory', classification: 'CONFIDENTIAL' },
      { id: 'r3', reference: 'AR-0003', title: 'Protection of soft targets', classification: 'UNCLASSIFIED' },
    ].map((row) => ({ __typename: 'AssistanceRequestEdge', node: summary(row) }));
    renderWithApp(
      <WhenSignedIn>
        <RequestsPage kind="all" />
      </WhenSignedIn>,
      {
        mocks: [
          signedInMock(focalPoint, focalPointCan),
          {
            request: { query: AssistanceRequestsDocument, variables: { language: 'en', filter: { search: null } } },
            result: {
              data: {
                assistanceRequests: {
                  __typename: 'AssistanceRequestConnection',
                  totalCount: 3,
                  totalCountIsExact: true,
                  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                  edges: rows,
                },
              },
            },
            maxUsageCount: 5,
          },
        ],
      },
    );

    const row = async (title: string) => (await screen.findByRole('link', { name: title })).closest('tr')!;
    expect(within(await row('Training on API/PNR')).getByText('Strictly confidential')).toBeInTheDocument();
    expect(within(await row('Forensic laboratory')).getByText('Confidential')).toBeInTheDocument();
    expect(within(await row('Protection of soft targets')).queryByText('Unclassified')).not.toBeInTheDocument();
  });
});

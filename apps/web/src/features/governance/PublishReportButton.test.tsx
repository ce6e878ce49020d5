import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { PublishQuarterlyReportDocument, ReportBodiesDocument } from './operations';
import { PublishReportButton } from './PublishReportButton';

function bodies(mayPublish: { cc: boolean; ab: boolean }): MockLink.MockedResponse {
  return {
    request: { query: ReportBodiesDocument, variables: { language: 'en' } },
    result: {
      data: {
        governanceBodies: [
          {
            __typename: 'GovernanceBody',
            id: 'cc',
            acronym: 'CC',
            name: 'Coordination Committee',
            viewerMayPublishReports: mayPublish.cc,
          },
          {
            __typename: 'GovernanceBody',
            id: 'ab',
            acronym: null,
            name: 'UNCCT Advisory Board',
            viewerMayPublishReports: mayPublish.ab,
          },
        ],
      },
    },
  };
}

const quarter = { year: 2020, quarter: 1 };

describe('PublishReportButton', () => {
  it('is not offered to those who may publish to no body', async () => {
    renderWithApp(
      <>
        <h1>Report</h1>
        <PublishReportButton quarter={quarter} label="Q1 2020" />
      </>,
      { mocks: [signedInMock(), bodies({ cc: false, ab: false })] },
    );
    await screen.findByRole('heading', { name: 'Report' });
    // The answer arrives, and still no button.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Publish to a body' })).not.toBeInTheDocument();
  });

  it('publishes the quarter to the chosen body and links to the new thread', async () => {
    const published = vi.fn(() => ({
      data: {
        publishQuarterlyReport: {
          __typename: 'Thread',
          id: 't9',
          title: 'Quarterly report Q1 2020',
          workspace: { __typename: 'Workspace', id: 'w-ab' },
        },
      },
    }));
    renderWithApp(<PublishReportButton quarter={quarter} label="Q1 2020" />, {
      mocks: [
        signedInMock(),
        bodies({ cc: true, ab: true }),
        {
          request: { query: PublishQuarterlyReportDocument, variables: { year: 2020, quarter: 1, bodyId: 'ab' } },
          result: published,
        },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Publish to a body' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the report of Q1 2020' });
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await within(dialog).findByText('Choose a body.')).toBeInTheDocument();
    expect(published).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('combobox', { name: /^Governance body/ }));
    await user.click(await screen.findByRole('option', { name: 'UNCCT Advisory Board' }));
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    expect(await within(dialog).findByText('The report is published.')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open the thread' })).toHaveAttribute('href', '/threads/t9');
    expect(published).toHaveBeenCalledTimes(1);
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Classification } from '@ctcp/shared';
import type { ReportActivityFieldsFragment } from '../../gql/graphql';
import { renderWithApp, signedInMock } from '../../test/render';
import { ReportActivities, ReportReceipts } from './ReportItems';

const project = (marking: Classification | null) => marking && { id: 'p1', classification: marking };

function launch(id: string, title: string, marking: Classification | null): ReportActivityFieldsFragment {
  return {
    id,
    title,
    type: 'LAUNCH',
    startDate: '2020-03-02',
    endDate: '2020-03-02',
    city: 'Manila',
    countryCode: 'PH',
    online: false,
    organizers: [{ id: 'o1', acronym: 'UNOCT', name: 'UN Office of Counter-Terrorism' }],
    project: project(marking),
  };
}

const received = (id: string, donor: string, marking: Classification | null) => ({
  id,
  amountUsd: 100_000,
  date: '2020-03-02',
  purpose: 'Border management programme',
  donor: { id: `org-${id}`, acronym: null, name: donor },
  project: project(marking),
});

const entries = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('ReportActivities', () => {
  it('marks the activities of a marked project beside their titles, and only those', () => {
    renderWithApp(
      <ReportActivities
        activities={[
          launch('a1', 'Launch of the border programme', 'STRICTLY_CONFIDENTIAL'),
          launch('a2', 'Launch of the youth programme', 'UNCLASSIFIED'),
          launch('a3', 'Launch of the victims programme', null),
        ]}
      />,
      { mocks: [signedInMock()] },
    );

    expect(entries()).toEqual([
      expect.stringMatching(/Launch of the border programmeStrictly confidentialUNOCT$/),
      expect.stringMatching(/Launch of the youth programmeUNOCT$/),
      expect.stringMatching(/Launch of the victims programmeUNOCT$/),
    ]);
  });
});

describe('ReportReceipts', () => {
  it('marks the money received for a marked project, and only that', () => {
    renderWithApp(
      <ReportReceipts
        receipts={[
          received('c1', 'Norway', 'CONFIDENTIAL'),
          received('c2', 'Japan', 'UNCLASSIFIED'),
          received('c3', 'Canada', null),
        ]}
      />,
      { mocks: [signedInMock()] },
    );

    expect(entries()).toEqual([
      expect.stringMatching(/^Norway · .+ · .+ConfidentialBorder management programme$/),
      expect.stringMatching(/^Japan · .+ · .+\dBorder management programme$/),
      expect.stringMatching(/^Canada · .+ · .+\dBorder management programme$/),
    ]);
  });
});

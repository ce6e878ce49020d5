import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OrganizationOptionsDocument } from '../../gql/graphql';
import { renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { ProjectFormOptionsDocument, ProjectsDocument } from './operations';
import { coordinator, coordinatorCan, unodc } from './projects.fixtures';
import { portfolioExportUrl, ProjectsPage } from './ProjectsPage';

describe('ProjectsPage', () => {
  it('marks the classified projects of the list, not the unclassified ones', async () => {
    const rows = [
      { id: 'p1', title: 'Border security in Central Asia', classification: 'STRICTLY_CONFIDENTIAL' },
      { id: 'p2', title: 'Prison radicalization', classification: 'CONFIDENTIAL' },
      { id: 'p3', title: 'Protection of soft targets', classification: 'UNCLASSIFIED' },
    ].map((row) => ({
      __typename: 'ProjectEdge',
      node: {
        __typename: 'Project',
        ...row,
        status: 'ACTIVE',
        startDate: '2026-03-01',
        endDate: null,
        budgetUsd: null,
        beneficiaryCountryCodes: [],
        beneficiaryRegions: [],
        leadEntity: { __typename: 'Organization', id: unodc.id, acronym: unodc.acronym, name: unodc.name },
        workingGroup: null,
      },
    }));
    renderWithApp(
      <WhenSignedIn>
        <ProjectsPage />
      </WhenSignedIn>,
      {
        mocks: [
          signedInMock(coordinator, coordinatorCan),
          // What the filters offer.
          {
            request: { query: ProjectFormOptionsDocument, variables: { language: 'en' } },
            result: { data: { workingGroups: [] } },
            maxUsageCount: 5,
          },
          {
            request: { query: OrganizationOptionsDocument, variables: () => true },
            result: { data: { organizations: { __typename: 'OrganizationConnection', edges: [] } } },
            maxUsageCount: 5,
          },
          {
            request: {
              query: ProjectsDocument,
              variables: {
                language: 'en',
                filter: {
                  search: null,
                  status: null,
                  pillar: null,
                  workingGroupId: null,
                  leadEntityId: null,
                  countryCode: null,
                },
              },
            },
            result: {
              data: {
                projects: {
                  __typename: 'ProjectConnection',
                  totalCount: 3,
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
    expect(within(await row('Border security in Central Asia')).getByText('Strictly confidential')).toBeInTheDocument();
    expect(within(await row('Prison radicalization')).getByText('Confidential')).toBeInTheDocument();
    expect(within(await row('Protection of soft targets')).queryByText('Unclassified')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/exports/projects.csv?language=en',
    );
  });
});

describe('portfolioExportUrl', () => {
  it('carries the list’s filters that are set, and the language', () => {
    expect(
      portfolioExportUrl({ search: 'border & ports', status: 'ACTIVE', pillar: null, countryCode: 'PH' }, 'fr'),
    ).toBe('/exports/projects.csv?search=border+%26+ports&status=ACTIVE&countryCode=PH&language=fr');
  });
});

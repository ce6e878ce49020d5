import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { OrganizationOptionsDocument, UserOptionsDocument } from '../../components/operations';
import type { SessionUser } from '../../session';
import { adminCan, adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { AUDIT_PAGE_SIZE, AuditTrailPage } from './AuditTrailPage';
import {
  AuditEventsDocument,
  AuditFilterOrganizationDocument,
  AuditFilterPersonDocument,
  VerifyAuditChainDocument,
} from './operations';

/** UNODC's organization admin: reads what UNODC's people did, and does not verify the chain. */
const unodcAdmin: SessionUser = {
  ...adminUser,
  id: 'user-unodc',
  role: 'ENTITY_MEMBER',
  isOrganizationAdmin: true,
  organization: { id: 'org-unodc', acronym: 'UNODC', kind: 'COMPACT_ENTITY' },
};
const unodcMember: SessionUser = { ...unodcAdmin, isOrganizationAdmin: false };

const UNODC = { __typename: 'Organization', id: 'org-unodc', name: 'UN Office on Drugs and Crime', acronym: 'UNODC' };
const LENA = { __typename: 'User', id: 'user-lena', name: 'Lena Novak', email: 'lena@unodc.example' };
const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

function event(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AuditEvent',
    id,
    action: 'sign_in.failed',
    targetType: 'User',
    targetId: 'user-lena',
    details: JSON.stringify({ email: 'lena@unodc.example', reason: 'wrong password' }),
    ipAddress: '203.0.113.7',
    userAgent: CHROME_ON_WINDOWS,
    createdAt: '2030-01-15T09:30:00Z',
    actor: LENA,
    organization: UNODC,
    ...overrides,
  };
}

const NO_FILTER = { actorId: null, organizationId: null, action: null, targetId: null, from: null, to: null };

/** Midnight of the day where the test runs, as the page sends it. */
const localMidnight = (year: number, month: number, day: number) => new Date(year, month - 1, day).toISOString();

function eventsAnswer(
  filter: Record<string, string | null>,
  events: ReturnType<typeof event>[],
  { after, totalCount = events.length, exact = true, endCursor = null as string | null, hasNextPage = false } = {} as {
    after?: string;
    totalCount?: number;
    exact?: boolean;
    endCursor?: string | null;
    hasNextPage?: boolean;
  },
): MockLink.MockedResponse {
  return {
    request: {
      query: AuditEventsDocument,
      variables: { filter: { ...NO_FILTER, ...filter }, first: AUDIT_PAGE_SIZE, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        auditEvents: {
          __typename: 'AuditEventConnection',
          totalCount,
          totalCountIsExact: exact,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          edges: events.map((node) => ({ __typename: 'AuditEventEdge', node })),
        },
      },
    },
  };
}

/** What the people and organization pickers ask when they open. */
const pickerOptions: MockLink.MockedResponse[] = [
  {
    request: { query: UserOptionsDocument, variables: { search: null, first: 20 } },
    result: { data: { users: { __typename: 'UserConnection', edges: [] } } },
    maxUsageCount: 20,
  },
  {
    request: { query: OrganizationOptionsDocument, variables: { language: 'en', search: null, kind: null } },
    result: { data: { organizations: { __typename: 'OrganizationConnection', edges: [] } } },
    maxUsageCount: 20,
  },
];

function renderPage(route: string, mocks: MockLink.MockedResponse[], user: SessionUser = adminUser) {
  // What the api's policy answers: platform admins and organization admins read the trail.
  const can = {
    ...adminCan,
    readAuditTrail: user.role === 'ADMIN' || user.isOrganizationAdmin,
    verifyAuditChain: user.role === 'ADMIN',
  };
  renderWithApp(
    <WhenSignedIn>
      <AuditTrailPage />
    </WhenSignedIn>,
    { route, path: '/audit', mocks: [signedInMock(user, can), ...pickerOptions, ...mocks] },
  );
  return userEvent.setup();
}

describe('AuditTrailPage', () => {
  it('sends the filters of the address and lists the events', async () => {
    const filter = {
      action: 'sign_in.failed',
      actorId: 'user-lena',
      organizationId: 'org-unodc',
      from: localMidnight(2030, 1, 1),
      // The last day is included: up to the midnight after it.
      to: localMidnight(2030, 2, 1),
    };
    renderPage('/audit?action=sign_in.failed&person=user-lena&organization=org-unodc&from=2030-01-01&to=2030-01-31', [
      eventsAnswer(
        filter,
        [
          event('e2'),
          event('e1', {
            action: 'user.role_changed',
            targetId: 'user-omar',
            details: JSON.stringify({ before: { role: 'OBSERVER' }, after: { role: 'ENTITY_MEMBER' } }),
            actor: null,
            organization: null,
            ipAddress: null,
            userAgent: null,
          }),
        ],
        { totalCount: 10000, exact: false },
      ),
      {
        request: { query: AuditFilterPersonDocument, variables: { id: 'user-lena' } },
        result: {
          data: {
            user: { ...LENA, organization: { __typename: 'Organization', id: 'org-unodc', acronym: 'UNODC' } },
          },
        },
      },
      {
        request: { query: AuditFilterOrganizationDocument, variables: { id: 'org-unodc', language: 'en' } },
        result: { data: { organization: { ...UNODC, kind: 'COMPACT_ENTITY' } } },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['When', 'Who', 'Action', 'Target', 'Details', 'Address and browser']);
    const [, failed, changed] = within(table).getAllByRole('row');
    const failedCells = within(failed).getAllByRole('cell');
    expect(failedCells[0]).toHaveTextContent('2030');
    expect(within(failedCells[1]).getByRole('link', { name: 'Lena Novak' })).toHaveAttribute(
      'href',
      '/people/user-lena',
    );
    expect(within(failedCells[1]).getByRole('link', { name: 'UNODC' })).toHaveAttribute(
      'href',
      '/organizations/org-unodc',
    );
    expect(failedCells[2]).toHaveTextContent('sign_in.failed');
    expect(failedCells[3]).toHaveTextContent('Useruser-lena');
    expect(failedCells[4]).toHaveTextContent('email:lena@unodc.examplereason:wrong password');
    expect(failedCells[5]).toHaveTextContent('203.0.113.7Chrome 126 · Windows');
    const changedCells = within(changed).getAllByRole('cell');
    expect(changedCells[1]).toHaveTextContent('No signed-in person');
    expect(changedCells[4]).toHaveTextContent('before.role:OBSERVERafter.role:ENTITY_MEMBER');
    expect(changedCells[5]).toHaveTextContent('Not recorded');
    expect(screen.getByText('Showing 2 of 10,000+')).toBeInTheDocument();

    // The pickers show the person and the organization of the address.
    expect(await screen.findByDisplayValue('Lena Novak (lena@unodc.example) · UNODC')).toBeInTheDocument();
    expect(await screen.findByDisplayValue('UNODC – UN Office on Drugs and Crime')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('sign_in.failed');

    // The export downloads the same events.
    const exportLink = screen.getByRole('link', { name: 'Export CSV' });
    const exported = new URL(exportLink.getAttribute('href') ?? '', 'http://localhost');
    expect(exported.pathname).toBe('/exports/audit.csv');
    expect(Object.fromEntries(exported.searchParams)).toEqual(filter);
  });

  it('applies an action typed in the filter, and shows more events on demand', async () => {
    const user = renderPage('/audit', [
      eventsAnswer({}, [event('e3', { action: 'attachment.downloaded' })]),
      eventsAnswer({ action: 'sign_in.failed' }, [event('e2')], {
        totalCount: 2,
        endCursor: 'e2',
        hasNextPage: true,
      }),
      eventsAnswer({ action: 'sign_in.failed' }, [event('e1', { ipAddress: '198.51.100.4' })], {
        after: 'e2',
        totalCount: 2,
      }),
    ]);

    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getByText('attachment.downloaded')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Action' }), 'sign_in.failed{Enter}');

    expect(await within(table).findByText('sign_in.failed')).toBeInTheDocument();
    expect(within(table).queryByText('attachment.downloaded')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/exports/audit.csv?action=sign_in.failed',
    );

    await user.click(screen.getByRole('button', { name: 'Show more' }));

    expect(await within(table).findByText('198.51.100.4')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('verifies the chain for platform admins', async () => {
    const user = renderPage('/audit', [
      eventsAnswer({}, [event('e1')]),
      {
        request: { query: VerifyAuditChainDocument },
        result: {
          data: {
            verifyAuditChain: { __typename: 'AuditChainVerification', ok: true, checked: 1234, firstBrokenId: null },
          },
        },
      },
      {
        request: { query: VerifyAuditChainDocument },
        result: {
          data: {
            verifyAuditChain: { __typename: 'AuditChainVerification', ok: false, checked: 812, firstBrokenId: '4711' },
          },
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Verify the chain' }));

    const intact = (await screen.findByText('The audit trail is intact')).closest('[role="status"]');
    expect(intact).toHaveTextContent('Rows checked: 1,234.');

    await user.click(screen.getByRole('button', { name: 'Verify the chain' }));

    const broken = await screen.findByRole('alert');
    expect(broken).toHaveTextContent('The audit trail has been altered');
    expect(broken).toHaveTextContent('The first row that does not match is \u20684711\u2069.');
    expect(broken).toHaveTextContent('Rows checked: 812.');
  });

  it('shows an organization admin their own people, without verifying the chain', async () => {
    // An organization in the address is not theirs to choose: the api reads their own anyway.
    renderPage('/audit?organization=org-unoct', [eventsAnswer({}, [event('e1')])], unodcAdmin);

    expect(await screen.findByRole('table', { name: 'Audit events' })).toBeInTheDocument();
    expect(screen.getByText(/What the people of .*UNODC.* did on the platform/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Organization/)).toHaveValue('UNODC');
    expect(screen.getByLabelText(/^Organization/)).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Verify the chain' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', '/exports/audit.csv');
  });

  it('says when nothing matches the filters', async () => {
    renderPage('/audit?target=user-omar', [eventsAnswer({ targetId: 'user-omar' }, [])]);

    expect(await screen.findByText('No events match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('is refused to people who are not admins', async () => {
    renderPage('/audit', [], unodcMember);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only platform admins and organization admins read the audit trail.',
    );
    expect(screen.queryByRole('link', { name: 'Export CSV' })).not.toBeInTheDocument();
  });

  it('shows the not-allowed state when the api refuses', async () => {
    renderPage(
      '/audit',
      [
        {
          request: { query: AuditEventsDocument, variables: { filter: NO_FILTER, first: AUDIT_PAGE_SIZE } },
          result: { errors: [{ message: 'Not allowed.', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
      unodcAdmin,
    );

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Only platform admins and organization admins read the audit trail.',
      ),
    );
  });
});

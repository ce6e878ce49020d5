import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminCan, adminUser, renderWithApp, signedInMock } from '../../test/render';
import { QuarterlyReportDocument } from './operations';
import { QuarterlyReportPage } from './QuarterlyReportPage';

describe('QuarterlyReportPage in print mode', () => {
  it('tells the printer that the report failed instead of letting it print the error', async () => {
    const { container } = renderWithApp(<QuarterlyReportPage />, {
      route: '/reports/2020/1?print=1&lang=en',
      path: '/reports/:year/:quarter',
      mocks: [
        signedInMock(adminUser, adminCan),
        {
          request: { query: QuarterlyReportDocument, variables: { year: 2020, quarter: 1, language: 'en' } },
          result: { errors: [{ message: 'The service is busy.', extensions: { code: 'UNAVAILABLE' } }] },
        },
      ],
    });
    await waitFor(() => expect(container.querySelector('[data-print-error]')).not.toBeNull());
    expect(container.querySelector('[data-print-error]')?.getAttribute('data-print-error')).toBe('UNAVAILABLE');
    expect(container.querySelector('[data-print-ready]')).toBeNull();
  });
});

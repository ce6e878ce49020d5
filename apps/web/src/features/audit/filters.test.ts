import { describe, expect, it } from 'vitest';
import { exportUrl, readFilterValues, toEventFilter } from './filters';

describe('audit filters', () => {
  it('reads the address, dropping days that are not days', () => {
    const values = readFilterValues(
      new URLSearchParams('action=+sign_in.failed+&person=p1&organization=o1&target=t1&from=2030-01-01&to=31/01/2030'),
    );
    expect(values).toEqual({
      action: 'sign_in.failed',
      personId: 'p1',
      organizationId: 'o1',
      targetId: 't1',
      from: '2030-01-01',
      to: '',
    });
  });

  it('turns the days into instants of the reader, the last day included', () => {
    const values = readFilterValues(new URLSearchParams('from=2030-03-30&to=2030-03-31&organization=o1'));
    expect(toEventFilter(values, { withOrganization: true })).toEqual({
      actorId: null,
      organizationId: 'o1',
      action: null,
      targetId: null,
      from: new Date(2030, 2, 30).toISOString(),
      to: new Date(2030, 3, 1).toISOString(),
    });
    expect(toEventFilter(values, { withOrganization: false }).organizationId).toBeNull();
  });

  it('links the export with the filters set', () => {
    const filter = toEventFilter(readFilterValues(new URLSearchParams('action=report.exported&person=p1')), {
      withOrganization: true,
    });
    expect(exportUrl(filter)).toBe('/exports/audit.csv?actorId=p1&action=report.exported');
    expect(exportUrl(toEventFilter(readFilterValues(new URLSearchParams()), { withOrganization: true }))).toBe(
      '/exports/audit.csv',
    );
  });
});

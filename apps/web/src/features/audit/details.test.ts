import { describe, expect, it } from 'vitest';
import { detailEntries, shortUserAgent } from './details';

describe('detailEntries', () => {
  it('lists an object as key: value lines, nested objects as dotted keys', () => {
    expect(
      detailEntries(
        JSON.stringify({
          before: { role: 'OBSERVER', isOrganizationAdmin: false },
          fields: ['title', 'status'],
          rows: 12,
          filter: {},
          unitId: null,
        }),
      ),
    ).toEqual([
      { key: 'before.role', value: 'OBSERVER' },
      { key: 'before.isOrganizationAdmin', value: false },
      { key: 'fields', value: 'title, status' },
      { key: 'rows', value: 12 },
      { key: 'filter', value: '{}' },
      { key: 'unitId', value: null },
    ]);
  });

  it('shortens long values and keeps text that is not JSON', () => {
    const [entry] = detailEntries(JSON.stringify({ reason: 'x'.repeat(200) }));
    expect(String(entry.value)).toHaveLength(80);
    expect(String(entry.value).endsWith('…')).toBe(true);
    expect(detailEntries('not json')).toEqual([{ key: '', value: 'not json' }]);
    expect(detailEntries('null')).toEqual([]);
  });
});

describe('shortUserAgent', () => {
  it('names the browser, its version and the system', () => {
    expect(
      shortUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87',
      ),
    ).toBe('Edge 126 · Windows');
    expect(shortUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0')).toBe(
      'Firefox 127 · macOS',
    );
    expect(
      shortUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari 17 · iOS');
    expect(
      shortUserAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome 131 · Linux');
  });

  it('cuts other clients short', () => {
    expect(shortUserAgent('curl/8.5.0')).toBe('curl 8.5.0');
    expect(shortUserAgent('SomeMonitoringAgent/2.0 (+https://monitor.example/agent-info)')).toBe(
      'SomeMonitoringAgent/2.0 (+https…',
    );
  });
});

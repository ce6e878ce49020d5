/** One line of an event's details: `reason: wrong password`, `before.role: OBSERVER`. */
export interface DetailEntry {
  key: string;
  value: string | number | boolean | null;
}

/** Entries shown per event; the CSV export has all of them. */
export const MAX_DETAIL_ENTRIES = 8;
const MAX_VALUE_LENGTH = 80;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function flatValue(value: unknown): DetailEntry['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return shorten(value, MAX_VALUE_LENGTH);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    return shorten(
      value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', '),
      MAX_VALUE_LENGTH,
    );
  }
  return shorten(JSON.stringify(value), MAX_VALUE_LENGTH);
}

function flatten(record: Record<string, unknown>, prefix: string, into: DetailEntry[]): void {
  for (const [key, value] of Object.entries(record)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRecord(value) && Object.keys(value).length > 0) flatten(value, path, into);
    else into.push({ key: path, value: flatValue(value) });
  }
}

/** An event's details (a JSON object as text) as key: value lines, nested objects as dotted keys. */
export function detailEntries(details: string): DetailEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details.trim() ? [{ key: '', value: shorten(details, MAX_VALUE_LENGTH) }] : [];
  }
  if (!isRecord(parsed)) return parsed === null ? [] : [{ key: '', value: flatValue(parsed) }];
  const entries: DetailEntry[] = [];
  flatten(parsed, '', entries);
  return entries;
}

const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\bOPR\/(\d+)/, 'Opera'],
  [/\bSamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
  [/\bcurl\/([\d.]+)/, 'curl'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bLinux\b/, 'Linux'],
];

/** "Chrome 126 · Windows" for a browser's user agent; other clients' first 32 characters. */
export function shortUserAgent(userAgent: string): string {
  const browser = BROWSERS.map(([pattern, name]) => {
    const match = pattern.exec(userAgent);
    return match ? `${name} ${match[1]}` : null;
  }).find((found) => found !== null);
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser) return system ? `${browser} · ${system}` : browser;
  return shorten(userAgent.trim(), 32);
}

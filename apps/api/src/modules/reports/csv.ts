/**
 * CSV (RFC 4180) for spreadsheets: every cell quoted, a UTF-8 byte order mark so that Excel reads the
 * six languages, and cells that a spreadsheet would run as a formula defused with a leading apostrophe.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = rows.map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

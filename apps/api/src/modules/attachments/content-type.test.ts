import { describe, expect, it } from 'vitest';
import { cleanFileName, detectContentType } from './content-type.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('detectContentType', () => {
  it.each([
    ['report.pdf', bytes('%PDF-1.7\n...'), 'application/pdf'],
    ['photo.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest'), 'image/png'],
    ['photo.JPG', bytes([0xff, 0xd8, 0xff, 0xe0], 'rest'), 'image/jpeg'],
    ['anim.gif', bytes('GIF89a...'), 'image/gif'],
    ['pic.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['notes.txt', Buffer.from('Réunion à Genève\n', 'utf8'), 'text/plain'],
    ['table.csv', bytes('state,trained\nMV,25\n'), 'text/csv'],
    [
      'plan.docx',
      bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  ])('recognizes %s', (name, content, expected) => {
    expect(detectContentType(content, name)).toBe(expected);
  });

  it.each([
    ['a script renamed to .pdf', 'evil.pdf', bytes('<script>alert(1)</script>')],
    ['HTML as text', 'page.html', bytes('<html></html>')],
    ['an executable', 'setup.exe', bytes('MZ\x90\x00')],
    ['binary posing as text', 'data.txt', bytes([0x00, 0x01, 0x02])],
    ['invalid UTF-8 text', 'notes.txt', bytes([0xc3, 0x28])],
    ['a zip that is not Office', 'archive.docx', bytes([0x50, 0x4b, 0x03, 0x04], 'payload')],
    ['an SVG image', 'logo.svg', bytes('<svg onload=alert(1)>')],
  ])('refuses %s', (_label, name, content) => {
    expect(detectContentType(content, name)).toBeNull();
  });
});

describe('cleanFileName', () => {
  it('keeps a plain name, strips paths and control characters', () => {
    expect(cleanFileName('Rapport final.pdf')).toBe('Rapport final.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\x\\a"b<c>.pdf')).toBe('a_b_c_.pdf');
    expect(cleanFileName('..')).toBe('file');
    expect(cleanFileName('تقرير.pdf')).toBe('تقرير.pdf');
  });
});

import type { AttachmentContentType } from '@ctcp/shared';

/**
 * The type of an uploaded file, decided from its bytes (and, for the zip-based Office formats and text,
 * its name), or null when it is not one of the accepted kinds. The name alone is never trusted: a
 * script renamed to .pdf is refused.
 */
export function detectContentType(bytes: Buffer, fileName: string): AttachmentContentType | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const startsWith = (signature: number[], offset = 0) =>
    signature.every((byte, index) => bytes[offset + index] === byte);
  const ascii = (from: number, to: number) => bytes.subarray(from, to).toString('latin1');

  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (startsWith([0x50, 0x4b, 0x03, 0x04]) && bytes.includes('[Content_Types].xml')) {
    const office: Record<string, AttachmentContentType> = {
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    };
    const folder = { docx: 'word/', xlsx: 'xl/', pptx: 'ppt/' }[extension];
    return folder && bytes.includes(folder) ? office[extension] : null;
  }
  if ((extension === 'txt' || extension === 'csv') && isPlainText(bytes))
    return extension === 'csv' ? 'text/csv' : 'text/plain';
  return null;
}

/** Valid UTF-8 without NUL or other binary control characters. */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.some((byte) => byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)))
    return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name safe to store and to send back in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '_')
    .trim()
    .slice(0, 200);
  return cleaned.length > 0 && cleaned !== '.' && cleaned !== '..' ? cleaned : 'file';
}

import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/**
 * Stamps each page of a PDF from a classified thread with its marking and who downloaded it when, at the top
 * and the bottom, as paper copies are marked. The standard Helvetica font writes Latin-1 only: other
 * characters of a name become '?', which keeps the stamp legible rather than failing the download.
 * Null when the file is not a PDF that pdf-lib can read (it is then served as it is).
 */
export async function stampPdf(bytes: Buffer, marking: string, reader: string, at: Date): Promise<Buffer | null> {
  try {
    return await stamp(await PDFDocument.load(bytes, { updateMetadata: false }), marking, reader, at);
  } catch {
    // Not a PDF pdf-lib reads (damaged, encrypted, or without pages).
    return null;
  }
}

async function stamp(document: PDFDocument, marking: string, reader: string, at: Date): Promise<Buffer> {
  const font = await document.embedFont(StandardFonts.HelveticaBold);
  const text = latin1(
    `${marking.replace(/_/g, ' ')} - ${reader} - ${at.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
  );
  const size = 8;
  for (const page of document.getPages()) {
    const { width, height } = page.getSize();
    const x = Math.max(12, (width - font.widthOfTextAtSize(text, size)) / 2);
    for (const y of [height - 14, 8]) page.drawText(text, { x, y, size, font, color: rgb(0.7, 0, 0) });
  }
  return Buffer.from(await document.save());
}

const latin1 = (text: string) => text.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';

/**
 * Larger files keep only their name in search: a bound below the upload limit (ATTACHMENT_MAX_BYTES), so
 * that the worst case of one extraction stays small.
 */
export const TEXT_EXTRACTION_MAX_BYTES = 8 * 1024 * 1024;
/** Characters of a file's text kept for search; the rest is dropped. */
export const TEXT_CONTENT_MAX_CHARS = 200_000;
/** How long an upload waits for its text, queue included; past it the file keeps no text. */
export const TEXT_EXTRACTION_TIMEOUT_MS = 15_000;
/** Extractions at once in this process: each takes a core, and the api's requests need the other. */
const EXTRACTIONS_AT_ONCE = 1;
/** The JavaScript heap of one extraction. */
const WORKER_HEAP_MB = 256;
/**
 * Uncompressed XML read from an Office file at most, by the sizes its zip declares; the parts are inflated
 * into buffers of those sizes and no larger, so a zip bomb stays this small.
 */
const OFFICE_XML_MAX_BYTES = 64 * 1024 * 1024;

const PDF = 'application/pdf';
const OFFICE = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];
const PLAIN = ['text/plain', 'text/markdown', 'text/csv'];

export type TextExtraction =
  | { text: string; skipped?: undefined }
  | { text: ''; skipped: 'not-text' | 'too-large' | 'timeout' | 'failed'; error?: unknown };

const extractions = pLimit(EXTRACTIONS_AT_ONCE);
const modules = createRequire(import.meta.url);

/**
 * The plain text of a file for search: PDF, Word, Excel and PowerPoint (Office Open XML), and text. PDF and
 * Office files are read in a worker thread of their own, with a bounded heap, that is terminated at the
 * deadline: a hostile file cannot hang the upload, nor the api's event loop. Never throws; a file that
 * cannot be read has no text.
 */
export async function extractText(bytes: Buffer, contentType: string): Promise<TextExtraction> {
  const deadline = Date.now() + TEXT_EXTRACTION_TIMEOUT_MS;
  const plain = PLAIN.includes(contentType);
  if (!plain && contentType !== PDF && !OFFICE.includes(contentType)) return { text: '', skipped: 'not-text' };
  if (bytes.length > TEXT_EXTRACTION_MAX_BYTES) return { text: '', skipped: 'too-large' };
  if (plain) return { text: clean(bytes.toString('utf8')) };
  try {
    return await extractions(async (): Promise<TextExtraction> => {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return { text: '', skipped: 'timeout' };
      const text = await inWorker(bytes, contentType, remaining);
      return text === null ? { text: '', skipped: 'timeout' } : { text: clean(text) };
    });
  } catch (error) {
    return { text: '', skipped: 'failed', error };
  }
}

/** Search text: no NUL (PostgreSQL refuses it in text), runs of spaces and blank lines as one, bounded. */
function clean(text: string): string {
  // Enough to fill the bound after spaces are collapsed, without working through megabytes of text.
  let cleaned = text
    .slice(0, TEXT_CONTENT_MAX_CHARS * 4)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?(\r?\n ?)+/g, '\n')
    .trim();
  if (cleaned.length > TEXT_CONTENT_MAX_CHARS) {
    cleaned = cleaned.slice(0, TEXT_CONTENT_MAX_CHARS);
    // Not half a character: a lone high surrogate at the cut would be an invalid character.
    if (/[\ud800-\udbff]$/.test(cleaned)) cleaned = cleaned.slice(0, -1);
  }
  return cleaned;
}

/** The text the worker found, or null when the deadline came first; rejects when the worker failed. */
function inWorker(bytes: Buffer, contentType: string, timeoutMs: number): Promise<string | null> {
  return new Promise((done, fail) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        bytes: new Uint8Array(bytes),
        contentType,
        maxChars: TEXT_CONTENT_MAX_CHARS,
        maxXmlBytes: OFFICE_XML_MAX_BYTES,
        modules: { unpdf: modules.resolve('unpdf'), fflate: modules.resolve('fflate') },
      },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settle();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => done(null)), timeoutMs);
    worker.on('message', (message: { text?: string; error?: string }) =>
      finish(() =>
        typeof message.text === 'string' ? done(message.text) : fail(new Error(message.error ?? 'no text')),
      ),
    );
    worker.on('error', (error) => finish(() => fail(error)));
    worker.on('exit', (code) => finish(() => fail(new Error(`text extraction ended with code ${code}`))));
  });
}

/**
 * The worker's code, plain JavaScript evaluated as such: it runs the same from the compiled api and from
 * its TypeScript sources. The libraries are loaded by the paths resolved above, and only the parts of an
 * Office file that hold its text are inflated.
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { bytes, contentType, maxChars, maxXmlBytes, modules } = workerData;

async function pdfText() {
  const { getDocumentProxy } = require(modules.unpdf);
  const pdf = await getDocumentProxy(bytes, { isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  let text = '';
  for (let number = 1; number <= pdf.numPages && text.length < maxChars; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
    page.cleanup();
  }
  await pdf.destroy();
  return text;
}

// Per format: the parts with text, in reading order, the elements whose text is kept, and what the end of
// others stands for (a line, a tab).
const OFFICE = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    parts: [/^word\/document\.xml$/, /^word\/(footnotes|endnotes)\.xml$/, /^word\/(header|footer)\d*\.xml$/, /^word\/comments\.xml$/],
    text: new Set(['w:t']),
    breaks: { 'w:p': '\n', 'w:br': '\n', 'w:cr': '\n', 'w:tab': ' ' },
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    parts: [/^xl\/sharedStrings\.xml$/, /^xl\/worksheets\/sheet\d+\.xml$/],
    text: new Set(['t']),
    breaks: { si: '\n', is: '\n' },
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    parts: [/^ppt\/slides\/slide\d+\.xml$/, /^ppt\/notesSlides\/notesSlide\d+\.xml$/],
    text: new Set(['a:t']),
    breaks: { 'a:p': '\n', 'a:br': '\n' },
  },
};

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  });
}

function officeText() {
  const format = OFFICE[contentType];
  const { unzipSync, strFromU8 } = require(modules.fflate);
  const rank = (name) => format.parts.findIndex((part) => part.test(name));
  let declared = 0;
  const files = unzipSync(bytes, {
    filter: (file) => rank(file.name) >= 0 && (declared += file.originalSize) <= maxXmlBytes,
  });
  const names = Object.keys(files).sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }),
  );
  const out = [];
  let length = 0;
  for (const name of names) {
    let inText = false;
    for (const token of strFromU8(files[name]).matchAll(/<(\/?)([^\s>/]+)[^>]*?(\/?)>|([^<]+)/g)) {
      const [, closing, tag, selfClosing, chars] = token;
      if (chars !== undefined) {
        if (inText) { out.push(decode(chars)); length += chars.length; }
      } else if (format.text.has(tag)) {
        inText = !closing && !selfClosing;
      } else if (Object.hasOwn(format.breaks, tag) && (closing || selfClosing)) {
        out.push(format.breaks[tag]);
      }
      if (length >= maxChars) return out.join('');
    }
    out.push('\n');
  }
  return out.join('');
}

(contentType === 'application/pdf' ? pdfText() : Promise.resolve().then(officeText)).then(
  (text) => parentPort.postMessage({ text: text.slice(0, maxChars + 1) }),
  (error) => parentPort.postMessage({ error: String(error && error.message || error) }),
);
`;

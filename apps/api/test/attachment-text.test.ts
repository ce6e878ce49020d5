import { strToU8, zipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_EXTRACTION_MAX_BYTES } from '../src/modules/attachments/text-extraction.js';
import { signInDemoUsers, type TestApp, startTestApp, workingGroupWorkspaces } from './harness.js';

/**
 * The text inside uploaded files, read at upload and searchable through the posts that use them: real
 * files (a PDF printed by Chromium, Office files zipped here) on the real api and PostgreSQL.
 */

const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 50) { totalCount edges { node { kind id title snippet url } } }
}`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { id posts { edges { node { id } } } }
}`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  url: string;
}

let api: TestApp;
let tokens: Record<string, string>;
let workspaces: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  workspaces = await workingGroupWorkspaces(api);
});
afterAll(() => api.close());

/** An upload by the UNODC member into the BMLE working group, which INTERPOL reads and the Philippines do not. */
async function upload(name: string, content: Uint8Array): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('workspaceId', workspaces.BMLE);
  form.append('file', new Blob([new Uint8Array(content)]), name);
  const response = await fetch(`${api.url}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.unodc}` },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

async function uploaded(name: string, content: Uint8Array): Promise<string> {
  const response = await upload(name, content);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

async function post(title: string, attachmentIds: string[]): Promise<{ thread: string; post: string }> {
  const response = await api.gql(
    CREATE_THREAD,
    { input: { workspaceId: workspaces.BMLE, title, body: 'Files attached.', attachmentIds } },
    tokens.unodc,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  const thread = response.data.createThread;
  return { thread: thread.id, post: thread.posts.edges[0].node.id };
}

async function search(token: string, query: string): Promise<{ totalCount: number; hits: Hit[] }> {
  const response = await api.gql(SEARCH, { query }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  const { totalCount, edges } = response.data.search;
  return { totalCount, hits: edges.map((edge: { node: Hit }) => edge.node) };
}

async function textOf(id: string): Promise<string> {
  const [row] = await api.sql(`SELECT text_content FROM attachments WHERE id = $1`, [id]);
  return row.text_content;
}

async function printedPdf(html: string): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return await page.pdf({ format: 'A4' });
  } finally {
    await browser.close();
  }
}

const CONTENT_TYPES = (main: string, part: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${main}"/></Types>`;
const RELS = (target: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

/** A Word document of the smallest valid shape: its content types, its relationship and its body. */
function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      CONTENT_TYPES(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'word/document.xml',
      ),
    ),
    '_rels/.rels': strToU8(RELS('word/document.xml')),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** A workbook of one sheet whose cells hold shared strings. */
function xlsx(cells: string[]): Uint8Array {
  const strings = cells.map((text) => `<si><t>${text}</t></si>`).join('');
  const row = cells.map((_, index) => `<c r="${String.fromCharCode(65 + index)}1" t="s"><v>${index}</v></c>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      CONTENT_TYPES('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xl/workbook.xml'),
    ),
    '_rels/.rels': strToU8(RELS('xl/workbook.xml')),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${cells.length}" uniqueCount="${cells.length}">${strings}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${row}</row></sheetData></worksheet>`,
    ),
  });
}

/** A presentation of one slide with one text box. */
function pptx(text: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      CONTENT_TYPES(
        'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
        'ppt/presentation.xml',
      ),
    ),
    '_rels/.rels': strToU8(RELS('ppt/presentation.xml')),
    'ppt/slides/slide1.xml': strToU8(
      `<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
    ),
  });
}

describe('text of uploaded files in search', () => {
  it('finds a word only inside a PDF, a Word document, a workbook, a presentation or a text file, for members alone', async () => {
    const files = {
      quokkaferry: await uploaded(
        'Patrol report.pdf',
        await printedPdf(
          '<h1>Patrol report</h1><p>The quokkaferry crossed the strait at dawn with twelve containers aboard.</p>',
        ),
      ),
      zebrawharf: await uploaded(
        'Minutes.docx',
        docx(['Minutes of the meeting', 'Inspectors met at the zebrawharf terminal &amp; logged the manifests.']),
      ),
      lanternfish: await uploaded('Seizures.xlsx', xlsx(['Vessel', 'lanternfish trawler', 'Mombasa'])),
      albatrossquay: await uploaded('Briefing.pptx', pptx('Route review at albatrossquay, second quarter')),
      marmosetdock: await uploaded(
        'notes.txt',
        new TextEncoder().encode('Handover notes.\nThe marmosetdock warehouse was sealed on Monday.\n'),
      ),
    };
    expect(await textOf(files.zebrawharf)).toBe(
      'Minutes of the meeting\nInspectors met at the zebrawharf terminal & logged the manifests.',
    );
    // Not searchable before a post uses them: an upload is its uploader's alone.
    expect((await search(tokens.interpol, 'quokkaferry')).totalCount).toBe(0);

    const { thread, post: postId } = await post('Files of the quarter', Object.values(files));
    for (const [word, id] of Object.entries(files)) {
      const { hits } = await search(tokens.interpol, word);
      expect(hits, word).toEqual([
        expect.objectContaining({ kind: 'ATTACHMENT', id, url: `/threads/${thread}#post-${postId}` }),
      ]);
      expect(hits[0].snippet, word).toContain(`<mark>${word}</mark>`);
      expect(await search(tokens.philippines, word), word).toEqual({ totalCount: 0, hits: [] });
    }
    const [pdfHit] = (await search(tokens.interpol, 'quokkaferry')).hits;
    expect(pdfHit).toMatchObject({ title: 'Patrol report.pdf' });
    expect(pdfHit.snippet).toContain('crossed the strait');
  });

  it('keeps a damaged PDF, without text', async () => {
    const damaged = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj << /Length 99999 /Filter /FlateDecode >> stream\n'),
      Buffer.alloc(4096, 0x9c),
      Buffer.from('\nendstream endobj\n%%EOF\n'),
    ]);
    const id = await uploaded('Damaged cormorantpier.pdf', damaged);
    expect(await textOf(id)).toBe('');
    await post('A damaged file', [id]);
    // Still found by its name, with the thread's title for a snippet.
    const { hits } = await search(tokens.interpol, 'cormorantpier');
    expect(hits).toEqual([expect.objectContaining({ kind: 'ATTACHMENT', id, snippet: 'A damaged file' })]);
  });

  it('reads no more of an Office file than its text parts, and none of a zip bomb', async () => {
    const bomb = zipSync(
      { ...docxParts(), 'word/document.xml': new Uint8Array(100 * 1024 * 1024).fill(0x20) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(TEXT_EXTRACTION_MAX_BYTES);
    const id = await uploaded('Huge.docx', bomb);
    expect(await textOf(id)).toBe('');
  });

  it('stores a file over the size bound without reading it', async () => {
    const head = 'The pelicanjetty ledger.\n';
    const big = Buffer.alloc(TEXT_EXTRACTION_MAX_BYTES + 1, 'filler words ');
    big.write(head, 0);
    const response = await upload('ledger.txt', big);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ contentType: 'text/plain', size: big.length });
    expect(await textOf(response.body.id)).toBe('');
    await post('A large ledger', [response.body.id]);
    expect((await search(tokens.interpol, 'pelicanjetty')).totalCount).toBe(0);
  });
});

/** The parts of a Word document other than its body. */
function docxParts(): Record<string, Uint8Array> {
  return {
    '[Content_Types].xml': strToU8(
      CONTENT_TYPES(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'word/document.xml',
      ),
    ),
    '_rels/.rels': strToU8(RELS('word/document.xml')),
  };
}

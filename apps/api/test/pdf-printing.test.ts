import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  PDF_PAGES_AT_ONCE,
  PDF_PRINTS_PER_PERSON_PER_HOUR,
  PDF_QUEUE_LIMIT,
  PdfService,
} from '../src/modules/reports/pdf.service.js';
import { DEMO, startTestApp, type TestApp } from './harness.js';

/**
 * PDF prints through the real api, Chromium and PostgreSQL. The built web app is replaced by a page that
 * says it is ready only once the test lets it through a gate on the api's own origin (the page's
 * content security policy allows no other): the test decides how long each page prints, and sees how
 * many pages are printing at once from outside the code under test.
 */

/** How long any single wait of these tests may take on a busy two-core machine. */
const WAIT_MS = 90_000;
const HEAVY = { timeout: 240_000 };

const INDEX_HTML = `<!doctype html>
<html><head><title>Quarterly report</title><script src="/print-fixture.js" defer></script></head>
<body><h1>Quarterly report</h1><p>Printed for the tests.</p></body></html>`;
// Answered 'leave', the page turns into another page (as the web app does when its session ends and it
// shows the sign-in page) in the frame after the printer has found it ready: the printer's own lookup
// of the ready page is what starts it leaving.
const FIXTURE_JS = `fetch('/print-gate', { cache: 'no-store' }).then((response) => response.text()).then(
  (answer) => {
    if (answer === 'leave') {
      const find = document.querySelector.bind(document);
      document.querySelector = (selector) => {
        const found = find(selector);
        if (found && selector.includes('data-print-ready')) requestAnimationFrame(() => {
          document.body.removeAttribute('data-print-ready');
          document.body.textContent = 'Sign in';
        });
        return found;
      };
    }
    document.body.setAttribute('data-print-ready', '');
  },
  () => document.body.setAttribute('data-print-error', 'gate'),
);`;

/** Pages waiting at the gate; while `holding`, each waits until released. */
class Gate {
  holding = false;
  /** What the gate tells pages: go and stay ready, or leave the ready page a frame later. */
  answer: 'go' | 'leave' = 'go';
  held: ServerResponse[] = [];
  arrived = 0;
  /** The most pages ever waiting at the gate together: pages printing at once. */
  peak = 0;

  enter(res: ServerResponse): void {
    this.arrived++;
    if (!this.holding) {
      res.end(this.answer);
      return;
    }
    this.held.push(res);
    this.peak = Math.max(this.peak, this.held.length);
  }

  releaseAll(): number {
    const released = this.held.splice(0);
    for (const res of released) res.end(this.answer);
    return released.length;
  }
}

let api: TestApp;
let webDistDir: string;
let pdf: PdfService;
const gate = new Gate();

beforeAll(async () => {
  webDistDir = await mkdtemp(join(tmpdir(), 'ctcp-print-web-'));
  await writeFile(join(webDistDir, 'index.html'), INDEX_HTML);
  await writeFile(join(webDistDir, 'print-fixture.js'), FIXTURE_JS);
  api = await startTestApp({ webDistDir });
  pdf = api.app.get(PdfService);
  // The gate answers on the api's own port, ahead of the app's handlers (Express and Socket.IO).
  const server = api.app.getHttpServer() as Server;
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/print-gate')) return gate.enter(res);
    for (const handler of handlers) handler.call(server, req, res);
  });
});

afterAll(async () => {
  gate.holding = false;
  gate.releaseAll();
  await api?.close();
  // The app closed its browser: no Chromium of this process is left behind.
  expect(browserProcesses()).toEqual([]);
  await rm(webDistDir, { recursive: true, force: true });
});

interface Download {
  status: number;
  body: Buffer;
  retryAfter: string | null;
  code?: string;
}

async function download(token: string): Promise<Download> {
  const response = await fetch(`${api.url}/exports/quarterly/2020/1/report.pdf`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(WAIT_MS),
  });
  const body = Buffer.from(await response.arrayBuffer());
  const code = response.headers.get('content-type')?.startsWith('application/json')
    ? (JSON.parse(body.toString()) as { code?: string }).code
    : undefined;
  return { status: response.status, body, retryAfter: response.headers.get('retry-after'), code };
}

const isPdf = (answer: Download) => answer.status === 200 && answer.body.subarray(0, 5).toString() === '%PDF-';

/** Waits for a condition of the running prints (polled; fails the test after WAIT_MS). */
const until = (condition: () => boolean, what: string) =>
  vi.waitFor(
    () => {
      if (!condition()) throw new Error(`still waiting: ${what}`);
    },
    { timeout: WAIT_MS, interval: 20 },
  );

/**
 * The Chromium browsers this test process runs, by pid: the browser is a direct child of the process
 * (its own helpers, renderers included, are its children). Read from /proc, not from the app.
 */
function browserProcesses(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(parent) !== process.pid || state === 'Z') continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (command.includes('chromium') && command.includes('--remote-debugging-pipe')) pids.push(Number(entry));
    } catch {
      // The process ended while being read.
    }
  }
  return pids;
}

/** People who may read reports, made for the test from the UNODC member: one token each. */
async function readers(prefix: string, count: number): Promise<{ id: string; token: string }[]> {
  const rows = await api.sql<{ id: string; email: string }>(
    `INSERT INTO users (email, name, password_hash, organization_id, role, preferred_language)
     SELECT $2 || n || '@unodc.example', 'Reader ' || n, password_hash, organization_id, role, preferred_language
       FROM users, generate_series(1, $3::int) n
      WHERE email = $1
     RETURNING id, email`,
    [DEMO.unodc, prefix, count],
  );
  return Promise.all(rows.map(async (row) => ({ id: row.id, token: await api.signIn(row.email) })));
}

describe('PDF prints', () => {
  it('print through one browser, two pages at a time, and refuse at once beyond the queue', HEAVY, async () => {
    const total = PDF_PAGES_AT_ONCE + PDF_QUEUE_LIMIT + 2;
    const people = await readers('crowd-', total);
    expect(browserProcesses()).toEqual([]);

    gate.holding = true;
    const answers: Download[] = [];
    const all = Promise.all(people.map((person) => download(person.token).then((answer) => answers.push(answer))));

    // Every request has been admitted or refused once the refusals are back; two pages wait at the gate.
    await until(
      () => answers.filter((answer) => answer.status === 429).length === 2 && gate.held.length === PDF_PAGES_AT_ONCE,
      'two refusals and two pages printing',
    );
    expect(pdf.printing).toBe(PDF_PAGES_AT_ONCE);
    expect(pdf.waiting).toBe(PDF_QUEUE_LIMIT);
    expect(browserProcesses()).toHaveLength(1);

    // Let the pages through two by two: the next ones start only as earlier ones finish.
    const accepted = PDF_PAGES_AT_ONCE + PDF_QUEUE_LIMIT;
    let released = 0;
    while (released < accepted) {
      const expected = Math.min(PDF_PAGES_AT_ONCE, accepted - released);
      await until(() => gate.held.length === expected, `${expected} pages at the gate`);
      expect(browserProcesses()).toHaveLength(1);
      released += gate.releaseAll();
    }
    gate.holding = false;
    await all;

    expect(gate.peak).toBe(PDF_PAGES_AT_ONCE);
    expect(gate.arrived).toBe(accepted);
    expect(answers.filter(isPdf)).toHaveLength(accepted);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(refused).toHaveLength(2);
    for (const answer of refused) {
      expect(answer).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    expect(pdf.browsersLaunched).toBe(1);
    expect(browserProcesses()).toHaveLength(1);
    // Refused prints do not use up anyone's hour.
    const [{ count }] = await api.sql(`SELECT count(*)::int AS count FROM pdf_prints`);
    expect(count).toBe(accepted);
  });

  it('let one person print one PDF at a time', HEAVY, async () => {
    const [person] = await readers('twice-', 1);
    gate.holding = true;
    const first = download(person.token);
    await until(() => gate.held.length === 1, 'the first print at the gate');

    const second = await download(person.token);
    expect(second).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(second.retryAfter)).toBeGreaterThan(0);

    gate.holding = false;
    gate.releaseAll();
    expect(isPdf(await first)).toBe(true);
    expect(isPdf(await download(person.token))).toBe(true);
  });

  it('count prints per person and hour in the database', HEAVY, async () => {
    const [person, other] = await readers('hourly-', 2);
    await api.sql(`INSERT INTO pdf_prints (user_id) SELECT $1 FROM generate_series(1, $2::int)`, [
      person.id,
      PDF_PRINTS_PER_PERSON_PER_HOUR,
    ]);

    const refused = await download(person.token);
    expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    // Until the oldest of the hour's prints leaves the hour.
    expect(Number(refused.retryAfter)).toBeGreaterThan(3000);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(3600);
    expect(isPdf(await download(other.token))).toBe(true);

    // Prints older than an hour no longer count.
    await api.sql(`UPDATE pdf_prints SET printed_at = now() - interval '61 minutes' WHERE user_id = $1`, [person.id]);
    expect(isPdf(await download(person.token))).toBe(true);
    const [{ count }] = await api.sql(`SELECT count(*)::int AS count FROM pdf_prints WHERE user_id = $1`, [person.id]);
    expect(count).toBe(PDF_PRINTS_PER_PERSON_PER_HOUR + 1);
  });

  it('refuse to print a page that stopped being ready before it was printed', HEAVY, async () => {
    const [person] = await readers('leaving-', 1);
    gate.answer = 'leave';
    try {
      expect(await download(person.token)).toMatchObject({ status: 503 });
    } finally {
      gate.answer = 'go';
    }
    expect(isPdf(await download(person.token))).toBe(true);
  });

  it('start a new browser when the kept one dies, between prints or during one', HEAVY, async () => {
    const [person] = await readers('restart-', 1);
    expect(isPdf(await download(person.token))).toBe(true);
    const [first] = browserProcesses();
    const launched = pdf.browsersLaunched;

    // Between prints: the next print does not fail, whether or not the app has noticed yet.
    process.kill(first, 'SIGKILL');
    expect(isPdf(await download(person.token))).toBe(true);
    expect(pdf.browsersLaunched).toBe(launched + 1);
    const [second] = browserProcesses();
    expect(second).not.toBe(first);
    expect(browserProcesses()).toHaveLength(1);

    // During a print: that print is answered 503 (try again), and the next one prints.
    gate.holding = true;
    const caught = download(person.token);
    await until(() => gate.held.length === 1, 'the print at the gate');
    process.kill(second, 'SIGKILL');
    expect(await caught).toMatchObject({ status: 503 });
    gate.holding = false;
    gate.releaseAll();
    expect(isPdf(await download(person.token))).toBe(true);
    expect(pdf.browsersLaunched).toBe(launched + 2);
    expect(browserProcesses()).toHaveLength(1);
  });
});

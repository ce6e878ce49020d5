#!/usr/bin/env node
// Lighthouse 12 (performance and accessibility) on four pages of the built product, in Debian's Chromium:
// the sign-in page, the home page, a thread and the quarterly report of Q1 2020 (the seeded quarter), each
// with Lighthouse's default mobile settings (simulated Slow 4G, 4x CPU slowdown) and its desktop preset.
// The api is started on a scratch DATA_DIR with the demo data and serves the web app, as in production.
// Usage: npm run build && node bench/lighthouse.mjs [--runs=3] [--pages=sign-in,home,thread,report]
//        [--presets=mobile,desktop] [--reports] [--allow-stale] [--max-minutes=40]
//
// How the browser is driven: Lighthouse's node API navigates a Puppeteer page it is given, and
// puppeteer-core is Lighthouse's own dependency (the version it is tested with), so Chromium is launched
// and driven with it. playwright-core could launch Chromium too, but Lighthouse would still attach its own
// Puppeteer to the debugging port; one library is simpler. The session is the web app's own: the api sets
// httpOnly cookies on `signIn`, so before a signed-in run the page itself posts `signIn` to /graphql (as the
// sign-in form does) and the browser keeps the cookies. Lighthouse clears the HTTP cache before each run
// (a first visit), but not cookies, so the run starts signed in. Each signed-in run signs in anew (access
// tokens live 15 minutes); the sign-in page is measured with the cookies cleared.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { checkBuild, DEMO_PASSWORD, gitInfo, gql, signIn, startApi, workingGroupWorkspace } from './lib/api.mjs';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  cleanup,
  exitGuards,
  fail,
  now,
  onCleanup,
  optionReader,
  pressure,
  scratchDir,
} from './lib/process.mjs';
import { printColumns } from './lib/report.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const WEB_DIST_INDEX = join(ROOT, 'apps/web/dist/index.html');
const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
const COORDINATOR = 'coordinator@unoct.example';

const option = optionReader('LIGHTHOUSE');
const runs = Number(option('runs', 3));
const pageNames = option('pages', 'sign-in,home,thread,report').split(',');
const presets = option('presets', 'mobile,desktop').split(',');
const keepReports = option('reports', 'false') === 'true';
const allowStale = option('allow-stale', 'false') === 'true';
const maxMinutes = Number(option('max-minutes', 40));
if (!(runs >= 1)) fail('--runs must be at least 1');
for (const preset of presets) if (!['mobile', 'desktop'].includes(preset)) fail(`unknown preset ${preset}`);
for (const name of pageNames) {
  if (!['sign-in', 'home', 'thread', 'report'].includes(name)) fail(`unknown page ${name}`);
}

const RUN_TIMEOUT_MS = 120_000; // one Lighthouse run (its own page-load bound is 45 s)
const ATTEMPTS = 3; // a run whose trace Lighthouse could not read (NO_NAVSTART, ...) is run again

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

const log = (message) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// ---- the build: the api's and the web app's ----

function newestSource(path) {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, newestSource(join(path, entry.name)));
  }
  return newest;
}

function checkWebBuild() {
  if (!existsSync(WEB_DIST_INDEX)) {
    console.error(`${WEB_DIST_INDEX} is missing: run \`npm run build\` first.`);
    process.exit(66);
  }
  const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'libs/shared/src'];
  const newest = Math.max(...sources.map((path) => newestSource(join(ROOT, path))));
  if (newest > statSync(WEB_DIST_INDEX).mtimeMs && !allowStale) {
    console.error('apps/web/dist is older than the web sources: run `npm run build` first (or pass --allow-stale).');
    process.exit(66);
  }
}

// ---- the pages ----

/** The path of each page; the thread is the demo's longest in the BMLE working group's workspace. */
async function findPages(url) {
  const token = await signIn(url, COORDINATOR);
  const bmle = await workingGroupWorkspace(url, token, 'BMLE');
  const { workspace } = await gql(
    url,
    `query($id: ID!) { workspace(id: $id) { threads(first: 50) { edges { node { id title postCount } } } } }`,
    { id: bmle.id },
    token,
  );
  const [thread] = workspace.threads.edges.map((edge) => edge.node).sort((a, b) => b.postCount - a.postCount);
  if (!thread) throw new Error(`no thread in the ${bmle.name} workspace`);
  return {
    'sign-in': { path: '/sign-in', signedIn: false },
    home: { path: '/', signedIn: true },
    thread: { path: `/threads/${thread.id}`, signedIn: true, note: `"${thread.title}", ${thread.postCount} posts` },
    report: { path: '/reports/2020/1', signedIn: true },
  };
}

// ---- the browser ----

async function launchChromium() {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    userDataDir: await scratchDir('ctcp-lighthouse-chromium-'),
    defaultViewport: null, // Lighthouse sets the screen of each preset itself
    protocolTimeout: RUN_TIMEOUT_MS,
  });
  const child = browser.process();
  onCleanup(async () => {
    await Promise.race([browser.close(), sleep(10_000)]);
    if (child?.exitCode === null) child.kill('SIGKILL');
  });
  return browser;
}

/** Signs the coordinator in from the page, as the sign-in form does: the browser keeps the api's cookies. */
async function signInInBrowser(page, url) {
  await page.goto(`${url}/health/live`, { timeout: 30_000 });
  const answer = await page.evaluate(
    async (email, password) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }',
          variables: { input: { email, password } },
        }),
        signal: AbortSignal.timeout(30_000),
      });
      return response.json();
    },
    COORDINATOR,
    DEMO_PASSWORD,
  );
  if (answer.data?.signIn?.user?.email !== COORDINATOR) throw new Error(`sign-in failed: ${JSON.stringify(answer)}`);
}

// ---- Lighthouse ----

/** Lighthouse on `url` with `preset`, bounded: its result (lhr, report). */
async function runLighthouse(page, url, preset) {
  const flags = { logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility'] };
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result in ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined, page),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The figures of one run: scores (0 to 100), metrics (ms; CLS unitless), the audits below 0.9. */
function summarize(lhr) {
  const failing = (category) =>
    lhr.categories[category].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
      .map((audit) => ({ id: audit.id, score: audit.score, displayValue: audit.displayValue }));
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    ...Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id].numericValue])),
    failing: { performance: failing('performance'), accessibility: failing('accessibility') },
    warnings: lhr.runWarnings,
  };
}

/** One measured run of a page: signs in or out first; a run Lighthouse could not complete is run again. */
async function measure({ page, cdp, url, target, preset, label }) {
  for (let attempt = 1; ; attempt++) {
    await cdp.send('Network.clearBrowserCookies');
    if (target.signedIn) await signInInBrowser(page, url);
    try {
      const { lhr, report } = await runLighthouse(page, url + target.path, preset);
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      // A signed-in page that shows the sign-in page instead would be measured for nothing.
      const shown = new URL(lhr.finalDisplayedUrl).pathname;
      if (shown !== target.path) throw new Error(`ended at ${shown}, not ${target.path}`);
      return { summary: { ...summarize(lhr), attempts: attempt }, report };
    } catch (error) {
      if (attempt >= ATTEMPTS) throw new Error(`${label}: ${error.message}`, { cause: error });
      log(`${label}: ${error.message}; again`);
    }
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// ---- the run ----

async function main() {
  checkBuild(MAIN, { allowStale });
  checkWebBuild();
  const api = await startApi({ main: MAIN, dataDir: await scratchDir('ctcp-lighthouse-') });
  log(`api ready in ${(api.readyMs / 1000).toFixed(1)} s at ${api.url}`);
  const pages = await findPages(api.url);
  const browser = await launchChromium();
  const chromiumVersion = await browser.version();
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();

  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const resultsDir = join(ROOT, 'bench/results');
  await mkdir(resultsDir, { recursive: true });

  // Rounds of every preset and page in turn: a change in the machine's load falls on all pages alike.
  const before = { load: loadavg(), pressure: pressure(), at: now() };
  const samples = {}; // `${preset} ${page}` -> summaries
  for (let run = 1; run <= runs; run++) {
    for (const preset of presets) {
      for (const name of pageNames) {
        const label = `run ${run}/${runs} ${preset} ${name}`;
        const started = now();
        const { summary, report } = await measure({ page, cdp, url: api.url, target: pages[name], preset, label });
        (samples[`${preset} ${name}`] ??= []).push(summary);
        if (keepReports) await writeFile(join(resultsDir, `lighthouse-${stamp}-${preset}-${name}-${run}.json`), report);
        log(
          `${label.padEnd(24)} performance ${summary.performance}, accessibility ${summary.accessibility} ` +
            `(${((now() - started) / 1000).toFixed(0)} s)`,
        );
      }
    }
  }
  const after = { load: loadavg(), pressure: pressure(), at: now() };
  const cpuWaitShare = (after.pressure.cpuSome - before.pressure.cpuSome) / 1000 / (after.at - before.at);

  // ---- report ----

  const ms = (value) => Math.round(value).toLocaleString('en');
  const medians = {};
  const rows = [];
  for (const preset of presets) {
    for (const name of pageNames) {
      const list = samples[`${preset} ${name}`];
      const keys = ['performance', 'accessibility', ...Object.keys(METRICS)];
      const figures = Object.fromEntries(keys.map((key) => [key, median(list.map((sample) => sample[key]))]));
      medians[`${preset} ${name}`] = figures;
      rows.push([
        `${preset} ${name}`,
        String(figures.performance),
        String(figures.accessibility),
        list.map((sample) => sample.performance).join('/'),
        ms(figures.fcp),
        ms(figures.lcp),
        ms(figures.tbt),
        figures.cls.toFixed(3),
        ms(figures.si),
      ]);
    }
  }
  console.log(
    `\nMedians of ${runs} run(s); Lighthouse ${LIGHTHOUSE_VERSION}, ${chromiumVersion}; load average ` +
      `${before.load[0].toFixed(1)} -> ${after.load[0].toFixed(1)}, some task waiting for a CPU ` +
      `${Number.isFinite(cpuWaitShare) ? `${(cpuWaitShare * 100).toFixed(0)}%` : '(no PSI)'} of the time`,
  );
  printColumns(['preset page', 'perf', 'a11y', 'perf runs', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'SI ms'], rows);
  for (const [key, list] of Object.entries(samples)) {
    const ids = new Set(list.flatMap((s) => [...s.failing.performance, ...s.failing.accessibility].map((a) => a.id)));
    if (ids.size) console.log(`${key}: audits below 0.9 in some run: ${[...ids].join(', ')}`);
  }

  const file = join(resultsDir, `lighthouse-${stamp}.json`);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    lighthouse: LIGHTHOUSE_VERSION,
    chromium: chromiumVersion,
    loadBefore: before.load,
    loadAfter: after.load,
    cpuWaitShare,
  };
  const paths = Object.fromEntries(pageNames.map((name) => [name, { path: pages[name].path, note: pages[name].note }]));
  await writeFile(
    file,
    JSON.stringify(
      {
        startedAt,
        options: { runs, pages: pageNames, presets },
        commit: gitInfo(ROOT)?.commit,
        machine,
        pages: paths,
        medians,
        samples,
      },
      null,
      2,
    ),
  );
  console.log(`\nwrote ${file}`);
}

const watchdog = exitGuards('lighthouse', maxMinutes);
let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`lighthouse benchmark failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
process.exit(exitCode);

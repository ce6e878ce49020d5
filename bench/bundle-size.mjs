#!/usr/bin/env node
// Size of the built web app (apps/web/dist), raw and gzip-compressed, per file and in total, and the
// JavaScript of a first visit: the sign-in page on a cold cache, then the home page once signed in.
// Usage: npm run build -w @ctcp/web && node bench/bundle-size.mjs [--language=ar]
//
// "First visit" is measured twice:
// - statically: the entry script of dist/index.html and its modulepreload links, then every chunk they
//   import with a static `import ... from "./x.js"` (not `import(...)`): what loads before any dynamic
//   import, i.e. before the language's translations and the lazy pages;
// - in headless Chromium (playwright-core, /usr/bin/chromium): the scripts a browser really fetches to show
//   /sign-in, and to show / signed in. The api is not needed: dist is served by a few lines of node:http,
//   and for the home page the browser is answered `me` (a signed-in coordinator) and an error for every
//   other GraphQL operation, which shows the same page (with its error state) from the same scripts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/process.mjs';

const DIST = new URL('../apps/web/dist/', import.meta.url).pathname;
const language = process.argv.find((arg) => arg.startsWith('--language='))?.split('=')[1] ?? 'en';

const kib = (bytes) => (bytes / 1024).toFixed(1);
const row = (name, raw, gzip) => `${name.padEnd(56)} ${kib(raw).padStart(8)} KiB  gzip ${kib(gzip).padStart(7)} KiB`;

const files = (directory) =>
  readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** Raw and gzip size of each file, by its path inside dist ("assets/index-abc.js"). */
const sizes = new Map();
for (const file of files(DIST).filter((path) => /\.(js|css|html)$/.test(path))) {
  const content = readFileSync(file);
  sizes.set(relative(DIST, file), { raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
}

function printTotal(label, paths) {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    raw += sizes.get(path).raw;
    gzip += sizes.get(path).gzip;
  }
  console.log(row(`${label} (${paths.length} files)`, raw, gzip));
}

function printTable(title, paths) {
  console.log(`\n${title}`);
  for (const path of [...paths].sort()) console.log(row(path, sizes.get(path).raw, sizes.get(path).gzip));
}

const allFiles = [...sizes.keys()].sort();
printTable('All files', allFiles);
printTotal('total (js, css, html)', allFiles);
printTotal(
  'total js',
  allFiles.filter((path) => path.endsWith('.js')),
);

// --- Static: the entry and what it imports statically --------------------------------------------------

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entryScripts = [...html.matchAll(/<script type="module"[^>]*\ssrc="\/([^"]+)"/g)].map((match) => match[1]);
const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\/([^"]+)"/g)].map((match) => match[1]);

// Minified static imports and re-exports: import{a as b}from"./x.js"; import"./x.js"; export*from"./x.js".
// A dynamic import is `import("./x.js")`: the quote must follow `import` or `from` directly, so it never matches.
const STATIC_IMPORT = /\b(?:import|from)\s*"(\.\/[^"]+\.js)"/g;

function staticClosure(roots) {
  const loaded = new Set();
  const pending = [...roots];
  while (pending.length > 0) {
    const path = pending.pop();
    if (loaded.has(path)) continue;
    loaded.add(path);
    const code = readFileSync(join(DIST, path), 'utf8');
    const directory = path.slice(0, path.lastIndexOf('/') + 1);
    for (const match of code.matchAll(STATIC_IMPORT)) pending.push(directory + match[1].slice(2));
  }
  return [...loaded];
}

const staticFirstVisit = staticClosure([...entryScripts, ...preloads]);
printTable('Static imports of index.html (before any dynamic import)', staticFirstVisit);
printTotal('first visit, static imports only', staticFirstVisit);

// --- In Chromium: the scripts each page fetches ---------------------------------------------------------

if (!existsSync(CHROMIUM)) {
  console.log(`\n${CHROMIUM} not found: no browser measurement (set CHROMIUM_PATH).`);
  process.exit(0);
}
const { chromium } = await import('playwright-core');

const CONTENT_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** dist as the production server serves it: files, and index.html for the app's own paths. */
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const file = join(DIST, path);
  if (file.startsWith(DIST) && existsSync(file) && statSync(file).isFile()) {
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  } else if (extname(path) === '' && !path.startsWith('/graphql') && !path.startsWith('/socket.io')) {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(html);
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** The `me` answer of a signed-in coordinator, with the fields of the web's Me query. */
const SIGNED_IN = {
  data: {
    me: {
      __typename: 'User',
      id: 'user-coordinator',
      email: 'coordinator@unoct.example',
      name: 'Carlos Mendoza',
      role: 'COORDINATOR',
      isOrganizationAdmin: false,
      preferredLanguage: language,
      organization: { __typename: 'Organization', id: 'org-unoct', acronym: 'UNOCT', kind: 'COMPACT_ENTITY' },
      twoFactor: { __typename: 'TwoFactorStatus', enabled: true, required: false },
    },
    viewerCan: {
      __typename: 'ViewerCapabilities',
      createWorkspace: true,
      requestAssistance: false,
      triageAssistanceRequests: true,
      offerAssistance: false,
      createProject: true,
      recordActivities: true,
      recordFunding: true,
      readReports: true,
      manageInvitations: true,
      inviteToAnyOrganization: false,
      invitableRoles: ['ENTITY_MEMBER'],
      reviewMailDelivery: false,
    },
  },
};
const SIGNED_OUT = { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] };
const UNAVAILABLE = { errors: [{ message: 'No api in this measurement.', extensions: { code: 'UNAVAILABLE' } }] };

/** The dist paths of the scripts a cold browser fetches to show `path` until `shown` is on the page. */
async function scriptsFetchedFor(browser, path, { signedIn, shown }) {
  const context = await browser.newContext({ locale: 'en-US' });
  // Runs in the page, where localStorage is the page's.
  await context.addInitScript((chosen) => globalThis.localStorage.setItem('ctcp.language', chosen), language);
  await context.route('**/graphql', (route) => {
    const operation = route.request().postDataJSON()?.operationName;
    const answer = operation === 'Me' ? (signedIn ? SIGNED_IN : SIGNED_OUT) : UNAVAILABLE;
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(answer) });
  });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname.slice(1));
  });
  await page.goto(origin + path);
  await page.locator(shown).first().waitFor({ timeout: 30_000 });
  // Whatever the page starts loading as it appears (a lazy part, the translations) is part of it.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  const url = new URL(page.url()).pathname;
  await context.close();
  if (url !== path) throw new Error(`${path} ended at ${url}: the measurement did not show the page it meant to`);
  return [...scripts].filter((script) => sizes.has(script));
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const signInPage = await scriptsFetchedFor(browser, '/sign-in', { signedIn: false, shown: 'input[type=email]' });
  const homePage = await scriptsFetchedFor(browser, '/', { signedIn: true, shown: '#main-navigation a' });
  const union = [...new Set([...signInPage, ...homePage])];

  printTable(`Chromium, cold cache, language ${language}: /sign-in`, signInPage);
  printTable(`Chromium, cold cache, language ${language}: / signed in (session restored)`, homePage);
  console.log(`\nFirst visit, JavaScript fetched by Chromium (language ${language})`);
  printTotal('first visit (sign-in page)', signInPage);
  printTotal('home page, signed in', homePage);
  printTotal('sign-in page, then home page (union)', union);
} finally {
  await browser.close();
  server.close();
}

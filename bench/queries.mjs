#!/usr/bin/env node
// Latency of the coordination queries on a loaded database: the assistance request lists as each kind of
// person sees them (need-to-know is SQL in every list), the triage board's columns, and the quarterly
// report computed from the records. Starts the built product on a fresh DATA_DIR with the demo data, adds
// --requests=N requests through the api, then times each query --runs times.
// Usage: npm run build && node bench/queries.mjs [--requests=2000] [--runs=30]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from './lib/api.mjs';

const MAIN = new URL('../apps/api/dist/main.js', import.meta.url).pathname;
const option = (name, fallback) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const requestCount = option('requests', 2000);
const runs = option('runs', 30);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const dataDir = await mkdtemp(join(tmpdir(), 'ctcp-bench-queries-'));
const child = spawn(process.execPath, [MAIN], {
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    DEMO_PASSWORD,
    // The demo coordinator and admin sign in with a password alone here.
    REQUIRE_MFA_ROLES: '',
  },
  stdio: 'inherit',
});
const url = `http://127.0.0.1:${port}`;

async function gql(query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const signIn = async (email) =>
  (
    await gql(
      `mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { accessToken } }`,
      { email, password: DEMO_PASSWORD },
    )
  ).signIn.accessToken;

try {
  for (;;) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      // not yet
    }
    if (child.exitCode !== null) throw new Error(`the api exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const tokens = Object.fromEntries(
    await Promise.all(
      Object.entries({
        coordinator: 'coordinator@unoct.example',
        unodc: 'member@unodc.example',
        philippines: 'focal.point@ph.example',
        maldives: 'focal.point@mv.example',
      }).map(async ([name, email]) => [name, await signIn(email)]),
    ),
  );

  // Requests from two States, half of them opened for offers, a tenth matched.
  const started = performance.now();
  for (let index = 0; index < requestCount; index++) {
    const state = index % 2 ? tokens.philippines : tokens.maldives;
    const { submitAssistanceRequest: request } = await gql(
      `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }`,
      { input: { title: `Benchmark request ${index}`, description: 'Load for the benchmark.', pillars: ['II'] } },
      state,
    );
    if (index % 2 === 0) {
      await gql(
        `mutation($id: ID!) { transitionAssistanceRequest(input: { id: $id, to: UNDER_REVIEW }) { id } }`,
        { id: request.id },
        tokens.coordinator,
      );
    }
  }
  const loaded = performance.now() - started;
  console.log(`${requestCount} requests made through the api in ${(loaded / 1000).toFixed(1)} s`);

  const LIST = `query($filter: AssistanceRequestFilter) { assistanceRequests(filter: $filter, first: 50) {
    totalCount edges { node { id reference title status priority overdue requestingState { id } leadEntity { id }
    viewerTransitions } } } }`;
  const REPORT = `query { quarterlyReport(year: 2020, quarter: 1) { workshopsOrganized individualsTrained
    pledgedUsdToDate receivedUsdToDate donorCountToDate highLevelVisits { title organizers { id } }
    capacityBuildingEvents { title organizers { id } } topContributors { donor { id } pledgedUsd }
    activitiesByPillar { key activities } activitiesByWorkingGroup { workingGroup { id } activities }
    activitiesByRegion { key activities } countriesReached { countryCode individualsTrained } } }`;
  const cases = [
    ['requests, coordinator (all)', LIST, {}, tokens.coordinator],
    ['requests, triage column UNDER_REVIEW', LIST, { filter: { statuses: ['UNDER_REVIEW'] } }, tokens.coordinator],
    ['requests, overdue filter', LIST, { filter: { overdue: true } }, tokens.coordinator],
    ['requests, entity member (in scope)', LIST, {}, tokens.unodc],
    ['requests, open for the entity’s offer', LIST, { filter: { openForViewerOffer: true } }, tokens.unodc],
    ['requests, focal point (own State)', LIST, {}, tokens.philippines],
    ['requests, search by title', LIST, { filter: { search: 'request 1999' } }, tokens.coordinator],
    ['quarterly report Q1 2020', REPORT, {}, tokens.coordinator],
  ];
  const percentile = (values, p) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
  for (const [name, query, variables, token] of cases) {
    await gql(query, variables, token); // warm
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const begin = performance.now();
      await gql(query, variables, token);
      samples.push(performance.now() - begin);
    }
    console.log(
      `${name.padEnd(40)} p50 ${percentile(samples, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(samples, 0.95).toFixed(1).padStart(6)} ms`,
    );
  }
} finally {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  await rm(dataDir, { recursive: true, force: true });
}

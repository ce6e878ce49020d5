#!/usr/bin/env node
// Cold start of the built product: from `node apps/api/dist/main.js` (with `npm start`'s flags) to the first
// 200 of /health/ready and the first GraphQL answer. Two cases: a fresh DATA_DIR (initdb + migrations +
// seed) and a DATA_DIR initialized by an earlier run. Usage: node bench/cold-start.mjs [runs=5]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_NODE_FLAGS, DEMO_PASSWORD } from './lib/api.mjs';

const MAIN = new URL('../apps/api/dist/main.js', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 5);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startOnce(dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, MAIN], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DEMO_PASSWORD,
    },
    stdio: 'ignore',
  });
  let ready;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) break;
    } catch {
      // not yet
    }
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  ready = performance.now() - started;
  const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signOut }' }),
  });
  if (!answer.ok) throw new Error(`GraphQL answered ${answer.status}`);
  const firstAnswer = performance.now() - started;
  const rss =
    Number((await import('node:fs')).readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) /
    1024;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return { ready, firstAnswer, rss };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = { fresh: [], initialized: [] };
for (let run = 0; run < runs; run++) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ctcp-bench-'));
  try {
    results.fresh.push(await startOnce(dataDir));
    results.initialized.push(await startOnce(dataDir));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
for (const [name, samples] of Object.entries(results)) {
  console.log(
    `${name.padEnd(12)} ready: median ${median(samples.map((s) => s.ready)).toFixed(0)} ms ` +
      `(min ${Math.min(...samples.map((s) => s.ready)).toFixed(0)}, max ${Math.max(...samples.map((s) => s.ready)).toFixed(0)}); ` +
      `first GraphQL answer: median ${median(samples.map((s) => s.firstAnswer)).toFixed(0)} ms; ` +
      `api RSS after start: median ${median(samples.map((s) => s.rss)).toFixed(0)} MiB`,
  );
}

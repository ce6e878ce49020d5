#!/usr/bin/env node
// Where a server's CPU time went, from the V8 CPU profiles it wrote (node --cpu-prof): self time by
// package / file and by function, and the inclusive time of a few frames of interest (Socket.IO's
// broadcast, GraphQL execution, TypeORM, pg, the promise hooks of AsyncLocalStorage).
// Usage: node bench/lib/profile-summary.mjs bench/results/fanout-<timestamp>.json [top=25]
//        node bench/lib/profile-summary.mjs <file.cpuprofile> [top=25]   (e.g. from bench/load/costs.mjs --profile)
// Of a fan-out run made with --profile, only the samples in each server's measured rounds count (the
// profile's start is mapped to the process's spawn time, so within some tens of ms); of a bare profile,
// all of them.
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/lib/profile-summary.mjs <fanout results.json | file.cpuprofile> [top]');
  process.exit(64);
}
const top = Number(topArg ?? 25);
if (file.endsWith('.cpuprofile')) {
  summarize({ name: file, profile: { files: [file] } });
} else {
  const results = JSON.parse(readFileSync(file, 'utf8'));
  const profiled = results.phases.filter((p) => p.profile?.files?.length);
  if (!profiled.length) {
    console.error('no CPU profile in these results: run bench/fanout/run.mjs with --profile');
    process.exit(66);
  }
  for (const phase of profiled) summarize(phase);
}

function summarize(phase) {
  const profile = JSON.parse(readFileSync(phase.profile.files[0], 'utf8'));
  const windows = phase.measuredWindows;

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  function category(frame) {
    const { url, functionName } = frame;
    if (!url) return functionName || '(anonymous)';
    if (url.startsWith('node:'))
      return url
        .replace(/^node:(internal\/)?/, 'node:')
        .split('/')
        .slice(0, 2)
        .join('/');
    const modules = url.lastIndexOf('/node_modules/');
    if (modules >= 0) {
      const rest = url.slice(modules + '/node_modules/'.length).split('/');
      return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    }
    const dist = url.indexOf('/apps/api/dist/');
    if (dist >= 0) return `api:${url.slice(dist + '/apps/api/dist/'.length)}`;
    const shared = url.indexOf('/libs/shared/');
    if (shared >= 0) return `@ctcp/shared`;
    return url;
  }

  const INTEREST = {
    'socket.io broadcast (emit to the room)': (f) => /socket\.io-adapter/.test(f.url) && f.functionName === 'broadcast',
    'socket.io-adapter (any)': (f) => /socket\.io-adapter/.test(f.url),
    'ws / engine.io writes': (f) => /\/(ws|engine\.io)\//.test(f.url),
    'graphql (parse, validate, execute)': (f) => /\/node_modules\/graphql\//.test(f.url),
    '@apollo/server': (f) => /@apollo\/server/.test(f.url),
    typeorm: (f) => /\/typeorm\//.test(f.url),
    'pg / pg-protocol': (f) => /\/(pg|pg-protocol)\//.test(f.url),
    'class-validator / class-transformer': (f) => /class-(validator|transformer)/.test(f.url),
    'express / body-parser': (f) => /\/(express|body-parser|router)\//.test(f.url),
    'pino (logging)': (f) => /\/pino/.test(f.url),
    'jsonwebtoken / jwt': (f) => /jsonwebtoken|jws|jwa/.test(f.url),
    'promise hooks (AsyncLocalStorage)': (f) => f.url === 'node:internal/async_hooks' || f.url === 'node:async_hooks',
  };

  const self = new Map();
  const byFunction = new Map();
  const inclusive = new Map(Object.keys(INTEREST).map((key) => [key, 0]));
  let total = 0;
  let inWindows = 0;
  let at = profile.startTime; // µs, V8 monotonic
  const wallAt = (micros) => phase.profile.spawnedAt + (micros - profile.startTime) / 1000;
  const measured = (micros) => !windows || windows.some(([from, to]) => wallAt(micros) >= from && wallAt(micros) <= to);
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    if (!measured(at)) continue;
    const delta = profile.timeDeltas[i + 1] ?? 0; // the time this sample stands for
    const node = byId.get(profile.samples[i]);
    total += delta;
    if (node.callFrame.functionName === '(idle)') continue;
    inWindows += delta;
    const key = category(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + delta);
    const { functionName, url, lineNumber } = node.callFrame;
    const where = `${functionName || '(anonymous)'} ${url.replace(/^.*\/node_modules\//, '')}:${lineNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + delta);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id).callFrame;
      for (const [name, test] of Object.entries(INTEREST)) {
        if (!seen.has(name) && test(frame)) {
          seen.add(name);
          inclusive.set(name, inclusive.get(name) + delta);
        }
      }
    }
  }

  const posts = phase.posts;
  const ms = (micros) => (micros / 1000).toFixed(0).padStart(7);
  // Per post for a fan-out run; a share of the busy time for a bare profile.
  const perPost = (micros) =>
    posts ? (micros / 1000 / posts).toFixed(1).padStart(6) : `${((micros / inWindows) * 100).toFixed(1)}%`.padStart(6);
  const unit = posts ? 'ms per post' : 'share of busy';
  console.log(
    windows
      ? `\n== ${phase.name} server: measured rounds: ${ms(total)} ms wall in ${windows.length} windows, server busy ${ms(inWindows)} ms ` +
          `(${((inWindows / total) * 100).toFixed(0)}%), ${posts} posts to ${phase.sockets} sockets`
      : `\n== ${phase.name}: ${ms(total)} ms sampled, busy ${ms(inWindows)} ms`,
  );
  const print = (title, entries) => {
    console.log(`\n${title} (ms, ${unit}):`);
    for (const [key, value] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${ms(value)} ${perPost(value)}  ${key}`);
    }
  };
  print('self time by package/file', self);
  print('self time by function', byFunction);
  console.log(`\ninclusive time of frames of interest (ms, ${unit}; they overlap):`);
  for (const [key, value] of inclusive) console.log(`${ms(value)} ${perPost(value)}  ${key}`);
}

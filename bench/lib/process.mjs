// The benchmark process itself, shared by the benchmarks: command-line options, the child processes it
// starts (stopped by pid whatever happens), loopback ports, CPU accounting, and how Chromium is started.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// ---- options ----

/**
 * Reads `--name=value` (a bare `--name` is 'true'), else the environment variable PREFIX_NAME (dashes
 * as underscores), else `fallback`.
 */
export function optionReader(envPrefix) {
  return (name, fallback) => {
    const flag = process.argv.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (flag) return flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : 'true';
    return process.env[`${envPrefix}_${name.toUpperCase().replace(/-/g, '_')}`] ?? fallback;
  };
}

/** A usage error: exit 64 (EX_USAGE). */
export function fail(message) {
  console.error(message);
  process.exit(64);
}

// ---- time ----

/** Milliseconds on a clock that a forked child reads alike (timeOrigin + now). */
export const now = () => performance.timeOrigin + performance.now();
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// ---- cleanup: everything a run starts is stopped, by pid, whatever happens ----

const cleanups = [];
let cleaning = false;

/** Registers an async step for cleanup(); steps run newest first, so a server stops before its data goes. */
export function onCleanup(step) {
  cleanups.push(step);
}

/**
 * Runs the steps registered so far, newest first, ignoring their failures. A call made while one runs
 * returns at once; a later call runs the steps registered since (a run may stop its servers, then report).
 */
export async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  try {
    for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
  } finally {
    cleaning = false;
  }
}

/**
 * Cleans up and exits after `maxMinutes` (exit 2, saying `${label}: gave up ...`) or on SIGINT/SIGTERM
 * (exit 130). Returns the watchdog timer, for clearTimeout once the run is over.
 */
export function exitGuards(label, maxMinutes) {
  const watchdog = setTimeout(async () => {
    console.error(`${label}: gave up after ${maxMinutes} minutes`);
    await cleanup();
    process.exit(2);
  }, maxMinutes * 60_000);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await cleanup();
      process.exit(130);
    });
  }
  return watchdog;
}

/** A fresh directory under the system's temporary directory, removed by cleanup(). */
export async function scratchDir(prefix) {
  const directory = await mkdtemp(join(tmpdir(), prefix));
  onCleanup(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

// ---- child processes and ports ----

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
  new Promise((done, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', reject);
  });

/** Resolves when the child exits, or after `ms` (false). */
export const exited = (child, ms) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((done) => {
        const timer = setTimeout(() => done(false), ms);
        child.once('exit', () => {
          clearTimeout(timer);
          done(true);
        });
      });

// ---- CPU (Linux /proc) ----

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU seconds (user + system) of `pid` alone (`own`), and of its whole tree (`tree`): live descendants
 * plus the reaped ones (cutime/cstime), e.g. the api's PostgreSQL and its backends. Linux /proc only.
 */
export function cpuSeconds(pid) {
  if (!pid || process.platform !== 'linux') return undefined;
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), {
        ppid: Number(f[1]),
        own: Number(f[11]) + Number(f[12]),
        reaped: Number(f[13]) + Number(f[14]),
      });
    } catch {
      // gone
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, { ppid }] of stats) {
      if (tree.has(ppid) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const id of tree) total += (stats.get(id)?.own ?? 0) + (stats.get(id)?.reaped ?? 0);
  return { own: (stats.get(pid)?.own ?? 0) / TICKS_PER_SECOND, tree: total / TICKS_PER_SECOND };
}

/**
 * Linux pressure stall information, cumulative µs during which some (or all) runnable tasks waited for
 * CPU or I/O: { cpuSome, cpuFull, ioSome, ioFull }, without the keys where there is no PSI. Tells a run
 * slowed down by the machine (other work, a slow disk) from one slowed down by what is measured.
 */
export function pressure() {
  const out = {};
  for (const resource of ['cpu', 'io']) {
    try {
      const text = readFileSync(`/proc/pressure/${resource}`, 'utf8');
      out[`${resource}Some`] = Number(text.match(/^some .*total=(\d+)/m)?.[1] ?? NaN);
      out[`${resource}Full`] = Number(text.match(/^full .*total=(\d+)/m)?.[1] ?? NaN);
    } catch {
      // no PSI here
    }
  }
  return out;
}

// ---- Chromium ----

/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium on a machine without network: without these it stalls on refused connections (updates, sync...). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

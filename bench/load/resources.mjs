// What the measured processes hold and use, from Linux /proc: a process and its descendants (PostgreSQL's
// postmaster and its backends), their memory, and the api's own figures from GET /metrics.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pid of the embedded PostgreSQL's postmaster of `dataDir`, or undefined. */
export function postmasterPid(dataDir) {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** `pid` and every live process whose parent chain leads to it. */
export function processTree(pid) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parentOf)
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
  }
  return [...tree].filter((id) => parentOf.has(id));
}

const kilobytes = (text, field) => Number(text.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);

/**
 * Memory of `pids` in MiB: `rss`, the sum of their resident sets (PostgreSQL's shared buffers counted once
 * per backend that touched them), and `pss`, the proportional set size (shared pages split between the
 * processes that share them, so the sum is what the group really holds).
 */
export function memoryOf(pids) {
  let rss = 0;
  let pss = 0;
  for (const pid of pids) {
    try {
      rss += kilobytes(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
      pss += kilobytes(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
    } catch {
      // gone, or not readable
    }
  }
  return { rss: rss / 1024, pss: pss / 1024 };
}

/**
 * The api's own gauges and counters from GET /metrics (Prometheus text; METRICS_TOKEN set at start):
 * { values: { 'name{labels}': number } }, or undefined when it does not answer within 3 s.
 */
export async function scrapeMetrics(url, token) {
  try {
    const response = await fetch(`${url}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return undefined;
    const values = {};
    for (const line of (await response.text()).split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const space = line.lastIndexOf(' ');
      values[line.slice(0, space)] = Number(line.slice(space + 1));
    }
    return values;
  } catch {
    return undefined;
  }
}

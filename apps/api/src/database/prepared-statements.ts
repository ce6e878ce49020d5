import { createHash } from 'node:crypto';
import pg from 'pg';

/** Statements a connection keeps prepared at most: each holds its parsed form and plans in PostgreSQL's memory. */
export const PREPARED_PER_CONNECTION = 200;
/** Runs of one statement text (process-wide) before connections prepare it: one-off texts are not kept. */
const RUNS_BEFORE_PREPARING = 3;

const runsByText = new Map<string, number>();
const namesByText = new Map<string, string>();

/** How often each text ran, kept to what the cap of prepared statements needs (texts past it are not counted). */
function worthPreparing(text: string): boolean {
  const runs = (runsByText.get(text) ?? 0) + 1;
  if (runs <= RUNS_BEFORE_PREPARING && runsByText.size < 5_000) runsByText.set(text, runs);
  return runs > RUNS_BEFORE_PREPARING;
}

function nameOf(text: string): string {
  let name = namesByText.get(text);
  if (!name) {
    name = `ctcp_${createHash('sha1').update(text).digest('base64url')}`;
    namesByText.set(text, name);
  }
  return name;
}

/**
 * A pg client that runs the api's repeated parameterized statements as named prepared statements: PostgreSQL
 * parses and analyzes each once per connection and, where its plan does not depend on the values, plans it
 * once too, instead of at every run (TypeORM sends every statement as text). Statements without parameters
 * (transaction control, migrations) run as they are.
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && this.mayPrepare(config)) {
      config = { name: nameOf(config), text: config };
    }
    return (super.query as (...args: unknown[]) => never)(config, values, callback);
  }

  private mayPrepare(text: string): boolean {
    if (this.prepared.has(text)) return true;
    if (this.prepared.size >= PREPARED_PER_CONNECTION || !worthPreparing(text)) return false;
    this.prepared.add(text);
    return true;
  }
}

import { createHash } from 'node:crypto';
import pg from 'pg';

/** Statements a connection keeps prepared at most: each holds its parsed form and plans in PostgreSQL's memory. */
export const PREPARED_PER_CONNECTION = 200;
/** Runs of one statement text (process-wide) before connections prepare it: one-off texts are not kept. */
const RUNS_BEFORE_PREPARING = 3;

const runsByText = new Map<string, number>();

/** Whether a text has run often enough to prepare; texts past the first 5,000 are not counted (memory). */
function worthPreparing(text: string): boolean {
  const runs = (runsByText.get(text) ?? 0) + 1;
  if (runs <= RUNS_BEFORE_PREPARING && runsByText.size < 5_000) runsByText.set(text, runs);
  return runs > RUNS_BEFORE_PREPARING;
}

/**
 * A pg client that runs the api's repeated parameterized statements as named prepared statements: PostgreSQL
 * parses and analyzes each once per connection and, where its plan does not depend on the values, plans it
 * once too, instead of at every run (TypeORM sends every statement as text). Statements without parameters
 * (transaction control) run as they are.
 */
export class PreparingClient extends pg.Client {
  /** The statements prepared on this connection: their names by text. */
  private readonly prepared = new Map<string, string>();

  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const name = typeof config === 'string' && Array.isArray(values) && values.length > 0 && this.nameFor(config);
    if (name) config = { name, text: config };
    return (super.query as (...args: unknown[]) => never)(config, values, callback);
  }

  private nameFor(text: string): string | undefined {
    const known = this.prepared.get(text);
    if (known || this.prepared.size >= PREPARED_PER_CONNECTION || !worthPreparing(text)) return known;
    const name = `ctcp_${createHash('sha1').update(text).digest('base64url')}`;
    this.prepared.set(text, name);
    return name;
  }
}

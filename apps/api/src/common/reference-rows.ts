/**
 * Rows of a small table that nearly every page shows and that rarely changes (organizations, working
 * groups), kept in memory by id for `ttlMs`, so that requests do not each read them again. A change made
 * through this instance forgets its row at once (`forget`, after the commit); another instance reads it
 * again within `ttlMs`. The rows are frozen: they are shared by every request.
 *
 * Hand-made rather than an LRU library: the tables hold a few hundred rows (nothing to evict), and the
 * rows missing from memory are read in one statement per batch, which per-key fetchers do not offer.
 */
export class ReferenceRows<T extends { id: string }> {
  private readonly rows = new Map<string, { row: Readonly<T>; until: number }>();
  /** Counts `forget` calls: a read that began before one may have read the row as it was, and is not kept. */
  private forgotten = 0;

  constructor(
    private readonly read: (ids: string[]) => Promise<T[]>,
    private readonly ttlMs: number,
  ) {}

  /** The rows in the order of `ids`, undefined where there is none. */
  async byIds(ids: readonly string[]): Promise<(Readonly<T> | undefined)[]> {
    const now = Date.now();
    // What is kept now is the answer, whatever other calls read or forget while this one waits.
    const found = new Map<string, Readonly<T>>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const kept = this.rows.get(id);
      if (kept && kept.until > now) found.set(id, kept.row);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const forgotten = this.forgotten;
      const rows = (await this.read(missing)).map((row) => Object.freeze(row));
      for (const row of rows) found.set(row.id, row);
      if (forgotten === this.forgotten) {
        for (const id of missing) this.rows.delete(id);
        for (const row of rows) this.rows.set(row.id, { row, until: now + this.ttlMs });
      }
    }
    return ids.map((id) => found.get(id));
  }

  forget(id: string): void {
    this.rows.delete(id);
    this.forgotten++;
  }
}

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

  constructor(
    private readonly read: (ids: string[]) => Promise<T[]>,
    private readonly ttlMs: number,
  ) {}

  /** The rows in the order of `ids`, undefined where there is none. */
  async byIds(ids: readonly string[]): Promise<(Readonly<T> | undefined)[]> {
    const now = Date.now();
    const missing = [...new Set(ids)].filter((id) => !((this.rows.get(id)?.until ?? 0) > now));
    if (missing.length > 0) {
      const until = now + this.ttlMs;
      for (const id of missing) this.rows.delete(id);
      for (const row of await this.read(missing)) this.rows.set(row.id, { row: Object.freeze(row), until });
    }
    return ids.map((id) => this.rows.get(id)?.row);
  }

  forget(id: string): void {
    this.rows.delete(id);
  }
}

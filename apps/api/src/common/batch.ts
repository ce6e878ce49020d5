/** Rows in the order of `ids`, undefined where a row is missing: the shape a DataLoader batch returns. */
export function inOrderOf<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | undefined)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

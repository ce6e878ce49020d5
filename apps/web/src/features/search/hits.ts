import type { SearchKind } from '@ctcp/shared';

/** Fewer characters match too much to be useful, and the api would search for them all the same. */
export const SEARCH_MIN_LENGTH = 2;

export interface KindGroup<H extends { kind: SearchKind }> {
  kind: SearchKind;
  hits: H[];
}

/** Hits grouped by kind, the groups in the order of their best hit (the api answers best first). */
export function groupByKind<H extends { kind: SearchKind }>(hits: readonly H[]): KindGroup<H>[] {
  const groups = new Map<SearchKind, H[]>();
  for (const hit of hits) {
    const group = groups.get(hit.kind);
    if (group) group.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  return [...groups].map(([kind, grouped]) => ({ kind, hits: grouped }));
}

/** The results page's address for a query, so that the palette can hand its words over. */
export function searchPagePath(query: string): string {
  return `/search?${new URLSearchParams({ q: query.trim() }).toString()}`;
}

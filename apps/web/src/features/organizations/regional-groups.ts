import { REGIONAL_GROUPS, type RegionalGroup } from '@ctcp/shared';

export interface RegionalGroupSection<T> {
  /** null collects States without a regional group. */
  group: RegionalGroup | null;
  states: T[];
}

/**
 * States grouped by UN regional group, in the UN's order of the groups; each group keeps the order of
 * `states` (already sorted by name in the UI language). Empty groups are left out.
 */
export function groupByRegionalGroup<T extends { regionalGroup?: RegionalGroup | null }>(
  states: readonly T[],
): RegionalGroupSection<T>[] {
  const sections: RegionalGroupSection<T>[] = [...REGIONAL_GROUPS, null].map((group) => ({ group, states: [] }));
  for (const state of states) {
    const section = sections.find((candidate) => candidate.group === (state.regionalGroup ?? null));
    section?.states.push(state);
  }
  return sections.filter((section) => section.states.length > 0);
}

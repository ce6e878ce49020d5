import { describe, expect, it } from 'vitest';
import { groupByRegionalGroup } from './regional-groups';

describe('groupByRegionalGroup', () => {
  it('orders the groups as the UN does, keeps the order of the States and leaves empty groups out', () => {
    const sections = groupByRegionalGroup([
      { name: 'Albania', regionalGroup: 'EASTERN_EUROPEAN' as const },
      { name: 'Algeria', regionalGroup: 'AFRICAN' as const },
      { name: 'Andorra', regionalGroup: 'WESTERN_EUROPEAN_AND_OTHERS' as const },
      { name: 'Angola', regionalGroup: 'AFRICAN' as const },
      { name: 'Nowhere', regionalGroup: null },
    ]);
    expect(sections.map((section) => [section.group, section.states.map((state) => state.name)])).toEqual([
      ['AFRICAN', ['Algeria', 'Angola']],
      ['EASTERN_EUROPEAN', ['Albania']],
      ['WESTERN_EUROPEAN_AND_OTHERS', ['Andorra']],
      [null, ['Nowhere']],
    ]);
  });
});

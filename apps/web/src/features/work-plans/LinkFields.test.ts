import { describe, expect, it } from 'vitest';
import { aroundPeriod, unitOptions } from './LinkFields';

describe('unitOptions', () => {
  it('lists the units as their tree, a unit under its parent', () => {
    const options = unitOptions([
      { id: 'a', acronym: 'UNCCT', name: 'UN Counter-Terrorism Centre', parentId: null },
      { id: 'b', acronym: 'SPIB', name: 'Special Projects and Innovation Branch', parentId: null },
      { id: 'c', acronym: null, name: 'Capacity building', parentId: 'a' },
    ]);
    expect(options.map((option) => option.label)).toEqual([
      'UNCCT – UN Counter-Terrorism Centre',
      '· Capacity building',
      'SPIB – Special Projects and Innovation Branch',
    ]);
  });
});

describe('aroundPeriod', () => {
  it('widens a plan’s six months by the margin its items may fall due in', () => {
    expect(aroundPeriod({ from: '2020-07-01', to: '2020-12-31' })).toEqual({ from: '2020-05-31', to: '2021-01-31' });
  });
});

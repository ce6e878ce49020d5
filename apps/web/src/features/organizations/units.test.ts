import { describe, expect, it } from 'vitest';
import { unitAndDescendants, unitTree } from './units';

const unit = (id: string, parentId: string | null = null) => ({ id, parentId });
const shape = (nodes: ReturnType<typeof unitTree>): unknown =>
  nodes.map((node) => [node.unit.id, shape(node.children)]);

describe('unitTree', () => {
  it('nests units under their parents, keeping the order given', () => {
    const tree = unitTree([unit('spib'), unit('uncct'), unit('cbs', 'uncct'), unit('pmu', 'uncct'), unit('x', 'cbs')]);
    expect(shape(tree)).toEqual([
      ['spib', []],
      [
        'uncct',
        [
          ['cbs', [['x', []]]],
          ['pmu', []],
        ],
      ],
    ]);
  });

  it('shows a unit whose parent is missing, or caught in a loop, at the top level', () => {
    expect(shape(unitTree([unit('a', 'gone')]))).toEqual([['a', []]]);
    const looped = unitTree([unit('a', 'b'), unit('b', 'a')]);
    expect(looped.map((node) => node.unit.id).sort()).toEqual(['a', 'b']);
  });
});

describe('unitAndDescendants', () => {
  it('is the unit and every unit under it', () => {
    const units = [unit('a'), unit('b', 'a'), unit('c', 'b'), unit('d')];
    expect([...unitAndDescendants(units, 'a')].sort()).toEqual(['a', 'b', 'c']);
    expect([...unitAndDescendants(units, 'd')]).toEqual(['d']);
  });
});

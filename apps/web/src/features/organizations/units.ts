/** A unit as the organization page lists it: each names its parent, the tree is drawn from them. */
export interface UnitNode<U extends { id: string; parentId?: string | null }> {
  unit: U;
  children: UnitNode<U>[];
}

/**
 * The units as a tree, in the order given at every level. A unit whose parent is not in the list is shown
 * at the top level, and a unit is placed once, so that bad data never hides a unit nor loops.
 */
export function unitTree<U extends { id: string; parentId?: string | null }>(units: readonly U[]): UnitNode<U>[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, U[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const placed = new Set<string>();
  const build = (parent: string | null): UnitNode<U>[] => {
    const nodes: UnitNode<U>[] = [];
    for (const unit of children.get(parent) ?? []) {
      if (placed.has(unit.id)) continue;
      placed.add(unit.id);
      nodes.push({ unit, children: build(unit.id) });
    }
    return nodes;
  };
  const roots = build(null);
  // Units caught in a loop of parents (which the api refuses) still appear, at the top level.
  for (const unit of units) if (!placed.has(unit.id)) roots.push({ unit, children: [] });
  return roots;
}

/** The unit and every unit under it: none of them may become its parent. */
export function unitAndDescendants<U extends { id: string; parentId?: string | null }>(
  units: readonly U[],
  id: string,
): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && found.has(unit.parentId) && !found.has(unit.id)) {
        found.add(unit.id);
        grew = true;
      }
    }
  }
  return found;
}

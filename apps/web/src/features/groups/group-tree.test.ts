import { describe, expect, it } from 'vitest';
import { buildGroupTree } from './group-tree.ts';

const id = (n: number) => n.toString(16).padStart(24, '0');

describe('buildGroupTree', () => {
  it('hangs each group under the last id of its path, names sorted', () => {
    const tree = buildGroupTree([
      { id: id(3), name: 'Lyon', path: [id(1), id(2)] },
      { id: id(2), name: 'France', path: [id(1)] },
      { id: id(4), name: 'Annecy', path: [id(1), id(2)] },
      { id: id(5), name: 'Orphan', path: [id(9)] },
    ]);
    expect(tree.map((n) => n.group.name)).toEqual(['France', 'Orphan']);
    expect(tree[0]?.children.map((n) => n.group.name)).toEqual(['Annecy', 'Lyon']);
  });
});

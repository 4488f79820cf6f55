import { describe, expect, it } from 'vitest';
import { edgeIdOf, gridItemOf, handoffIdOf, nodeIdOf } from '../../../../renderer/canvas/flow-types';
import type { GridItem } from '../../../../shared/layout/grid-navigation';

describe('node ids', () => {
  const items: GridItem[] = [
    { kind: 'stage', stageId: 'st:1' },
    { kind: 'silo', siloId: 'silo:with:colons' },
    { kind: 'silo', siloId: null },
    { kind: 'silo', siloId: 'none' },
    { kind: 'card', touchpointId: 'tp "quoted"' },
    { kind: 'cell', stageId: 'a","b', siloId: null },
    { kind: 'cell', stageId: 's', siloId: 'x' },
  ];

  it('round-trips every grid item, whatever characters its ids contain', () => {
    for (const item of items) expect(gridItemOf(nodeIdOf(item))).toEqual(item);
  });

  it('gives every item a distinct id', () => {
    expect(new Set(items.map(nodeIdOf)).size).toBe(items.length);
  });

  it('rejects ids the canvas did not make', () => {
    expect(gridItemOf('something')).toBeNull();
    expect(gridItemOf('cell:not json')).toBeNull();
    expect(gridItemOf('other:x')).toBeNull();
  });

  it('maps hand-offs to edge ids and back', () => {
    expect(handoffIdOf(edgeIdOf('h:1'))).toBe('h:1');
    expect(handoffIdOf('tp:1')).toBeNull();
  });
});

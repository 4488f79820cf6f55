import { describe, expect, it } from 'vitest';
import {
  pruneSelection,
  selectedEdgeIds,
  selectedNodeIds,
  selectionFromFlow,
} from '../../../../renderer/canvas/flow-selection';
import { cellKey } from '../../../../shared/layout/grid-layout';
import { workshopMap } from './canvas-fixtures';

describe('flow selection', () => {
  it('turns selected cards into a touchpoint selection, ignoring headers selected with them', () => {
    expect(selectionFromFlow(['tp:ad', 'stage:s1', 'tp:quote'], [])).toEqual({
      kind: 'touchpoint',
      ids: ['ad', 'quote'],
    });
  });

  it('selects a stage, a silo or a hand-off on its own', () => {
    expect(selectionFromFlow(['stage:s1'], ['ho:h'])).toEqual({ kind: 'stage', ids: ['s1'] });
    expect(selectionFromFlow(['silo:sales'], [])).toEqual({ kind: 'silo', ids: ['sales'] });
    expect(selectionFromFlow([], ['ho:h'])).toEqual({ kind: 'handoff', ids: ['h'] });
    expect(selectionFromFlow(['no-owner', `cell:${cellKey('s1', null)}`], [])).toBeNull();
  });

  it('maps a selection back to node and edge ids', () => {
    expect([...selectedNodeIds({ kind: 'touchpoint', ids: ['ad'] })]).toEqual(['tp:ad']);
    expect([...selectedEdgeIds({ kind: 'handoff', ids: ['h'] })]).toEqual(['ho:h']);
    expect(selectedEdgeIds({ kind: 'touchpoint', ids: ['ad'] }).size).toBe(0);
  });

  it('drops selected items that no longer exist', () => {
    const map = workshopMap();
    const selection = { kind: 'touchpoint' as const, ids: ['ad', 'gone'] };
    expect(pruneSelection(selection, map)).toEqual({ kind: 'touchpoint', ids: ['ad'] });
    expect(pruneSelection({ kind: 'stage', ids: ['gone'] }, map)).toBeNull();
    const intact = { kind: 'handoff' as const, ids: ['h-cross'] };
    expect(pruneSelection(intact, map)).toBe(intact);
  });
});

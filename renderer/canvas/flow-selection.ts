/** Translating between the view store's selection and React Flow's selected nodes and edges. */
import type { JourneyMap } from '../../shared/model/types';
import type { Selection } from '../store/view-store';
import { edgeIdOf, gridItemOf, handoffIdOf, nodeIdOf } from './flow-types';

/** The React Flow node ids the selection covers. */
export function selectedNodeIds(selection: Selection | null): Set<string> {
  const ids = new Set<string>();
  if (!selection) return ids;
  for (const id of selection.ids) {
    if (selection.kind === 'touchpoint') ids.add(nodeIdOf({ kind: 'card', touchpointId: id }));
    else if (selection.kind === 'stage') ids.add(nodeIdOf({ kind: 'stage', stageId: id }));
    else if (selection.kind === 'silo') ids.add(nodeIdOf({ kind: 'silo', siloId: id }));
  }
  return ids;
}

/** The React Flow edge ids the selection covers. */
export function selectedEdgeIds(selection: Selection | null): Set<string> {
  return new Set(selection?.kind === 'handoff' ? selection.ids.map(edgeIdOf) : []);
}

/**
 * The selection for a set of selected React Flow nodes and edges. A selection holds one kind of item:
 * cards win over stage headers, stage headers over silo headers, and any node over hand-offs.
 */
export function selectionFromFlow(nodeIds: Iterable<string>, edgeIds: Iterable<string>): Selection | null {
  const touchpoints: string[] = [];
  const stages: string[] = [];
  const silos: string[] = [];
  for (const nodeId of nodeIds) {
    const item = gridItemOf(nodeId);
    if (item?.kind === 'card') touchpoints.push(item.touchpointId);
    else if (item?.kind === 'stage') stages.push(item.stageId);
    else if (item?.kind === 'silo' && item.siloId !== null) silos.push(item.siloId);
  }
  if (touchpoints.length) return { kind: 'touchpoint', ids: touchpoints };
  if (stages.length) return { kind: 'stage', ids: stages };
  if (silos.length) return { kind: 'silo', ids: silos };
  const handoffs = [...edgeIds].map(handoffIdOf).filter((id): id is string => id !== null);
  return handoffs.length ? { kind: 'handoff', ids: handoffs } : null;
}

/** The selection without items that no longer exist (after undo, delete, or opening another file). */
export function pruneSelection(
  selection: Selection | null,
  map: Pick<JourneyMap, 'stages' | 'silos' | 'touchpoints' | 'handoffs'>,
): Selection | null {
  if (!selection) return null;
  const items: readonly { id: string }[] = {
    touchpoint: map.touchpoints,
    stage: map.stages,
    silo: map.silos,
    handoff: map.handoffs,
  }[selection.kind];
  const existing = new Set(items.map((item) => item.id));
  const ids = selection.ids.filter((id) => existing.has(id));
  if (ids.length === selection.ids.length) return selection;
  return ids.length ? { kind: selection.kind, ids } : null;
}

/** The hand-offs of a map indexed for the incremental projection: by id and by the touchpoints at their ends. */
import type { Handoff } from '../../shared/model/types';

export interface HandoffIndex {
  byId: ReadonlyMap<string, Handoff>;
  /** The hand-offs naming each touchpoint id at either end, in array order. */
  byTouchpointId: ReadonlyMap<string, readonly Handoff[]>;
  /** No two hand-offs share an id (only a hostile file repeats one). */
  idsUnique: boolean;
}

const indexes = new WeakMap<readonly Handoff[], HandoffIndex>();

/** The index of a handoffs array, made once per array (a map's arrays are never mutated, an edit makes new ones). */
export function handoffIndexOf(handoffs: readonly Handoff[]): HandoffIndex {
  let index = indexes.get(handoffs);
  if (!index) {
    index = indexHandoffs(handoffs);
    indexes.set(handoffs, index);
  }
  return index;
}

function indexHandoffs(handoffs: readonly Handoff[]): HandoffIndex {
  const byId = new Map<string, Handoff>();
  const byTouchpointId = new Map<string, Handoff[]>();
  const add = (touchpointId: string, handoff: Handoff) => {
    const list = byTouchpointId.get(touchpointId);
    if (!list) byTouchpointId.set(touchpointId, [handoff]);
    else if (list.at(-1) !== handoff) list.push(handoff);
  };
  for (const handoff of handoffs) {
    byId.set(handoff.id, handoff);
    add(handoff.fromTouchpointId, handoff);
    add(handoff.toTouchpointId, handoff);
  }
  return { byId, byTouchpointId, idsUnique: byId.size === handoffs.length };
}

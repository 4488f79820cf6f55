import type { JourneyIndex } from '../journey-index';
import { positionsInEarlier } from './positions-in-earlier';

/** How the touchpoints of a map differ from those of an earlier version, object by object. */
export interface TouchpointChanges {
  /** Per position of the later array: a position of the same object in the earlier one, or -1. */
  readonly earlierPositions: Int32Array;
  /** Positions in the later array of the objects not found in the earlier one. */
  readonly added: readonly number[];
  /** Positions in the earlier array of the objects not found in the later one. */
  readonly removed: readonly number[];
  /** Whether the objects found in both arrays kept their relative order. */
  readonly inOrder: boolean;
}

/** The touchpoints added, removed and kept between two versions of a map's touchpoint array. */
export function touchpointChanges<T>(earlier: readonly T[], later: readonly T[]): TouchpointChanges {
  const earlierPositions = positionsInEarlier(earlier, later);
  const kept = new Uint8Array(earlier.length);
  const added: number[] = [];
  let inOrder = true;
  let last = -1;
  for (let position = 0; position < later.length; position += 1) {
    const earlierPosition = earlierPositions[position] ?? -1;
    if (earlierPosition < 0) {
      added.push(position);
      continue;
    }
    if (earlierPosition <= last) inOrder = false;
    last = earlierPosition;
    kept[earlierPosition] = 1;
  }
  const removed: number[] = [];
  for (let position = 0; position < earlier.length; position += 1) if (kept[position] === 0) removed.push(position);
  return { earlierPositions, added, removed, inOrder };
}

/**
 * Whether the touchpoints kept their order and none of those added or removed `matters`, which is asked
 * with the index of the touchpoint's own version: then every touchpoint that matters is the same object, in
 * the same order among the others that matter, in both versions.
 */
export function onlyIrrelevantChanges(
  changes: TouchpointChanges,
  earlier: JourneyIndex,
  later: JourneyIndex,
  matters: (index: JourneyIndex, position: number) => boolean,
): boolean {
  return (
    changes.inOrder &&
    changes.added.every((position) => !matters(later, position)) &&
    changes.removed.every((position) => !matters(earlier, position))
  );
}

/** The ids of the touchpoints added or removed that pass `wanted`. */
export function changedIdsWhere(
  changes: TouchpointChanges,
  earlier: JourneyIndex,
  later: JourneyIndex,
  wanted: (id: string) => boolean,
): Set<string> {
  const ids = new Set<string>();
  const collect = (version: JourneyIndex, position: number): void => {
    const id = version.map.touchpoints[position]?.id;
    if (id !== undefined && wanted(id)) ids.add(id);
  };
  for (const position of changes.added) collect(later, position);
  for (const position of changes.removed) collect(earlier, position);
  return ids;
}

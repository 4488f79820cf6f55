/**
 * What an edit changed in a map's touchpoints array, found without indexing all of it: an edit makes a new
 * array that shares every touchpoint object it left alone, so comparing the two by identity from both
 * ends narrows the change down to a stretch in the middle.
 */
import type { Touchpoint } from '../model/types';

/**
 * The ids whose touchpoint as `touchpointsById` finds it (the last one with that id) may differ between
 * two versions of a touchpoints array: the ids of the touchpoints only one version holds, and of those
 * that occur twice in the stretch between the versions' common start and common end (their order there
 * may have changed). Costs a pass of identity checks plus work in proportion to that stretch.
 */
export function changedTouchpointIds(before: readonly Touchpoint[], after: readonly Touchpoint[]): Set<string> {
  const changed = new Set<string>();
  if (before === after) return changed;
  const { stretchBefore, stretchAfter } = changedStretch(before, after);
  markChanged(stretchBefore, new Set(stretchAfter), changed);
  markChanged(stretchAfter, new Set(stretchBefore), changed);
  return changed;
}

/** Where two versions of a touchpoints array differ: the stretch between their common start and common end. */
export interface ChangedStretch {
  /** Where the stretch starts in both versions (the length of their common start). */
  start: number;
  /** The stretch in the earlier and in the later version (empty when the versions hold the same objects). */
  stretchBefore: readonly Touchpoint[];
  stretchAfter: readonly Touchpoint[];
}

/** The stretch two versions of a touchpoints array differ in, found by comparing them by identity from both ends. */
export function changedStretch(before: readonly Touchpoint[], after: readonly Touchpoint[]): ChangedStretch {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { start, stretchBefore: before.slice(start, endBefore), stretchAfter: after.slice(start, endAfter) };
}

/** Adds to `changed` the ids of the touchpoints of `stretch` missing from `other`, and of ids it holds twice. */
function markChanged(stretch: readonly Touchpoint[], other: ReadonlySet<Touchpoint>, changed: Set<string>): void {
  const seen = new Set<string>();
  for (const touchpoint of stretch) {
    if (!other.has(touchpoint) || seen.has(touchpoint.id)) changed.add(touchpoint.id);
    seen.add(touchpoint.id);
  }
}

/**
 * The touchpoint `touchpointsById` finds for each of `ids` (the last one with that id), scanning from the
 * end and stopping once every id is found: cheaper than indexing the whole array for a few ids.
 */
export function lastTouchpointsWithIds(
  touchpoints: readonly Touchpoint[],
  ids: ReadonlySet<string>,
): Map<string, Touchpoint> {
  const found = new Map<string, Touchpoint>();
  for (let index = touchpoints.length - 1; index >= 0 && found.size < ids.size; index--) {
    const touchpoint = touchpoints[index];
    if (touchpoint && ids.has(touchpoint.id) && !found.has(touchpoint.id)) found.set(touchpoint.id, touchpoint);
  }
  return found;
}

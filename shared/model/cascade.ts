import { filterKeep, mapKeep } from './arrays';
import type { CommentTarget, JourneyMap, Touchpoint } from './types';

/**
 * Removes the touchpoints in `ids` together with every hand-off touching them. Comments on a removed
 * touchpoint are kept (they are a reader's words) and moved to the target `retarget` gives.
 * Returns the same map when none of the ids exist.
 */
export function removeTouchpointsWithDependents(
  map: JourneyMap,
  ids: ReadonlySet<string>,
  retarget: (touchpoint: Touchpoint) => CommentTarget,
): JourneyMap {
  const removed = new Map<string, Touchpoint>();
  for (const touchpoint of map.touchpoints) if (ids.has(touchpoint.id)) removed.set(touchpoint.id, touchpoint);
  if (removed.size === 0) return map;
  return {
    ...map,
    touchpoints: filterKeep(map.touchpoints, (touchpoint) => !removed.has(touchpoint.id)),
    handoffs: filterKeep(
      map.handoffs,
      (handoff) => !removed.has(handoff.fromTouchpointId) && !removed.has(handoff.toTouchpointId),
    ),
    comments: mapKeep(map.comments, (comment) => {
      const touchpoint = comment.target.kind === 'touchpoint' && comment.target.id !== null ? removed.get(comment.target.id) : undefined;
      return touchpoint ? { ...comment, target: retarget(touchpoint) } : comment;
    }),
  };
}

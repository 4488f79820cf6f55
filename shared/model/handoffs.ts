import { filterKeep, mapKeep, patchKeep } from './arrays';
import { contextOf, sanitizeHandoff } from './sanitize';
import { cleanOptionalText } from './text-limits';
import { LIMITS, type Handoff, type JourneyMap } from './types';

/** The editable fields of a hand-off. */
export interface HandoffFields {
  label?: string;
  ownerSiloId?: string | null;
}

/**
 * Connects two touchpoints with a hand-off. Refused (same map) when an end does not exist, both ends
 * are the same touchpoint, the same from→to hand-off already exists, the id clashes or the limit is reached.
 */
export function addHandoff(map: JourneyMap, handoff: Handoff): JourneyMap {
  if (map.handoffs.length >= LIMITS.maxHandoffs) return map;
  const duplicate = map.handoffs.some(
    (existing) =>
      existing.fromTouchpointId === handoff.fromTouchpointId && existing.toTouchpointId === handoff.toTouchpointId,
  );
  if (duplicate) return map;
  const touchpointIds = new Set(map.touchpoints.map((tp) => tp.id));
  const clean = sanitizeHandoff(handoff, contextOf(map), touchpointIds);
  return clean === null ? map : { ...map, handoffs: [...map.handoffs, clean] };
}

/** Updates a hand-off's label or owner silo (an unknown silo is ignored). */
export function updateHandoff(map: JourneyMap, handoffId: string, fields: HandoffFields): JourneyMap {
  const patch: Partial<Handoff> = {};
  if (fields.label !== undefined) patch.label = cleanOptionalText(fields.label) ?? undefined;
  if (fields.ownerSiloId === null || map.silos.some((silo) => silo.id === fields.ownerSiloId)) {
    patch.ownerSiloId = fields.ownerSiloId;
  }
  const handoffs = mapKeep(map.handoffs, (handoff) => (handoff.id === handoffId ? patchKeep(handoff, patch) : handoff));
  return handoffs === map.handoffs ? map : { ...map, handoffs };
}

/** Removes a hand-off; the touchpoints stay. */
export function removeHandoff(map: JourneyMap, handoffId: string): JourneyMap {
  const handoffs = filterKeep(map.handoffs, (handoff) => handoff.id !== handoffId);
  return handoffs === map.handoffs ? map : { ...map, handoffs };
}

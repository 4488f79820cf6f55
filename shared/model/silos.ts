import { clampIndex, filterKeep, insertAt, mapKeep, moveItem, patchKeep, replaceAt } from './arrays';
import { nextSiloColor } from './palette';
import { contextOf, sanitizeSilo } from './sanitize';
import { cleanColor, cleanOptionalText, cleanRequiredText } from './text-limits';
import { LIMITS, type JourneyMap, type Silo } from './types';

/** The editable fields of a silo. */
export interface SiloFields {
  name?: string;
  color?: string;
  lead?: string;
}

/** Inserts a silo (lane) at `index` (default: last); refused when its id clashes, its name is empty or the silo limit is reached. */
export function addSilo(map: JourneyMap, silo: Silo, index: number = map.silos.length): JourneyMap {
  if (map.silos.length >= LIMITS.maxSilos) return map;
  const clean = sanitizeSilo(silo, contextOf(map), nextSiloColor(map.silos.map((existing) => existing.color)));
  if (clean === null) return map;
  return { ...map, silos: insertAt(map.silos, clampIndex(index, map.silos.length), clean) };
}

/** Renames a silo (trimmed, at most 100 chars); an empty name is refused. */
export function renameSilo(map: JourneyMap, siloId: string, name: string): JourneyMap {
  return updateSilo(map, siloId, { name });
}

/** Updates a silo's name, colour (`#rrggbb`, anything else ignored) or lead. */
export function updateSilo(map: JourneyMap, siloId: string, fields: SiloFields): JourneyMap {
  const index = map.silos.findIndex((silo) => silo.id === siloId);
  const silo = map.silos[index];
  if (silo === undefined) return map;
  const next = patchKeep(silo, {
    name: fields.name === undefined ? undefined : (cleanRequiredText(fields.name, LIMITS.maxNameLength) ?? undefined),
    color: fields.color === undefined ? undefined : (cleanColor(fields.color) ?? undefined),
    lead: fields.lead === undefined ? undefined : (cleanOptionalText(fields.lead) ?? undefined),
  });
  return next === silo ? map : { ...map, silos: replaceAt(map.silos, index, next) };
}

/**
 * Removes a silo. Its touchpoints stay on the map, unowned (siloId null); stages it was accountable
 * for lose their accountable silo; it leaves every metric's owners; hand-offs it owned become unowned.
 */
export function removeSilo(map: JourneyMap, siloId: string): JourneyMap {
  if (!map.silos.some((silo) => silo.id === siloId)) return map;
  return {
    ...map,
    silos: filterKeep(map.silos, (silo) => silo.id !== siloId),
    stages: mapKeep(map.stages, (stage) => {
      const metrics = mapKeep(stage.metrics, (metric) => {
        const ownerSiloIds = filterKeep(metric.ownerSiloIds, (id) => id !== siloId);
        return ownerSiloIds === metric.ownerSiloIds ? metric : { ...metric, ownerSiloIds };
      });
      const accountableSiloId = stage.accountableSiloId === siloId ? null : stage.accountableSiloId;
      return metrics === stage.metrics && accountableSiloId === stage.accountableSiloId
        ? stage
        : { ...stage, accountableSiloId, metrics };
    }),
    touchpoints: mapKeep(map.touchpoints, (tp) => (tp.siloId === siloId ? { ...tp, siloId: null } : tp)),
    handoffs: mapKeep(map.handoffs, (handoff) =>
      handoff.ownerSiloId === siloId ? { ...handoff, ownerSiloId: null } : handoff,
    ),
  };
}

/** Moves a silo (lane) to `toIndex` in the lane order. */
export function moveSilo(map: JourneyMap, siloId: string, toIndex: number): JourneyMap {
  const from = map.silos.findIndex((silo) => silo.id === siloId);
  const silos = moveItem(map.silos, from, toIndex);
  return silos === map.silos ? map : { ...map, silos };
}

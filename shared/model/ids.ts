import type { JourneyMap } from './types';
import { LIMITS } from './types';

const RANDOM_HEX_LENGTH = 16;

function randomHex(): string {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (crypto && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID().replace(/-/g, '').slice(0, RANDOM_HEX_LENGTH);
  }
  let hex = '';
  while (hex.length < RANDOM_HEX_LENGTH) hex += Math.floor(Math.random() * 16).toString(16);
  return hex;
}

/** A fresh random id such as `tp-3f9c0a1b2c3d4e5f`; the prefix names the kind of object. */
export function createId(prefix: string): string {
  const safePrefix = prefix.slice(0, LIMITS.maxIdLength - RANDOM_HEX_LENGTH - 1);
  return `${safePrefix}-${randomHex()}`;
}

/** Every id used anywhere in the map (ids are unique across the whole map, not per kind). */
export function collectIds(map: JourneyMap): Set<string> {
  const ids = new Set<string>([map.id]);
  for (const silo of map.silos) ids.add(silo.id);
  for (const stage of map.stages) {
    ids.add(stage.id);
    for (const metric of stage.metrics) ids.add(metric.id);
  }
  for (const touchpoint of map.touchpoints) ids.add(touchpoint.id);
  for (const handoff of map.handoffs) ids.add(handoff.id);
  for (const note of map.notes) ids.add(note.id);
  for (const comment of map.comments) ids.add(comment.id);
  return ids;
}

/** A fresh id guaranteed not to clash with any id already in the map. */
export function uniqueId(map: JourneyMap, prefix: string, taken: ReadonlySet<string> = collectIds(map)): string {
  let id = createId(prefix);
  while (taken.has(id)) id = createId(prefix);
  return id;
}

/** True when `id` is a well-formed id (non-empty, within the length limit) not yet used in `taken`. */
export function isFreshId(id: unknown, taken: ReadonlySet<string>): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= LIMITS.maxIdLength && !taken.has(id);
}

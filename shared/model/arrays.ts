/** Small immutable array helpers that keep the original array when nothing changes. */

/** Maps each item; returns the same array when every item came back unchanged. */
export function mapKeep<T>(items: readonly T[], fn: (item: T, index: number) => T): T[] {
  let result: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const next = fn(item, i);
    if (next !== item && result === null) result = items.slice(0, i);
    if (result !== null) result.push(next);
  }
  return result ?? (items as T[]);
}

/** Keeps the items that pass; returns the same array when all pass. */
export function filterKeep<T>(items: readonly T[], keep: (item: T) => boolean): T[] {
  const result = items.filter(keep);
  return result.length === items.length ? (items as T[]) : result;
}

/** A copy with `item` inserted at `index` (clamped to the array bounds). */
export function insertAt<T>(items: readonly T[], index: number, ...inserted: T[]): T[] {
  const at = clampIndex(index, items.length);
  return [...items.slice(0, at), ...inserted, ...items.slice(at)];
}

/** A copy with the item at `from` moved to `to` (clamped); the same array when it does not move. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length) return items as T[];
  const target = clampIndex(to, items.length - 1);
  if (target === from) return items as T[];
  const result = items.slice();
  const [moved] = result.splice(from, 1);
  result.splice(target, 0, moved as T);
  return result;
}

/** A copy with the item at `index` replaced; the same array when the item is identical. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  if (items[index] === item) return items as T[];
  const result = items.slice();
  result[index] = item;
  return result;
}

/** True when both arrays hold the same items in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** `index` as an integer within 0…length (non-numbers and NaN go to the end). */
export function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return index === -Infinity ? 0 : length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

/** Returns a shallow copy of `item` with `patch` applied, or `item` itself when no field changes. */
export function patchKeep<T extends object>(item: T, patch: Partial<T>): T {
  const keys = Object.keys(patch) as (keyof T)[];
  const changed = keys.filter((key) => patch[key] !== undefined && !Object.is(patch[key], item[key]));
  if (changed.length === 0) return item;
  const next = { ...item };
  for (const key of changed) next[key] = patch[key] as T[keyof T];
  return next;
}

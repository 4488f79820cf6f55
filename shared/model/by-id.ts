/** Per-array indexes by id: a map's arrays are never mutated (an edit makes new ones), so one index per array. */

const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/** The items of an array by id (the last one wins when ids repeat), built once per array. */
export function itemsById<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(items) as ReadonlyMap<string, T> | undefined;
  if (!index) {
    const byId = new Map<string, T>();
    for (const item of items) byId.set(item.id, item);
    indexes.set(items, byId);
    index = byId;
  }
  return index;
}

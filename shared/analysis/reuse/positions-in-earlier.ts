/** How many places ahead the walk looks for an item, and how many misses in a row make it use a map instead. */
const LOOKAHEAD = 4;

/**
 * For each item of `later`, a position in `earlier` that holds the same object, or -1 where none was found.
 * Walks both arrays together, looking a few places ahead where they disagree, so an edit that moves, adds
 * or removes a few items costs one pass; after a first run of misses (a big reorder) it looks every miss up
 * in a map of `earlier`'s positions. An item can be missed although it was there (the walk has passed it,
 * or the run is still short): -1 only means "work it out afresh".
 */
export function positionsInEarlier<T>(earlier: readonly T[], later: readonly T[]): Int32Array {
  const positions = new Int32Array(later.length).fill(-1);
  let next = 0;
  let misses = 0;
  let byItem: Map<T, number> | null = null;
  for (let position = 0; position < later.length; position += 1) {
    const item = later[position] as T;
    let found = -1;
    const stop = Math.min(earlier.length, next + LOOKAHEAD);
    for (let candidate = next; candidate < stop && found < 0; candidate += 1) if (earlier[candidate] === item) found = candidate;
    if (found < 0 && (byItem !== null || misses >= LOOKAHEAD)) {
      byItem ??= firstPositions(earlier);
      found = byItem.get(item) ?? -1;
    }
    if (found < 0) {
      misses += 1;
      continue;
    }
    positions[position] = found;
    misses = 0;
    // An item found ahead was moved up, not the ones it skips removed, when the next item is the first skipped.
    if (found > next && later[position + 1] === earlier[next]) continue;
    next = found + 1;
  }
  return positions;
}

function firstPositions<T>(items: readonly T[]): Map<T, number> {
  const positions = new Map<T, number>();
  items.forEach((item, position) => {
    if (!positions.has(item)) positions.set(item, position);
  });
  return positions;
}

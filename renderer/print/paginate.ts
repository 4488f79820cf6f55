/**
 * Packs a flow of blocks of known height into fixed-height slots (page columns), top to bottom, without
 * ever cutting a block: a block that does not fit starts the next slot, a splittable block (a long
 * paragraph) is cut between lines, and a heading never ends a slot without the block it introduces.
 */

export interface FlowBlock<T> {
  item: T;
  /** Height in CSS pixels, an upper bound of what the block takes when drawn. */
  height: number;
  /** A heading: keep it in the same slot as the block after it. */
  keepWithNext?: boolean;
  /** Cuts the block so that its first part is at most `available` tall; null when no useful part fits. */
  split?: (available: number) => [FlowBlock<T>, FlowBlock<T>] | null;
}

/** Distributes blocks over slots `slotHeight` tall; always at least one slot, never an empty one after the first. */
export function paginateFlow<T>(blocks: readonly FlowBlock<T>[], slotHeight: number): T[][] {
  const slots: T[][] = [];
  let slot: T[] = [];
  let used = 0;
  const queue = [...blocks];
  const closeSlot = (): void => {
    slots.push(slot);
    slot = [];
    used = 0;
  };

  while (queue.length > 0) {
    const block = queue[0];
    if (block === undefined) break;
    const remaining = slotHeight - used;
    const fits = block.height <= remaining && (!block.keepWithNext || slot.length === 0 || chainFits(queue, remaining));
    if (fits) {
      queue.shift();
      slot.push(block.item);
      used += block.height;
      continue;
    }
    const parts = block.split?.(remaining) ?? null;
    if (parts !== null && !block.keepWithNext) {
      queue.splice(0, 1, parts[0], parts[1]);
      continue;
    }
    if (slot.length > 0) {
      closeSlot();
      continue;
    }
    // Taller than a whole slot and not splittable: it gets a slot of its own (the sheet scales it to fit).
    queue.shift();
    slot.push(block.item);
    closeSlot();
  }
  if (slot.length > 0 || slots.length === 0) slots.push(slot);
  return slots;
}

/** Groups slots into pages of `perPage` columns each. */
export function groupSlots<T>(slots: readonly T[][], perPage: number): T[][][] {
  const size = Math.max(1, Math.floor(perPage));
  const pages: T[][][] = [];
  for (let start = 0; start < slots.length; start += size) pages.push(slots.slice(start, start + size));
  return pages;
}

/** Splits a list into consecutive chunks of at most `size` entries (at least one chunk, possibly empty). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  if (items.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += step) chunks.push(items.slice(start, start + step));
  return chunks;
}

/** True when a run of headings starting at the queue's head fits together with (the start of) the block they introduce. */
function chainFits<T>(queue: readonly FlowBlock<T>[], remaining: number): boolean {
  let total = 0;
  for (const block of queue) {
    if (block.keepWithNext) {
      total += block.height;
      if (total > remaining) return false;
      continue;
    }
    if (total + block.height <= remaining) return true;
    return block.split?.(remaining - total) != null;
  }
  return total <= remaining;
}

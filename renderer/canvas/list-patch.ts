/** A list changed in a few places, copied on the first real change: the original array while nothing changes. */
export class ListPatch<T> {
  private copy: T[] | null = null;

  constructor(private readonly original: readonly T[]) {}

  /** The list as patched so far. */
  get items(): readonly T[] {
    return this.copy ?? this.original;
  }

  /** Puts `item` at `index` (no copy when it is already there). */
  set(index: number, item: T): void {
    if (this.items[index] === item) return;
    this.copy ??= this.original.slice();
    this.copy[index] = item;
  }

  /** Replaces the `count` items from `start` with `items` (no copy when they are the same ones). */
  replace(start: number, count: number, items: readonly T[]): void {
    if (count === items.length) items.forEach((item, offset) => this.set(start + offset, item));
    else this.copy = [...this.items.slice(0, start), ...items, ...this.items.slice(start + count)];
  }

  /** The patched list: the original array itself when no item changed. */
  result(): T[] {
    return (this.copy ?? this.original) as T[];
  }
}

/**
 * What the previous analysis kept about each item of one kind (a stage, a touchpoint, a hand-off), found by
 * the item object: at the same place in the list first, as after most edits, else through a map of the
 * previous memos built on the first miss.
 */
export class PreviousMemos<Item extends object, Memo> {
  private byItem: Map<Item, Memo> | null = null;

  constructor(
    private readonly memos: readonly Memo[],
    private readonly itemOf: (memo: Memo) => Item,
  ) {}

  /** The memo of `item`, looked for at `place` first; undefined when the previous analysis had none. */
  find(item: Item, place: number): Memo | undefined {
    const atPlace = this.memos[place];
    if (atPlace !== undefined && this.itemOf(atPlace) === item) return atPlace;
    if (this.byItem === null) {
      this.byItem = new Map();
      for (const memo of this.memos) if (!this.byItem.has(this.itemOf(memo))) this.byItem.set(this.itemOf(memo), memo);
    }
    return this.byItem.get(item);
  }
}

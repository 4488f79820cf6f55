import type { AlignmentAnswer } from '../model/types';
import { compactAnswer, normalizeAnswer } from './normalize-answer';

/** One answer as the group sees it: every spelling of it and who named it. */
export interface AnswerGroup {
  /** The grouping key (`normalizeAnswer`) of the group's first spelling: stable while that answer stays. */
  key: string;
  /** Every `normalizeAnswer` key in the group, in order of first appearance (`key` first). */
  keys: string[];
  /** Every `compactAnswer` key in the group, in order of first appearance. */
  joinedKeys: string[];
  /** The most common spelling (trimmed, inner spaces collapsed); ties go to the spelling seen first. */
  label: string;
  /** Every distinct spelling, in order of first appearance. */
  variants: string[];
  /** The participants who named it, in answer order, each once. */
  participants: string[];
  /** How many participants named it (`participants.length`). */
  count: number;
}

/** How far apart the participants' lists are. */
export interface AlignmentSpread {
  /** Participants who named at least one answer. */
  participants: number;
  /** Every answer named, counting repeats (items with no letters or digits are ignored). */
  totalAnswers: number;
  /** Distinct answers after grouping. */
  distinctAnswers: number;
  /**
   * The mean, over every pair of participants, of the Jaccard similarity of their grouped answers
   * (answers both named ÷ answers either named). 1 when everyone gives the same list (in any order or
   * spelling), 0 when no two participants share an answer. 1 with a single participant, 0 with none.
   */
  agreementScore: number;
  groups: AnswerGroup[];
}

/** One named item with its two grouping keys. */
interface NamedItem {
  participantIndex: number;
  spelling: string;
  key: string;
  joinedKey: string;
}

interface GroupDraft {
  order: number;
  keys: Set<string>;
  joinedKeys: Set<string>;
  spellingCounts: Map<string, number>;
  participantIndexes: Set<number>;
  participants: string[];
}

function cleanSpelling(item: string): string {
  return item.trim().replace(/\s+/g, ' ');
}

function mostCommonSpelling(spellingCounts: Map<string, number>): string {
  let label = '';
  let best = 0;
  for (const [spelling, count] of spellingCounts) {
    if (count > best) {
      label = spelling;
      best = count;
    }
  }
  return label;
}

/** Every item with letters or digits, in answer order, with its keys. */
function namedItems(answers: readonly AlignmentAnswer[]): NamedItem[] {
  const items: NamedItem[] = [];
  answers.forEach((answer, participantIndex) => {
    for (const item of answer.items) {
      const key = normalizeAnswer(item);
      if (key === '') continue;
      items.push({ participantIndex, spelling: cleanSpelling(item), key, joinedKey: compactAnswer(item) });
    }
  });
  return items;
}

/**
 * The group of each item, numbered in order of first appearance. Two items are in one group when they
 * share either key, directly or through other items ("Claim filing" ~ "Filing claims" by word order,
 * "Filing claims" ~ "Filingclaims" by spacing): a union-find over the keys, so the partition does not
 * depend on the order of the answers.
 */
function groupIndexes(items: readonly NamedItem[]): number[] {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    for (let at = node; at !== root; ) {
      const up = parent.get(at) ?? root;
      parent.set(at, root);
      at = up;
    }
    return root;
  };
  for (const item of items) {
    const a = find(`n:${item.key}`);
    const b = find(`j:${item.joinedKey}`);
    if (!parent.has(a)) parent.set(a, a);
    if (a !== b) parent.set(b, a);
  }
  const numbers = new Map<string, number>();
  return items.map((item) => {
    const root = find(`n:${item.key}`);
    let number = numbers.get(root);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(root, number);
    }
    return number;
  });
}

/** Groups the answers and tells which group each participant's items fell in. */
function buildGroups(answers: readonly AlignmentAnswer[]): { groups: AnswerGroup[]; items: NamedItem[]; groupOf: number[] } {
  const items = namedItems(answers);
  const groupOf = groupIndexes(items);
  const drafts: GroupDraft[] = [];
  items.forEach((item, index) => {
    const order = groupOf[index] ?? 0;
    let draft = drafts[order];
    if (draft === undefined) {
      draft = { order, keys: new Set(), joinedKeys: new Set(), spellingCounts: new Map(), participantIndexes: new Set(), participants: [] };
      drafts[order] = draft;
    }
    draft.keys.add(item.key);
    draft.joinedKeys.add(item.joinedKey);
    draft.spellingCounts.set(item.spelling, (draft.spellingCounts.get(item.spelling) ?? 0) + 1);
    if (!draft.participantIndexes.has(item.participantIndex)) {
      draft.participantIndexes.add(item.participantIndex);
      draft.participants.push(answers[item.participantIndex]?.participant ?? '');
    }
  });
  const groups = drafts
    .sort((a, b) => b.participants.length - a.participants.length || a.order - b.order)
    .map((draft) => {
      const keys = [...draft.keys];
      return {
        key: keys[0] ?? '',
        keys,
        joinedKeys: [...draft.joinedKeys],
        label: mostCommonSpelling(draft.spellingCounts),
        variants: [...draft.spellingCounts.keys()],
        participants: draft.participants,
        count: draft.participants.length,
      };
    });
  return { groups, items, groupOf };
}

/**
 * Groups everyone's answers, most-named first (ties in order of first appearance). Two answers are in
 * one group when they have the same `normalizeAnswer` key (case, plurals, word order…) or the same
 * `compactAnswer` key (spaces or hyphens inside a word), directly or through other answers. Each answer
 * in `answers` is one participant, even when two share a name.
 */
export function groupAnswers(answers: readonly AlignmentAnswer[]): AnswerGroup[] {
  return buildGroups(answers).groups;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  const either = a.size + b.size - shared;
  return either === 0 ? 1 : shared / either;
}

/** Mean pairwise Jaccard similarity of the participants' answer sets (see `AlignmentSpread.agreementScore`). */
function agreementScore<T>(answerSets: readonly ReadonlySet<T>[]): number {
  if (answerSets.length === 0) return 0;
  if (answerSets.length === 1) return 1;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < answerSets.length; i++) {
    for (let j = i + 1; j < answerSets.length; j++) {
      const a = answerSets[i];
      const b = answerSets[j];
      if (a === undefined || b === undefined) continue;
      total += jaccard(a, b);
      pairs++;
    }
  }
  return total / pairs;
}

/** How far apart the participants' lists are: counts, the agreement score and the grouped answers. */
export function alignmentSpread(answers: readonly AlignmentAnswer[]): AlignmentSpread {
  const { groups, items, groupOf } = buildGroups(answers);
  const answerSets = answers.map(() => new Set<number>());
  items.forEach((item, index) => answerSets[item.participantIndex]?.add(groupOf[index] ?? 0));
  const named = answerSets.filter((set) => set.size > 0);
  return {
    participants: named.length,
    totalAnswers: items.length,
    distinctAnswers: groups.length,
    agreementScore: agreementScore(named),
    groups,
  };
}

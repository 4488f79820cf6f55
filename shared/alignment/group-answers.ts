import type { AlignmentAnswer } from '../model/types';
import { normalizeAnswer } from './normalize-answer';

/** One answer as the group sees it: every spelling of it and who named it. */
export interface AnswerGroup {
  /** The grouping key from `normalizeAnswer`. */
  key: string;
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

interface GroupDraft {
  key: string;
  order: number;
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

/**
 * Groups everyone's answers by `normalizeAnswer` key, most-named first (ties in order of first
 * appearance). Each answer in `answers` is one participant, even when two share a name.
 */
export function groupAnswers(answers: readonly AlignmentAnswer[]): AnswerGroup[] {
  const drafts = new Map<string, GroupDraft>();
  answers.forEach((answer, participantIndex) => {
    for (const item of answer.items) {
      const key = normalizeAnswer(item);
      if (key === '') continue;
      let draft = drafts.get(key);
      if (draft === undefined) {
        draft = { key, order: drafts.size, spellingCounts: new Map(), participantIndexes: new Set(), participants: [] };
        drafts.set(key, draft);
      }
      const spelling = cleanSpelling(item);
      draft.spellingCounts.set(spelling, (draft.spellingCounts.get(spelling) ?? 0) + 1);
      if (!draft.participantIndexes.has(participantIndex)) {
        draft.participantIndexes.add(participantIndex);
        draft.participants.push(answer.participant);
      }
    }
  });
  return [...drafts.values()]
    .sort((a, b) => b.participants.length - a.participants.length || a.order - b.order)
    .map((draft) => ({
      key: draft.key,
      label: mostCommonSpelling(draft.spellingCounts),
      variants: [...draft.spellingCounts.keys()],
      participants: draft.participants,
      count: draft.participants.length,
    }));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  const either = a.size + b.size - shared;
  return either === 0 ? 1 : shared / either;
}

/** Mean pairwise Jaccard similarity of the participants' answer sets (see `AlignmentSpread.agreementScore`). */
function agreementScore(answerSets: readonly ReadonlySet<string>[]): number {
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
  let totalAnswers = 0;
  const answerSets: Set<string>[] = [];
  for (const answer of answers) {
    const keys = new Set<string>();
    for (const item of answer.items) {
      const key = normalizeAnswer(item);
      if (key === '') continue;
      totalAnswers++;
      keys.add(key);
    }
    if (keys.size > 0) answerSets.push(keys);
  }
  const groups = groupAnswers(answers);
  return {
    participants: answerSets.length,
    totalAnswers,
    distinctAnswers: groups.length,
    agreementScore: agreementScore(answerSets),
    groups,
  };
}

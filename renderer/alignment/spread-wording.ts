import type { AlignmentSpread } from '../../shared/alignment';
import type { AlignmentTopic } from './alignment-question';

/** How close the participants' lists are, in words (so the score never relies on colour). */
export type AgreementLevel = 'none' | 'low' | 'some' | 'high' | 'full';

/** The agreement score as a whole percentage. */
export function agreementPercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

/** The level of agreement between two or more participants ('none' until two have answered). */
export function agreementLevel(spread: Pick<AlignmentSpread, 'participants' | 'agreementScore'>): AgreementLevel {
  if (spread.participants < 2) return 'none';
  if (spread.agreementScore >= 1) return 'full';
  if (spread.agreementScore >= 0.7) return 'high';
  if (spread.agreementScore >= 0.4) return 'some';
  return 'low';
}

const LEVEL_WORDS: Readonly<Record<AgreementLevel, string>> = {
  none: 'Not enough answers yet',
  low: 'Low agreement',
  some: 'Some agreement',
  high: 'High agreement',
  full: 'Full agreement',
};

/** "Low agreement", "Some agreement", … */
export function agreementLevelLabel(level: AgreementLevel): string {
  return LEVEL_WORDS[level];
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "4 stages", "1 answer", with `adjective` before the noun when given ("11 different stages"). */
function answers(topic: AlignmentTopic, n: number, adjective = ''): string {
  const noun = topic === 'stages' ? (n === 1 ? 'stage' : 'stages') : n === 1 ? 'answer' : 'answers';
  return adjective === '' ? `${n} ${noun}` : `${n} ${adjective} ${noun}`;
}

/** The one-line verdict: "Low agreement: 3 people, 11 different stages". */
export function spreadSummary(spread: AlignmentSpread, topic: AlignmentTopic): string {
  if (spread.participants === 0) return 'No answers yet: add each person’s list to see how far apart they are.';
  const people = count(spread.participants, 'person', 'people');
  if (spread.participants === 1) return `Only 1 person has answered so far (${answers(topic, spread.distinctAnswers)}).`;
  return `${agreementLevelLabel(agreementLevel(spread))}: ${people}, ${answers(topic, spread.distinctAnswers, 'different')}`;
}

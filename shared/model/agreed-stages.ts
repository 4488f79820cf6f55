import { sameAnswer } from '../alignment/normalize-answer';
import { sameItems } from './arrays';
import { newStage } from './create';
import { collectIds, isFreshId, uniqueId } from './ids';
import { removeStage } from './stages';
import { cleanRequiredText } from './text-limits';
import { LIMITS, type JourneyMap, type Stage } from './types';

/** An agreed name and the existing stage it keeps, if any. */
export interface AgreedStageMatch {
  name: string;
  existing: Stage | undefined;
}

/**
 * Which existing stage each agreed name keeps: the one with the same name (case-insensitive, trimmed)
 * or, failing that, the first one that is the same answer as the alignment exercise groups them
 * (plurals, word order, spaces or hyphens inside a word: "Renewals" for "Renewal", "Checkout" for
 * "Check out"). Exact matches are claimed first, so a similar name never takes a stage another agreed
 * name spells exactly. Names are cleaned; blank and repeated (case-insensitive) names are dropped.
 */
export function matchAgreedStages(
  stages: readonly Stage[],
  names: readonly string[],
): { matches: AgreedStageMatch[]; unclaimed: Stage[] } {
  const agreed: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = cleanRequiredText(raw, LIMITS.maxNameLength);
    if (name === null || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    agreed.push(name);
  }

  const unclaimed = [...stages];
  const claim = (matchesName: (stage: Stage) => boolean): Stage | undefined => {
    const index = unclaimed.findIndex(matchesName);
    const existing = unclaimed[index];
    if (existing !== undefined) unclaimed.splice(index, 1);
    return existing;
  };
  const exact = agreed.map((name) => claim((stage) => stage.name.trim().toLowerCase() === name.toLowerCase()));
  const matches = agreed.map((name, index) => ({ name, existing: exact[index] ?? claim((stage) => sameAnswer(stage.name, name)) }));
  return { matches, unclaimed };
}

/**
 * Replaces the stage list by the names the group agreed on, in that order.
 *
 * - An existing stage whose name matches an agreed name (case-insensitive, trimmed, or failing that the
 *   same answer as the alignment exercise groups them: "Renewals" for "Renewal", "Checkout" for
 *   "Check out"; see `matchAgreedStages`) is kept with its touchpoints, metrics and notes, and takes
 *   the agreed spelling.
 * - An agreed name with no matching stage becomes a new, empty stage.
 * - A stage no longer named is removed only when nothing hangs on it (no touchpoints and no metrics);
 *   otherwise it is kept after the agreed stages, in its old order, so no work is lost silently and
 *   the diagnosis keeps showing it until the group moves or deletes its cards.
 *
 * Blank and repeated names are ignored; names beyond the stage limit are dropped.
 */
export function applyAgreedStages(
  map: JourneyMap,
  names: readonly string[],
  makeId: (taken: ReadonlySet<string>) => string = (taken) => uniqueId(map, 'stage', taken),
): JourneyMap {
  const { matches, unclaimed } = matchAgreedStages(map.stages, names);

  const stagesWithCards = new Set(map.touchpoints.map((touchpoint) => touchpoint.stageId));
  const hasWork = (stage: Stage) => stage.metrics.length > 0 || stagesWithCards.has(stage.id);
  const kept = unclaimed.filter(hasWork);
  const dropped = unclaimed.filter((stage) => !hasWork(stage));

  const taken = collectIds(map);
  let room = LIMITS.maxStages - kept.length - matches.filter((match) => match.existing !== undefined).length;
  const ordered: Stage[] = [];
  for (const { name, existing } of matches) {
    if (existing !== undefined) {
      ordered.push(existing.name === name ? existing : { ...existing, name });
    } else if (room > 0) {
      const id = makeId(taken);
      if (!isFreshId(id, taken)) continue;
      taken.add(id);
      room--;
      ordered.push(newStage({ id, name }));
    }
  }
  const stages = [...ordered, ...kept];
  if (sameItems(stages, map.stages)) return map;

  const withoutDropped = dropped.reduce((current, stage) => removeStage(current, stage.id), map);
  return { ...withoutDropped, stages };
}

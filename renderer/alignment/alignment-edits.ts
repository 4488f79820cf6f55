import { applyAgreedStages, matchAgreedStages, setAlignment, updateCustomer } from '../../shared/model';
import type { Alignment, AlignmentAnswer, Customer, JourneyMap } from '../../shared/model/types';
import { STAGES_QUESTION } from './alignment-question';

/** The exercise recorded on the map, or a fresh one asking for the stages. */
export function currentAlignment(map: JourneyMap): Alignment {
  return map.alignment ?? { question: STAGES_QUESTION, answers: [], agreedAt: null };
}

function withAnswers(map: JourneyMap, answers: AlignmentAnswer[]): JourneyMap {
  return setAlignment(map, { ...currentAlignment(map), answers });
}

/** Sets the question asked (a blank question is refused). */
export function setAlignmentQuestion(map: JourneyMap, question: string): JourneyMap {
  const clean = question.trim().replace(/\s+/g, ' ');
  const alignment = currentAlignment(map);
  if (clean === '' || clean === alignment.question) return map;
  return setAlignment(map, { ...alignment, question: clean });
}

/** A default participant name not used yet: "Participant 1", "Participant 2", … */
export function nextParticipantName(answers: readonly AlignmentAnswer[]): string {
  const taken = new Set(answers.map((answer) => answer.participant.trim().toLowerCase()));
  let number = answers.length + 1;
  while (taken.has(`participant ${number}`)) number++;
  return `Participant ${number}`;
}

/** Adds a participant with no answers yet, under a default name. */
export function addParticipant(map: JourneyMap): JourneyMap {
  const { answers } = currentAlignment(map);
  return withAnswers(map, [...answers, { participant: nextParticipantName(answers), items: [] }]);
}

/** Renames participant `index` (a blank name is refused). */
export function renameParticipant(map: JourneyMap, index: number, participant: string): JourneyMap {
  const clean = participant.trim().replace(/\s+/g, ' ');
  const { answers } = currentAlignment(map);
  if (clean === '' || answers[index] === undefined) return map;
  return withAnswers(
    map,
    answers.map((answer, i) => (i === index ? { ...answer, participant: clean } : answer)),
  );
}

/** Replaces the answers of participant `index`. */
export function setParticipantItems(map: JourneyMap, index: number, items: readonly string[]): JourneyMap {
  const { answers } = currentAlignment(map);
  if (answers[index] === undefined) return map;
  return withAnswers(
    map,
    answers.map((answer, i) => (i === index ? { ...answer, items: [...items] } : answer)),
  );
}

/** Removes participant `index` and their answers. */
export function removeParticipant(map: JourneyMap, index: number): JourneyMap {
  const { answers } = currentAlignment(map);
  if (answers[index] === undefined) return map;
  return withAnswers(
    map,
    answers.filter((_, i) => i !== index),
  );
}

/**
 * What the group agreed, applied in one edit: the stages become `names` (see `applyAgreedStages`) and
 * the exercise is recorded as agreed at `now`.
 */
export function applyStageAgreement(map: JourneyMap, names: readonly string[], now: string): JourneyMap {
  const alignment = currentAlignment(map);
  return setAlignment(applyAgreedStages(map, names), { ...alignment, agreedAt: now });
}

/** The agreed customer definition, applied in one edit with the record of the exercise agreed at `now`. */
export function applyCustomerAgreement(map: JourneyMap, customer: Customer, now: string): JourneyMap {
  const alignment = currentAlignment(map);
  const name = customer.name.trim();
  if (name === '') return map;
  return setAlignment(updateCustomer(map, { name, description: customer.description.trim() }), { ...alignment, agreedAt: now });
}

/** What applying `names` would do to the map's stages, so nobody is surprised by a removed stage. */
export interface StageChangePreview {
  added: string[];
  renamed: { from: string; to: string }[];
  removed: string[];
  /** Stages not agreed on that keep their cards or metrics, so they stay after the agreed ones. */
  keptAfter: string[];
}

/** Previews `applyAgreedStages(map, names)` as names added, renamed, removed and kept after. */
export function previewStageChanges(map: JourneyMap, names: readonly string[]): StageChangePreview {
  const result = applyAgreedStages(map, names);
  const claimed = new Set(matchAgreedStages(map.stages, names).matches.flatMap((match) => (match.existing === undefined ? [] : [match.existing.id])));
  const before = new Map(map.stages.map((stage) => [stage.id, stage]));
  const after = new Set(result.stages.map((stage) => stage.id));
  const preview: StageChangePreview = { added: [], renamed: [], removed: [], keptAfter: [] };
  for (const stage of result.stages) {
    const old = before.get(stage.id);
    if (old === undefined) preview.added.push(stage.name);
    else if (!claimed.has(stage.id)) preview.keptAfter.push(stage.name);
    else if (old.name !== stage.name) preview.renamed.push({ from: old.name, to: stage.name });
  }
  preview.removed = map.stages.filter((stage) => !after.has(stage.id)).map((stage) => stage.name);
  return preview;
}

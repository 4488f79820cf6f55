import { clampIndex, filterKeep, insertAt, mapKeep, moveItem, patchKeep, replaceAt } from './arrays';
import { removeTouchpointsWithDependents } from './cascade';
import { contextOf, sanitizeStage } from './sanitize';
import { cleanOptionalText, cleanRequiredText } from './text-limits';
import { LIMITS, type CommentTarget, type JourneyMap, type Stage } from './types';

function mapTarget(): CommentTarget {
  return { kind: 'map', id: null };
}

/** The editable fields of a stage (metrics have their own operations). */
export interface StageFields {
  name?: string;
  description?: string;
  customerGoal?: string;
  accountableSiloId?: string | null;
}

/** Replaces the stage with `stageId` by `update(stage)`; the same map when it is missing or unchanged. */
export function updateStageWith(map: JourneyMap, stageId: string, update: (stage: Stage) => Stage): JourneyMap {
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  const stage = map.stages[index];
  if (stage === undefined) return map;
  const next = update(stage);
  return next === stage ? map : { ...map, stages: replaceAt(map.stages, index, next) };
}

/** Inserts a stage (column) at `index` (default: last); refused when its id clashes, its name is empty or the stage limit is reached. */
export function addStage(map: JourneyMap, stage: Stage, index: number = map.stages.length): JourneyMap {
  if (map.stages.length >= LIMITS.maxStages) return map;
  const clean = sanitizeStage(stage, contextOf(map));
  if (clean === null) return map;
  return { ...map, stages: insertAt(map.stages, clampIndex(index, map.stages.length), clean) };
}

/** Renames a stage (trimmed, at most 100 chars); an empty name is refused. */
export function renameStage(map: JourneyMap, stageId: string, name: string): JourneyMap {
  return updateStage(map, stageId, { name });
}

/** Updates a stage's name, description, customer goal or accountable silo (an unknown silo is ignored). */
export function updateStage(map: JourneyMap, stageId: string, fields: StageFields): JourneyMap {
  const patch: Partial<Stage> = {};
  if (fields.name !== undefined) patch.name = cleanRequiredText(fields.name, LIMITS.maxNameLength) ?? undefined;
  if (fields.description !== undefined) patch.description = cleanOptionalText(fields.description) ?? undefined;
  if (fields.customerGoal !== undefined) patch.customerGoal = cleanOptionalText(fields.customerGoal) ?? undefined;
  if (fields.accountableSiloId === null || map.silos.some((silo) => silo.id === fields.accountableSiloId)) {
    patch.accountableSiloId = fields.accountableSiloId;
  }
  return updateStageWith(map, stageId, (stage) => patchKeep(stage, patch));
}

/**
 * Removes a stage with its touchpoints and their hand-offs. Its notes move to the parking lot.
 * Comments on the stage or its touchpoints are kept and retargeted to the whole map: they are a
 * reviewer's words, and silently deleting feedback is worse than losing its anchor.
 */
export function removeStage(map: JourneyMap, stageId: string): JourneyMap {
  if (!map.stages.some((stage) => stage.id === stageId)) return map;
  const stageTouchpoints = new Set(map.touchpoints.filter((tp) => tp.stageId === stageId).map((tp) => tp.id));
  const withoutCards = removeTouchpointsWithDependents(map, stageTouchpoints, mapTarget);
  return {
    ...withoutCards,
    stages: filterKeep(withoutCards.stages, (stage) => stage.id !== stageId),
    notes: mapKeep(withoutCards.notes, (note) => (note.stageId === stageId ? { ...note, stageId: null } : note)),
    comments: mapKeep(withoutCards.comments, (comment) =>
      comment.target.kind === 'stage' && comment.target.id === stageId ? { ...comment, target: mapTarget() } : comment,
    ),
  };
}

/** Moves a stage (column) to `toIndex` in the column order. */
export function moveStage(map: JourneyMap, stageId: string, toIndex: number): JourneyMap {
  const from = map.stages.findIndex((stage) => stage.id === stageId);
  const stages = moveItem(map.stages, from, toIndex);
  return stages === map.stages ? map : { ...map, stages };
}

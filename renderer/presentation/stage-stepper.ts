/**
 * Stepping through the stages of a presentation: the whole map first, then one stage at a time.
 * `null` is the whole map; a number is the index of the focused stage.
 */

/** What the room is looking at: the whole map (`null`) or the stage at this index. */
export type StageFocus = number | null;

/** A request to move: next / previous stage, the whole map (Home) or the last stage (End). */
export type StepCommand = 'next' | 'previous' | 'overview' | 'last';

/**
 * Where a step lands. Next from the whole map is the first stage and stops at the last stage (a clicker
 * pressed once too often does not wrap to the start); previous from the first stage returns to the whole map.
 */
export function stepStage(focus: StageFocus, command: StepCommand, stageCount: number): StageFocus {
  if (stageCount <= 0) return null;
  const current = clampFocus(focus, stageCount);
  switch (command) {
    case 'next':
      return current === null ? 0 : Math.min(current + 1, stageCount - 1);
    case 'previous':
      return current === null || current === 0 ? null : current - 1;
    case 'overview':
      return null;
    case 'last':
      return stageCount - 1;
  }
}

/** Keeps a focus valid when the map's stages change underneath it (a stage past the end becomes the last one). */
export function clampFocus(focus: StageFocus, stageCount: number): StageFocus {
  if (focus === null || stageCount <= 0) return null;
  return Math.min(Math.max(0, Math.trunc(focus)), stageCount - 1);
}

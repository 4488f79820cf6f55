/**
 * The presentation's own state (which stage is shown, callouts on or off, screen blanked, key help) and the
 * sentence a screen reader hears after each change. View state only: nothing here touches the map.
 */
import type { Finding } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import { stageAnnouncement } from './stage-announcement';
import { clampFocus, stepStage, type StageFocus, type StepCommand } from './stage-stepper';

export interface PresentationState {
  focus: StageFocus;
  showFindings: boolean;
  blanked: boolean;
  helpOpen: boolean;
}

export type PresentationChange =
  | { kind: 'step'; command: StepCommand; stageCount: number }
  | { kind: 'stages-changed'; stageCount: number }
  | { kind: 'toggle-findings' }
  | { kind: 'toggle-blank' }
  | { kind: 'toggle-help' };

/** A presentation opening on the whole map with the findings callouts on. */
export const INITIAL_PRESENTATION: PresentationState = { focus: null, showFindings: true, blanked: false, helpOpen: false };

export const BLANKED_MESSAGE = 'Screen blanked — press B to return';

/** Applies one change. While the screen is blank only B (and leaving) do anything, so a stray click cannot move on unseen. */
export function updatePresentation(state: PresentationState, change: PresentationChange): PresentationState {
  if (state.blanked && change.kind !== 'toggle-blank' && change.kind !== 'stages-changed') return state;
  switch (change.kind) {
    case 'step': {
      const focus = stepStage(state.focus, change.command, change.stageCount);
      return focus === state.focus ? state : { ...state, focus };
    }
    case 'stages-changed': {
      const focus = clampFocus(state.focus, change.stageCount);
      return focus === state.focus ? state : { ...state, focus };
    }
    case 'toggle-findings':
      return { ...state, showFindings: !state.showFindings };
    case 'toggle-blank':
      return { ...state, blanked: !state.blanked };
    case 'toggle-help':
      return { ...state, helpOpen: !state.helpOpen };
  }
}

/** What the live region should say after a change, or null when nothing visible changed. */
export function describeChange(
  before: PresentationState,
  after: PresentationState,
  map: JourneyMap,
  findings: readonly Finding[],
): string | null {
  if (before.blanked !== after.blanked) return after.blanked ? BLANKED_MESSAGE : `Screen restored. ${stageAnnouncement(map, findings, after.focus)}`;
  if (before.focus !== after.focus) return stageAnnouncement(map, findings, after.focus);
  if (before.showFindings !== after.showFindings) return after.showFindings ? 'Findings shown' : 'Findings hidden';
  if (before.helpOpen !== after.helpOpen) return after.helpOpen ? 'Keyboard help shown' : 'Keyboard help hidden';
  return null;
}

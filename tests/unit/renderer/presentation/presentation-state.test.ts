import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import {
  BLANKED_MESSAGE,
  INITIAL_PRESENTATION,
  describeChange,
  updatePresentation,
} from '../../../../renderer/presentation/presentation-state';
import { autoInsuranceMap } from './presentation-fixture';

const map = autoInsuranceMap();
const findings = analyzeJourney(map);

describe('presentation state', () => {
  it('opens on the whole map with the findings callouts on', () => {
    expect(INITIAL_PRESENTATION).toEqual({ focus: null, showFindings: true, blanked: false, helpOpen: false });
  });

  it('steps and announces the stage it lands on', () => {
    const after = updatePresentation(INITIAL_PRESENTATION, { kind: 'step', command: 'next', stageCount: 6 });
    expect(after.focus).toBe(0);
    expect(describeChange(INITIAL_PRESENTATION, after, map, findings)).toMatch(/^Stage 1 of 6: Discover — /);
  });

  it('returns the same state for a step that goes nowhere, so nothing is announced', () => {
    const last = { ...INITIAL_PRESENTATION, focus: 5 };
    expect(updatePresentation(last, { kind: 'step', command: 'next', stageCount: 6 })).toBe(last);
  });

  it('toggles the callouts and says so', () => {
    const hidden = updatePresentation(INITIAL_PRESENTATION, { kind: 'toggle-findings' });
    expect(hidden.showFindings).toBe(false);
    expect(describeChange(INITIAL_PRESENTATION, hidden, map, findings)).toBe('Findings hidden');
    expect(describeChange(hidden, updatePresentation(hidden, { kind: 'toggle-findings' }), map, findings)).toBe('Findings shown');
  });

  it('blanks the screen, ignores everything but B while blank, and restores where it was', () => {
    const onStage = { ...INITIAL_PRESENTATION, focus: 2 };
    const blank = updatePresentation(onStage, { kind: 'toggle-blank' });
    expect(blank.blanked).toBe(true);
    expect(describeChange(onStage, blank, map, findings)).toBe(BLANKED_MESSAGE);
    expect(updatePresentation(blank, { kind: 'step', command: 'next', stageCount: 6 })).toBe(blank);
    expect(updatePresentation(blank, { kind: 'toggle-findings' })).toBe(blank);
    const back = updatePresentation(blank, { kind: 'toggle-blank' });
    expect(back).toEqual(onStage);
    expect(describeChange(blank, back, map, findings)).toMatch(/^Screen restored\. Stage 3 of 6: Onboard/);
  });

  it('keeps the focus on a real stage when the map loses stages', () => {
    const onLast = { ...INITIAL_PRESENTATION, focus: 5 };
    expect(updatePresentation(onLast, { kind: 'stages-changed', stageCount: 3 }).focus).toBe(2);
  });

  it('toggles the key help', () => {
    const open = updatePresentation(INITIAL_PRESENTATION, { kind: 'toggle-help' });
    expect(open.helpOpen).toBe(true);
    expect(describeChange(INITIAL_PRESENTATION, open, map, findings)).toBe('Keyboard help shown');
  });
});

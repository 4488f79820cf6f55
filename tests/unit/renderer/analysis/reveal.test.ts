import { describe, expect, it } from 'vitest';
import { revealForFinding, revealStage, revealTouchpoints } from '../../../../renderer/analysis/reveal';
import { analyzeJourney, type FindingCode } from '../../../../shared/analysis';
import { fixtureMap } from './diagnosis-fixture';

const map = fixtureMap();
const findings = analyzeJourney(map);

function finding(code: FindingCode, subjectId: string) {
  const found = findings.find((candidate) => candidate.code === code && candidate.subject.id === subjectId);
  if (!found) throw new Error(`No ${code} for ${subjectId}`);
  return found;
}

describe('revealing what a finding is about', () => {
  it('selects a stage finding’s stage and brings its header into view', () => {
    expect(revealForFinding(finding('split-ownership', 'stage-buy'), map)).toEqual(revealStage('stage-buy'));
  });

  it('selects both touchpoints of a clash, wherever they sit', () => {
    expect(revealForFinding(finding('conflicting-messages', 'stage-use'), map)).toEqual({
      selection: { kind: 'touchpoint', ids: ['tp-cross-sell', 'tp-cancel-notice'] },
      focus: { kind: 'card', touchpointId: 'tp-cross-sell' },
    });
  });

  it('selects a metric’s stage, an unowned touchpoint, and a hand-off with its receiving card in view', () => {
    expect(revealForFinding(finding('metric-without-target', 'metric-claim-cycle'), map)).toEqual(revealStage('stage-claim'));
    expect(revealForFinding(finding('unowned-touchpoint', 'tp-app-setup'), map)).toEqual(revealTouchpoints(['tp-app-setup']));
    expect(revealForFinding(finding('cross-silo-handoff', 'handoff-status'), map)).toEqual({
      selection: { kind: 'handoff', ids: ['handoff-status'] },
      focus: { kind: 'card', touchpointId: 'tp-adjuster' },
    });
  });

  it('reveals nothing when the subject has left the map', () => {
    const bare = { ...map, stages: [], touchpoints: [], handoffs: [] };
    for (const each of findings) expect(revealForFinding(each, bare)).toBeNull();
    expect(revealTouchpoints([])).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosisMarks, NO_MARKS, sameDiagnosisMarks } from '../../../../renderer/canvas/diagnosis-marks';
import { analyzeJourney } from '../../../../shared/analysis';
import { parseJourneyFile } from '../../../../shared/format';
import { updateHandoff, updateStage, updateTouchpoint } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';
import { workshopMap } from './canvas-fixtures';

function insuranceMap(): JourneyMap {
  const result = parseJourneyFile(new Uint8Array(readFileSync(resolve('tests/fixtures/auto-insurance.journeymap'))));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

const marksOf = (map: JourneyMap) => diagnosisMarks(map, analyzeJourney(map));

describe('diagnosisMarks on the auto-insurance map', () => {
  const map = insuranceMap();
  const marks = marksOf(map);

  it('badges every stage with its status and its worst problem in words', () => {
    expect(map.stages.map((stage) => marks.stages.get(stage.id))).toEqual([
      { status: 'note', label: 'Off target', findingCount: 1 },
      { status: 'warning', label: 'Split: Sales & Agents, Underwriting', findingCount: 5 },
      { status: 'critical', label: 'No shared metric', findingCount: 5 },
      { status: 'critical', label: 'Conflicting messages', findingCount: 4 },
      { status: 'warning', label: 'Unowned hand-off', findingCount: 3 },
      { status: 'critical', label: 'Split: Sales & Agents, Billing, Actuarial', findingCount: 3 },
    ]);
  });

  it('marks the two clashing touchpoints with each other, even across stages', () => {
    expect(marks.touchpoints.get('tp-cross-sell')).toEqual({ conflictsWith: ['tp-cancel-notice'], unowned: false });
    expect(marks.touchpoints.get('tp-cancel-notice')).toEqual({ conflictsWith: ['tp-cross-sell'], unowned: false });
  });

  it('marks the touchpoint no silo owns and no other card', () => {
    expect(marks.touchpoints.get('tp-app-setup')).toEqual({ conflictsWith: [], unowned: true });
    expect([...marks.touchpoints.keys()].sort()).toEqual(['tp-app-setup', 'tp-cancel-notice', 'tp-cross-sell']);
  });

  it('marks exactly the cross-silo hand-offs nobody owns', () => {
    expect([...marks.unownedHandoffIds].sort()).toEqual(['handoff-quote-uw', 'handoff-status', 'handoff-welcome-bill']);
  });
});

describe('diagnosisMarks as the map changes', () => {
  it('drops the split badge once a silo is made accountable', () => {
    const map = insuranceMap();
    const fixed = updateStage(map, 'stage-buy', { accountableSiloId: 'silo-sales' });
    expect(marksOf(fixed).stages.get('stage-buy')).toMatchObject({
      status: 'warning',
      label: 'Underwriting not on a shared metric',
    });
  });

  it('unmarks a hand-off once a silo owns it', () => {
    const map = updateHandoff(insuranceMap(), 'handoff-status', { ownerSiloId: 'silo-claims' });
    expect(marksOf(map).unownedHandoffIds.has('handoff-status')).toBe(false);
  });

  it('gives an OK badge to a stage with nothing to resolve', () => {
    const map: JourneyMap = {
      ...workshopMap(),
      stages: workshopMap().stages.map((stage) => ({
        ...stage,
        metrics: [
          {
            id: `m-${stage.id}`,
            name: 'Conversion',
            definition: '',
            unit: '%',
            direction: 'higher-is-better',
            target: 30,
            current: 35,
            ownerSiloIds: ['sales', 'billing'],
          },
        ],
      })),
    };
    const fixed = updateTouchpoint(updateStage(map, 's2', { accountableSiloId: 'sales' }), 'invoice', { emotion: 1 });
    expect(marksOf(fixed).stages.get('s2')).toEqual({ status: 'ok', label: 'OK', findingCount: 0 });
  });
});

describe('sameDiagnosisMarks', () => {
  it('is true for two derivations of equivalent maps and false when any highlight differs', () => {
    const map = insuranceMap();
    expect(sameDiagnosisMarks(marksOf(map), marksOf({ ...map, title: 'Renamed' }))).toBe(true);
    expect(sameDiagnosisMarks(marksOf(map), marksOf(updateStage(map, 'stage-buy', { accountableSiloId: 'silo-sales' })))).toBe(false);
    const owned = {
      ...map,
      touchpoints: map.touchpoints.map((tp) => (tp.id === 'tp-app-setup' ? { ...tp, siloId: 'silo-service' } : tp)),
    };
    expect(sameDiagnosisMarks(marksOf(map), marksOf(owned))).toBe(false);
    expect(sameDiagnosisMarks(marksOf(map), NO_MARKS)).toBe(false);
  });
});

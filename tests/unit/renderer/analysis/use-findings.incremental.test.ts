import { describe, expect, it } from 'vitest';
import { analysisOf, findingsOf, stageStatusesOf } from '../../../../renderer/analysis/use-findings';
import { APP_MAX_CONFLICT_PAIRS, analyzeJourneyWithSummary, stageStatuses, type Finding } from '../../../../shared/analysis';
import { moveTouchpoint, removeTouchpoint, renameSilo, updateStage, type JourneyMap } from '../../../../shared/model';
import { fixtureMap } from './diagnosis-fixture';

const options = { maxConflictPairs: APP_MAX_CONFLICT_PAIRS };

function expectFullAnalysis(map: JourneyMap): void {
  const analysis = analysisOf(map);
  expect({ ...analysis, findings: [...analysis.findings] }).toStrictEqual(analyzeJourneyWithSummary(map, options));
  expect(Object.isFrozen(analysis)).toBe(true);
  expect(Object.isFrozen(analysis.findings)).toBe(true);
  expect(stageStatusesOf(map)).toEqual(stageStatuses(map, analyzeJourneyWithSummary(map, options).findings));
}

describe('the diagnosis of each edit of the open map', () => {
  it('is the full analysis of every version, and undo finds the earlier one cached', () => {
    const original = fixtureMap();
    const card = original.touchpoints.find((touchpoint) => touchpoint.siloId !== null);
    const lane = original.silos.find((silo) => silo.id !== card?.siloId);
    if (card === undefined || lane === undefined) throw new Error('the fixture has no card to move');
    const moved = moveTouchpoint(original, card.id, { stageId: card.stageId, siloId: lane.id });
    const renamed = renameSilo(moved, lane.id, 'Renamed lane');
    const removed = removeTouchpoint(renamed, card.id);
    const accountable = updateStage(removed, card.stageId, { accountableSiloId: lane.id });
    const firstFindings = findingsOf(original);
    for (const map of [original, moved, renamed, removed, accountable, moved]) expectFullAnalysis(map);
    expect(findingsOf(original)).toBe(firstFindings);
  });

  it('keeps the finding objects of the stages an edit left alone', () => {
    const original = fixtureMap();
    const before = new Set<Finding>(findingsOf(original));
    const stage = original.stages[0];
    if (stage === undefined) throw new Error('the fixture has no stage');
    const edited = updateStage(original, stage.id, { accountableSiloId: null, name: 'Look around' });
    expectFullAnalysis(edited);
    const untouched = findingsOf(edited).filter((finding) => finding.stageId !== stage.id && finding.code !== 'conflicting-messages');
    expect(untouched.length).toBeGreaterThan(0);
    for (const finding of untouched) expect(before.has(finding), finding.message).toBe(true);
  });
});

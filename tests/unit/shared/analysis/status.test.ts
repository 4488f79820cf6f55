import { describe, expect, it } from 'vitest';
import { analyzeJourney, stageStatus, stageStatuses, type Finding, type Severity } from '../../../../shared/analysis';
import { SILOS, journeyMap, metric, stage, touchpoint } from './map-builder';

function at(stageId: string | null, severity: Severity): Finding {
  return { code: 'empty-stage', severity, stageId, subject: { kind: 'stage', id: stageId ?? 'x' }, siloIds: [], touchpointIds: [], message: '' };
}

describe('stage status', () => {
  it('is critical with a high finding, warning if the worst is medium, note if only low, else ok', () => {
    const findings = [at('a', 'low'), at('a', 'high'), at('b', 'medium'), at('b', 'low'), at('c', 'low'), at(null, 'high')];
    expect(['a', 'b', 'c', 'd'].map((stageId) => stageStatus(findings, stageId))).toEqual(['critical', 'warning', 'note', 'ok']);
  });

  it('gives every stage of the map a status in one map', () => {
    const map = journeyMap({ stages: [stage('a'), stage('b'), stage('c'), stage('d')] });
    const findings = [at('a', 'high'), at('b', 'medium'), at('c', 'low'), at(null, 'high'), at('ghost', 'high')];
    expect([...stageStatuses(map, findings)]).toEqual([
      ['a', 'critical'],
      ['b', 'warning'],
      ['c', 'note'],
      ['d', 'ok'],
    ]);
  });

  it('follows from the analysis: a healthy stage is ok, an empty one a note, a split one a warning', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [
        stage('healthy', { accountableSiloId: 'sales', metrics: [metric('m1', { ownerSiloIds: ['sales', 'billing'] })] }),
        stage('empty'),
        stage('split', { metrics: [metric('m2', { ownerSiloIds: ['sales', 'billing'] })] }),
      ],
      touchpoints: [
        touchpoint('h1', 'healthy', 'sales'),
        touchpoint('h2', 'healthy', 'billing'),
        touchpoint('s1', 'split', 'sales'),
        touchpoint('s2', 'split', 'billing'),
      ],
    });
    expect(Object.fromEntries(stageStatuses(map, analyzeJourney(map)))).toEqual({ healthy: 'ok', empty: 'note', split: 'warning' });
  });
});

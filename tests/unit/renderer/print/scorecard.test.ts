import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import { computeScorecard, NO_OWNER_LABEL } from '../../../../renderer/print/scorecard';
import { loadFixtureMap } from './print-fixture';

const map = loadFixtureMap();
const scorecard = computeScorecard(map, analyzeJourney(map));
const column = (name: string) => {
  const found = scorecard.columns.find((candidate) => candidate.stageName === name);
  if (found === undefined) throw new Error(`No column ${name}`);
  return found;
};
const row = (name: string) => {
  const found = scorecard.rows.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`No row ${name}`);
  return found;
};

describe('computeScorecard', () => {
  it('has one column per stage in column order and one row per silo in lane order, then "No owner"', () => {
    expect(scorecard.columns.map((entry) => entry.stageId)).toEqual(map.stages.map((stage) => stage.id));
    expect(scorecard.rows.map((entry) => entry.siloId)).toEqual([...map.silos.map((silo) => silo.id), null]);
    expect(scorecard.rows.at(-1)?.name).toBe(NO_OWNER_LABEL);
  });

  it('counts the touchpoints of each silo in each stage', () => {
    const claims = map.stages.findIndex((stage) => stage.name === 'Claim');
    expect(row('Claims').counts[claims]).toBe(3);
    expect(row('Customer Service').counts[claims]).toBe(1);
    expect(row('Marketing').counts[claims]).toBe(0);
    expect(row(NO_OWNER_LABEL).total).toBe(1);
  });

  it('adds up to every touchpoint of the map, per row and per column', () => {
    expect(scorecard.totalTouchpoints).toBe(map.touchpoints.length);
    expect(scorecard.rows.reduce((sum, entry) => sum + entry.total, 0)).toBe(map.touchpoints.length);
    expect(scorecard.columns.reduce((sum, entry) => sum + entry.touchpointCount, 0)).toBe(map.touchpoints.length);
  });

  it('marks the stages the diagnosis found split, and only those', () => {
    expect(scorecard.columns.filter((entry) => entry.split).map((entry) => entry.stageName)).toEqual([
      'Quote & buy',
      'Onboard',
      'Renew or leave',
    ]);
    expect(column('Claim').accountableSiloId).toBe('silo-claims');
  });

  it('reports how many delivering silos share one of the stage’s metrics', () => {
    expect(column('Use & pay')).toMatchObject({ metricCount: 1, deliveringSiloCount: 3 });
    expect(column('Onboard')).toMatchObject({ metricCount: 0, deliveringSiloCount: 2, coveredSiloCount: 0 });
    expect(column('Discover')).toMatchObject({ metricCount: 1, deliveringSiloCount: 1, coveredSiloCount: 1 });
  });

  it('counts a touchpoint without a silo in the "No owner" row, not in any silo', () => {
    const onboard = map.stages.findIndex((stage) => stage.name === 'Onboard');
    expect(row(NO_OWNER_LABEL).counts[onboard]).toBe(1);
    expect(column('Onboard').deliveringSiloCount).toBe(2);
  });
});

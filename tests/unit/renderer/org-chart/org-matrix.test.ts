import { describe, expect, it } from 'vitest';
import { buildOrgMatrix } from '../../../../renderer/org-chart/org-matrix';
import { analyzeJourney } from '../../../../shared/analysis';
import { createEmptyMap, updateStage } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';
import { fixtureMap } from '../analysis/diagnosis-fixture';

const map = fixtureMap();

function matrixOf(current: JourneyMap) {
  return buildOrgMatrix(current, analyzeJourney(current));
}

/** The matrix as rows of touchpoint counts, "A" marking the accountable silo. */
function grid(current: JourneyMap): string[][] {
  return matrixOf(current).rows.map((row) => [
    row.name,
    ...row.cells.map((cell) => `${cell.touchpointIds.length}${cell.accountable ? 'A' : ''}`),
  ]);
}

describe('the org-chart matrix', () => {
  it('counts each silo’s touchpoints per stage and marks the accountable silo, for the fixture', () => {
    expect(matrixOf(map).columns.map((column) => column.name)).toEqual([
      'Discover',
      'Quote & buy',
      'Onboard',
      'Use & pay',
      'Claim',
      'Renew or leave',
    ]);
    expect(grid(map)).toEqual([
      ['Marketing', '2A', '0', '0', '1', '0', '0'],
      ['Sales & Agents', '0', '2', '0', '0', '0', '1'],
      ['Underwriting', '0', '1', '0', '0', '0', '0'],
      ['Billing', '0', '0', '1', '1A', '0', '1'],
      ['Claims', '0', '0', '0', '0', '3A', '0'],
      ['Customer Service', '0', '0', '1', '1', '1', '0'],
      ['Actuarial', '0', '0', '0', '0', '0', '1'],
      ['No owner', '0', '0', '1', '0', '0', '0'],
    ]);
  });

  it('flags split stages and stages with no shared metric, as the diagnosis does', () => {
    const flags = matrixOf(map).columns.map((column) => [column.name, column.split, column.noSharedMetric, column.status]);
    expect(flags).toEqual([
      ['Discover', false, false, 'note'],
      ['Quote & buy', true, true, 'warning'],
      ['Onboard', true, true, 'critical'],
      ['Use & pay', false, true, 'critical'],
      ['Claim', false, false, 'warning'],
      ['Renew or leave', true, true, 'critical'],
    ]);
  });

  it('keeps the cells’ touchpoints in array order and totals each row', () => {
    const matrix = matrixOf(map);
    const claims = matrix.rows.find((row) => row.siloId === 'silo-claims');
    expect(claims?.cells[4]?.touchpointIds).toEqual(['tp-fnol', 'tp-adjuster', 'tp-payout']);
    expect(claims).toMatchObject({ touchpointCount: 3, stageCount: 1 });
    expect(matrix.rows.find((row) => row.siloId === 'silo-service')).toMatchObject({ touchpointCount: 3, stageCount: 3 });
    expect(matrix.columns.map((column) => column.touchpointCount)).toEqual([2, 3, 3, 3, 4, 3]);
  });

  it('drops the split flag once a silo is made accountable', () => {
    const fixed = updateStage(map, 'stage-buy', { accountableSiloId: 'silo-sales' });
    expect(matrixOf(fixed).columns[1]).toMatchObject({ split: false });
    expect(grid(fixed)[1]?.[2]).toBe('2A');
  });

  it('has no “No owner” row when every touchpoint has a silo', () => {
    const owned = { ...map, touchpoints: map.touchpoints.filter((tp) => tp.siloId !== null) };
    expect(matrixOf(owned).rows.map((row) => row.siloId)).not.toContain(null);
  });

  it('is empty for an empty map', () => {
    expect(matrixOf(createEmptyMap())).toEqual({ columns: [], rows: [] });
  });
});

import { describe, expect, it } from 'vitest';
import {
  countBySeverity,
  filterFindings,
  findingCountText,
  findingInvolvesSilo,
  groupFindingsByStage,
  severityCountsText,
} from '../../../../renderer/findings/finding-groups';
import { analyzeJourney, SEVERITIES, type Finding } from '../../../../shared/analysis';
import { fixtureMap } from '../analysis/diagnosis-fixture';

const map = fixtureMap();
const findings = analyzeJourney(map);

function stray(stageId: string | null): Finding {
  return {
    code: 'empty-stage',
    severity: 'low',
    stageId,
    subject: { kind: 'stage', id: stageId ?? 'nowhere' },
    siloIds: [],
    touchpointIds: [],
    message: 'Stray.',
  };
}

describe('grouping findings', () => {
  it('groups by stage in column order and keeps the diagnosis order inside a group', () => {
    const groups = groupFindingsByStage(findings, map);
    expect(groups.map((group) => group.title)).toEqual(['Discover', 'Quote & buy', 'Onboard', 'Use & pay', 'Claim', 'Renew or leave']);
    expect(groups.map((group) => group.findings.length)).toEqual([1, 5, 5, 4, 3, 3]);
    expect(groups.flatMap((group) => group.findings)).toEqual(findings);
  });

  it('puts findings with no stage, or a stage no longer on the map, in a last “No stage” group', () => {
    const groups = groupFindingsByStage([stray(null), stray('stage-claim'), stray('stage-gone')], map);
    expect(groups.map((group) => [group.title, group.stageId, group.findings.length])).toEqual([
      ['Claim', 'stage-claim', 1],
      ['No stage', null, 2],
    ]);
  });

  it('counts findings per severity and words the counts', () => {
    const counts = countBySeverity(findings);
    expect(counts).toEqual({ high: 5, medium: 8, low: 8 });
    expect(severityCountsText(counts)).toBe('5 high, 8 medium, 8 low');
    expect(severityCountsText({ high: 0, medium: 2, low: 0 })).toBe('2 medium');
    expect(findingCountText(1)).toBe('1 finding');
    expect(findingCountText(3)).toBe('3 findings');
  });
});

describe('filtering findings', () => {
  it('keeps only the ticked severities', () => {
    const kept = filterFindings(findings, map, { severities: new Set(['high']), siloId: null });
    expect(kept).toHaveLength(5);
    expect(kept.every((finding) => finding.severity === 'high')).toBe(true);
  });

  it('keeps only findings naming the silo or one of its touchpoints', () => {
    const kept = filterFindings(findings, map, { severities: new Set(SEVERITIES), siloId: 'silo-actuarial' });
    expect(kept.map((finding) => finding.code)).toEqual(['conflicting-messages', 'missing-metric', 'split-ownership', 'pain-without-recovery']);
    const viaTouchpoint: Finding = { ...stray('stage-renew'), code: 'conflicting-messages', touchpointIds: ['tp-cancel-notice'] };
    expect(findingInvolvesSilo(viaTouchpoint, map, 'silo-actuarial')).toBe(true);
    expect(findingInvolvesSilo(viaTouchpoint, map, 'silo-sales')).toBe(false);
  });

  it('keeps a stage-wide finding for every silo that delivers the stage, also where the finding names only others', () => {
    const unshared = findings.find((finding) => finding.code === 'unshared-metric' && finding.stageId === 'stage-buy');
    expect(unshared?.siloIds).toEqual(['silo-underwriting']);
    const forSales = filterFindings(findings, map, { severities: new Set(SEVERITIES), siloId: 'silo-sales' });
    expect(forSales).toContain(unshared);
    // Every stage-wide finding of a stage shows for each silo of D(S), and for nobody else.
    for (const finding of findings.filter((candidate) => candidate.code === 'unshared-metric')) {
      const delivering = new Set(map.touchpoints.filter((tp) => tp.stageId === finding.stageId).map((tp) => tp.siloId));
      for (const silo of map.silos) expect(findingInvolvesSilo(finding, map, silo.id)).toBe(delivering.has(silo.id));
    }
  });

  it('keeps a conflict only for its two silos, not for every silo of its stage', () => {
    const conflict = findings.find((finding) => finding.code === 'conflicting-messages');
    if (!conflict) throw new Error('The fixture has no conflicting messages');
    for (const silo of map.silos) expect(findingInvolvesSilo(conflict, map, silo.id)).toBe(conflict.siloIds.includes(silo.id));
  });
});

import { describe, expect, it } from 'vitest';
import {
  FINDING_CODES,
  analyzeJourney,
  findingTitle,
  omittedConflictsNotice,
  plainExplanation,
  severityLabel,
  stageBadge,
  statusLabel,
} from '../../../../shared/analysis';
import { SILOS, handoff, journeyMap, message, metric, silo, stage, touchpoint } from './map-builder';

describe('stageBadge', () => {
  const map = journeyMap({
    silos: [...SILOS, silo('legal', 'Legal')],
    stages: [
      stage('split3', { metrics: [metric('m1', { ownerSiloIds: ['sales', 'billing', 'service'] })] }),
      stage('unmeasured', { accountableSiloId: 'sales' }),
      stage('unshared', { accountableSiloId: 'sales', metrics: [metric('m2', { ownerSiloIds: ['sales'] })] }),
      stage('clash', { accountableSiloId: 'sales', metrics: [metric('m3', { ownerSiloIds: ['sales', 'billing'] })] }),
      stage('healthy', { accountableSiloId: 'sales', metrics: [metric('m4', { ownerSiloIds: ['sales'] })] }),
      stage('split5', { metrics: [metric('m5', { ownerSiloIds: ['sales', 'billing', 'service', 'claims', 'legal'] })] }),
      stage('empty'),
    ],
    touchpoints: [
      touchpoint('a1', 'split3', 'billing'),
      touchpoint('a2', 'split3', 'sales'),
      touchpoint('a3', 'split3', 'service'),
      touchpoint('b1', 'unmeasured', 'sales'),
      touchpoint('c1', 'unshared', 'sales'),
      touchpoint('c2', 'unshared', 'billing'),
      message('d1', 'clash', 'sales', 'sell', null),
      message('d2', 'clash', 'billing', 'collect', null),
      touchpoint('e1', 'healthy', 'sales'),
      ...['sales', 'billing', 'service', 'claims', 'legal'].map((siloId) => touchpoint(`f-${siloId}`, 'split5', siloId)),
    ],
  });
  const findings = analyzeJourney(map);
  const badge = (stageId: string) => stageBadge(map, findings, stageId);

  it('names the silos of a split stage in lane order', () => {
    expect(badge('split3')).toEqual({ status: 'critical', label: 'Split: Sales, Billing, Service', findingCount: 1 });
  });

  it('shortens a long list of silos', () => {
    expect(badge('split5').label).toBe('Split: Sales, Billing, Service +2');
  });

  it('says a stage has no shared metric', () => {
    expect(badge('unmeasured')).toMatchObject({ status: 'critical', label: 'No shared metric' });
  });

  it('names the silo left off the shared metric', () => {
    expect(badge('unshared')).toMatchObject({ status: 'warning', label: 'Billing not on a shared metric' });
  });

  it('calls out conflicting messages', () => {
    expect(badge('clash')).toMatchObject({ status: 'critical', label: 'Conflicting messages' });
  });

  it('says OK for a stage with no findings', () => {
    expect(badge('healthy')).toEqual({ status: 'ok', label: 'OK', findingCount: 0 });
  });

  it('names an empty stage', () => {
    expect(badge('empty')).toEqual({ status: 'note', label: 'Empty stage', findingCount: 1 });
  });

  it('prefers the split over other problems of the same severity', () => {
    const splitAndUnmeasured = journeyMap({
      silos: SILOS,
      stages: [stage('s')],
      touchpoints: [touchpoint('t1', 's', 'sales'), touchpoint('t2', 's', 'billing'), touchpoint('t3', 's', 'service'), touchpoint('t4', 's', null)],
    });
    expect(stageBadge(splitAndUnmeasured, analyzeJourney(splitAndUnmeasured), 's')).toEqual({
      status: 'critical',
      label: 'Split: Sales, Billing, Service',
      findingCount: 3,
    });
  });
});

describe('labels', () => {
  it('gives every finding code a distinct short title', () => {
    const titles = FINDING_CODES.map(findingTitle);
    expect(new Set(titles).size).toBe(FINDING_CODES.length);
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(30);
    expect(findingTitle('split-ownership')).toBe('Split ownership');
  });

  it('names severities and statuses for people', () => {
    expect(['high', 'medium', 'low'].map((severity) => severityLabel(severity as 'high'))).toEqual(['High', 'Medium', 'Low']);
    expect(statusLabel('ok')).toBe('OK');
    expect(statusLabel('critical')).toBe('Critical');
  });
});

describe('plainExplanation', () => {
  const map = journeyMap({
    silos: [silo('id_mkt', 'Marketing'), silo('id_billing', 'Billing'), silo('id_claims', 'Claims')],
    stages: [
      stage('id_use', { name: 'Use & pay', metrics: [metric('id_m-off', { name: 'Paid on time', target: 97, current: 95, ownerSiloIds: ['id_billing'] })] }),
      stage('id_claim', { name: 'Claim', metrics: [metric('id_m-none', { name: 'Cycle time', target: null, ownerSiloIds: [] })] }),
      stage('id_renew', { name: 'Renew' }),
      stage('id_leave', { name: 'Leave' }),
    ],
    touchpoints: [
      message('id_offer', 'id_use', 'id_mkt', 'sell', 3, { title: 'Cross-sell offer' }),
      message('id_dun', 'id_use', 'id_billing', 'collect', 3, { title: 'Payment reminder', emotion: -2 }),
      touchpoint('id_fnol', 'id_claim', 'id_claims'),
      touchpoint('id_chat', 'id_claim', null, { title: 'Claim chat' }),
      touchpoint('id_r1', 'id_renew', 'id_mkt'),
      touchpoint('id_r2', 'id_renew', 'id_billing'),
      touchpoint('id_r3', 'id_renew', 'id_claims'),
    ],
    handoffs: [handoff('id_h', 'id_offer', 'id_dun')],
  });
  const findings = analyzeJourney(map);

  it('covers every finding code in this map', () => {
    expect(new Set(findings.map((finding) => finding.code))).toEqual(new Set(FINDING_CODES));
  });

  it('is one plain sentence naming the stage and never an id', () => {
    for (const finding of findings) {
      const sentence = plainExplanation(finding, map);
      expect(sentence, finding.code).toMatch(/^[\u201cA-Z].*\.$/);
      expect(sentence, finding.code).not.toMatch(/\n/);
      expect(sentence.split(/[.!?]\s/), finding.code).toHaveLength(1);
      expect(sentence, finding.code).not.toContain('id_');
      if (finding.stageId !== null) {
        const stageName = map.stages.find((candidate) => candidate.id === finding.stageId)?.name ?? '';
        expect(sentence, finding.code).toContain(stageName);
      }
    }
  });

  it('tells an executive who to talk to about split ownership and conflicts', () => {
    const split = findings.find((finding) => finding.code === 'split-ownership' && finding.stageId === 'id_renew');
    const conflict = findings.find((finding) => finding.code === 'conflicting-messages');
    expect(split && plainExplanation(split, map)).toBe(
      'Marketing, Billing and Claims each run part of Renew, but nobody answers for the whole of it, so decide which silo is accountable.',
    );
    expect(conflict && plainExplanation(conflict, map)).toBe(
      'The same customer hears \u201cCross-sell offer\u201d from Marketing and \u201cPayment reminder\u201d from Billing at the same time in Use & pay, so these silos need to coordinate.',
    );
  });

  it('still reads when the finding refers to things the map no longer has', () => {
    const stale = findings.map((finding) => plainExplanation(finding, journeyMap({})));
    for (const sentence of stale) expect(sentence).toMatch(/\.$/);
  });
});

describe('omittedConflictsNotice', () => {
  it('says in plain words how many pairs there are and how many are listed', () => {
    expect(omittedConflictsNotice({ conflictPairCount: 1_000_695, omittedConflictPairs: 998_695 })).toBe(
      'This map has 1,000,695 pairs of conflicting messages; 2,000 of them are listed.',
    );
    expect(omittedConflictsNotice({ conflictPairCount: 2, omittedConflictPairs: 1 })).toBe(
      'This map has 2 pairs of conflicting messages; 1 of them is listed.',
    );
    expect(omittedConflictsNotice({ conflictPairCount: 5, omittedConflictPairs: 5 })).toBe(
      'This map has 5 pairs of conflicting messages; none of them is listed.',
    );
  });

  it('says nothing when every pair is listed', () => {
    expect(omittedConflictsNotice({ conflictPairCount: 12, omittedConflictPairs: 0 })).toBeNull();
    expect(omittedConflictsNotice({ conflictPairCount: 0, omittedConflictPairs: 0 })).toBeNull();
  });
});

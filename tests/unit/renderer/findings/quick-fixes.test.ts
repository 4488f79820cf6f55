import { describe, expect, it } from 'vitest';
import {
  deliveringSiloIds,
  quickFixFor,
  sharedMetricEdit,
  sharedMetricName,
  siloChoiceEdit,
} from '../../../../renderer/findings/quick-fixes';
import { analyzeJourney, type FindingCode } from '../../../../shared/analysis';
import { LIMITS } from '../../../../shared/model/types';
import { SILOS, journeyMap, message, stage } from '../../shared/analysis/map-builder';
import { fixtureMap } from '../analysis/diagnosis-fixture';

const map = fixtureMap();
const findings = analyzeJourney(map);

function finding(code: FindingCode, subjectId: string) {
  const found = findings.find((candidate) => candidate.code === code && candidate.subject.id === subjectId);
  if (!found) throw new Error(`No ${code} for ${subjectId}`);
  return found;
}

describe('quick fixes', () => {
  it('lists the silos delivering a stage in lane order', () => {
    expect(deliveringSiloIds(map, 'stage-renew')).toEqual(['silo-sales', 'silo-billing', 'silo-actuarial']);
    expect(deliveringSiloIds(map, 'stage-onboard')).toEqual(['silo-billing', 'silo-service']);
  });

  it('offers the delivering silos as the accountable one for a split stage', () => {
    expect(quickFixFor(finding('split-ownership', 'stage-renew'), map)).toEqual({
      kind: 'make-accountable',
      targetId: 'stage-renew',
      choices: ['silo-sales', 'silo-billing', 'silo-actuarial'],
    });
  });

  it('offers a shared metric for a stage with no metric or no shared one', () => {
    expect(quickFixFor(finding('missing-metric', 'stage-onboard'), map)).toEqual({ kind: 'add-shared-metric', stageId: 'stage-onboard' });
    expect(quickFixFor(finding('unshared-metric', 'stage-use'), map)).toEqual({ kind: 'add-shared-metric', stageId: 'stage-use' });
  });

  it('offers the two silos at the ends of an unowned hand-off', () => {
    expect(quickFixFor(finding('cross-silo-handoff', 'handoff-quote-uw'), map)).toEqual({
      kind: 'own-handoff',
      targetId: 'handoff-quote-uw',
      choices: ['silo-sales', 'silo-underwriting'],
    });
  });

  it('offers every silo for an unowned touchpoint', () => {
    expect(quickFixFor(finding('unowned-touchpoint', 'tp-app-setup'), map)).toEqual({
      kind: 'own-touchpoint',
      targetId: 'tp-app-setup',
      choices: map.silos.map((silo) => silo.id),
    });
  });

  it('offers nothing for findings that need more than one decision', () => {
    const others = findings.filter(
      (candidate) =>
        !['split-ownership', 'missing-metric', 'unshared-metric', 'cross-silo-handoff', 'unowned-touchpoint'].includes(candidate.code),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(quickFixFor(other, map)).toBeNull();
  });

  it('offers nothing for an unowned touchpoint on a map with no silos', () => {
    expect(quickFixFor(finding('unowned-touchpoint', 'tp-app-setup'), { ...map, silos: [] })).toBeNull();
  });

  it('clears each finding with its edit', () => {
    const accountable = siloChoiceEdit({ kind: 'make-accountable', targetId: 'stage-renew', choices: [] }, 'silo-sales')(map);
    expect(analyzeJourney(accountable).some((f) => f.code === 'split-ownership' && f.stageId === 'stage-renew')).toBe(false);

    const measured = sharedMetricEdit({ kind: 'add-shared-metric', stageId: 'stage-use' })(map);
    expect(analyzeJourney(measured).some((f) => f.code === 'unshared-metric' && f.stageId === 'stage-use')).toBe(false);

    const handedOff = siloChoiceEdit({ kind: 'own-handoff', targetId: 'handoff-status', choices: [] }, 'silo-claims')(map);
    expect(handedOff.handoffs.find((h) => h.id === 'handoff-status')?.ownerSiloId).toBe('silo-claims');

    const owned = siloChoiceEdit({ kind: 'own-touchpoint', targetId: 'tp-app-setup', choices: [] }, 'silo-service')(map);
    expect(analyzeJourney(owned).some((f) => f.code === 'unowned-touchpoint')).toBe(false);
  });

  it('gives a touchpoint an owner without moving it in the array, so conflicts keep their stage', () => {
    const owned = siloChoiceEdit({ kind: 'own-touchpoint', targetId: 'tp-app-setup', choices: [] }, 'silo-service')(map);
    expect(owned.touchpoints.map((tp) => tp.id)).toEqual(map.touchpoints.map((tp) => tp.id));
    const index = map.touchpoints.findIndex((tp) => tp.id === 'tp-app-setup');
    expect(owned.touchpoints[index]).toEqual({ ...map.touchpoints[index], siloId: 'silo-service' });

    // An unowned cancellation before a same-day offer: once owned, the pair's first touchpoint is still the
    // cancellation, so the conflict belongs to its stage (moving it to the end of its new cell would put it
    // after the offer and the finding in the offer's stage).
    const small = journeyMap({
      silos: SILOS,
      stages: [stage('use'), stage('renew')],
      touchpoints: [
        message('notice', 'renew', null, 'cancel', 5),
        message('offer', 'use', 'sales', 'sell', 5),
        message('letter', 'renew', 'billing', 'inform', null),
      ],
    });
    const fixed = siloChoiceEdit({ kind: 'own-touchpoint', targetId: 'notice', choices: [] }, 'billing')(small);
    expect(fixed.touchpoints.map((tp) => tp.id)).toEqual(['notice', 'offer', 'letter']);
    expect(analyzeJourney(fixed).filter((f) => f.code === 'conflicting-messages')).toMatchObject([
      { stageId: 'renew', touchpointIds: ['notice', 'offer'] },
    ]);
  });

  it('leaves the map untouched when the target is gone', () => {
    expect(siloChoiceEdit({ kind: 'own-touchpoint', targetId: 'tp-gone', choices: [] }, 'silo-service')(map)).toBe(map);
    expect(sharedMetricEdit({ kind: 'add-shared-metric', stageId: 'stage-gone' })(map)).toBe(map);
  });

  it('names the new metric after its stage, within the name limit', () => {
    expect(sharedMetricName('Onboard')).toBe('Onboard shared score');
    const long = sharedMetricName('x'.repeat(LIMITS.maxNameLength));
    expect(long.length).toBeLessThanOrEqual(LIMITS.maxNameLength);
    expect(long.endsWith(' shared score')).toBe(true);
  });
});

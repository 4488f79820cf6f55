import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../../shared/analysis';
import { SILOS, findingsWithCode, handoff, journeyMap, stage, touchpoint } from '../map-builder';

const stages = [stage('buy', { name: 'Buy' }), stage('onboard', { name: 'Onboard' })];

describe('cross-silo-handoff', () => {
  it('flags a hand-off between two silos with no owner as medium, in the stage of the receiving touchpoint', () => {
    const map = journeyMap({
      silos: SILOS,
      stages,
      touchpoints: [
        touchpoint('bill', 'onboard', 'billing', { title: 'First invoice' }),
        touchpoint('quote', 'buy', 'service', { title: 'Quote' }),
      ],
      handoffs: [{ ...handoff('h', 'quote', 'bill'), label: 'Send the bill' }],
    });
    expect(findingsWithCode(analyzeJourney(map), 'cross-silo-handoff')).toEqual([
      {
        code: 'cross-silo-handoff',
        severity: 'medium',
        stageId: 'onboard',
        subject: { kind: 'handoff', id: 'h' },
        siloIds: ['billing', 'service'],
        touchpointIds: ['bill', 'quote'],
        message: 'The hand-off \u201cSend the bill\u201d from Service (\u201cQuote\u201d) to Billing (\u201cFirst invoice\u201d) into Onboard has no owner.',
      },
    ]);
  });

  it('takes the receiving stage whichever way the hand-off points', () => {
    const map = journeyMap({
      silos: SILOS,
      stages,
      touchpoints: [touchpoint('a', 'buy', 'sales'), touchpoint('b', 'onboard', 'billing')],
      handoffs: [handoff('forward', 'a', 'b'), handoff('back', 'b', 'a')],
    });
    const found = findingsWithCode(analyzeJourney(map), 'cross-silo-handoff');
    expect(found.map((finding) => [finding.subject.id, finding.stageId, finding.touchpointIds])).toEqual([
      ['back', 'buy', ['a', 'b']],
      ['forward', 'onboard', ['a', 'b']],
    ]);
  });

  it('does not fire when the hand-off has an owner', () => {
    const map = journeyMap({
      silos: SILOS,
      stages,
      touchpoints: [touchpoint('a', 'buy', 'sales'), touchpoint('b', 'buy', 'billing')],
      handoffs: [handoff('h', 'a', 'b', 'sales')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'cross-silo-handoff')).toEqual([]);
  });

  it('does not fire within one silo', () => {
    const map = journeyMap({
      silos: SILOS,
      stages,
      touchpoints: [touchpoint('a', 'buy', 'sales'), touchpoint('b', 'onboard', 'sales')],
      handoffs: [handoff('h', 'a', 'b')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'cross-silo-handoff')).toEqual([]);
  });

  it('does not fire when either end has no silo', () => {
    const map = journeyMap({
      silos: SILOS,
      stages,
      touchpoints: [touchpoint('a', 'buy', 'sales'), touchpoint('b', 'buy', null)],
      handoffs: [handoff('h1', 'a', 'b'), handoff('h2', 'b', 'a')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'cross-silo-handoff')).toEqual([]);
  });

  it('ignores a hand-off whose touchpoint does not exist instead of crashing', () => {
    const map = journeyMap({
      silos: SILOS,
      stages,
      touchpoints: [touchpoint('a', 'buy', 'sales')],
      handoffs: [handoff('h', 'a', 'missing')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'cross-silo-handoff')).toEqual([]);
  });
});

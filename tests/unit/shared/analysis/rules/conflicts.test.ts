import { describe, expect, it } from 'vitest';
import { analyzeJourney, type Finding } from '../../../../../shared/analysis';
import type { Touchpoint } from '../../../../../shared/model';
import { SILOS, findingsWithCode, journeyMap, message, silo, stage, touchpoint } from '../map-builder';

const stages = [stage('use', { name: 'Use & pay' }), stage('renew', { name: 'Renew' })];

function conflicts(touchpoints: Touchpoint[]): Finding[] {
  return findingsWithCode(analyzeJourney(journeyMap({ silos: SILOS, stages, touchpoints })), 'conflicting-messages');
}

/** The pairs found, as [touchpointIds, stageId]. */
function pairs(touchpoints: Touchpoint[]): [string[], string | null][] {
  return conflicts(touchpoints).map((finding) => [finding.touchpointIds, finding.stageId]);
}

describe('conflicting-messages', () => {
  it('flags a cancellation notice and a cross-sell offer sent on the same day from different stages, as high', () => {
    const map = journeyMap({
      silos: [silo('marketing', 'Marketing'), silo('billing', 'Billing'), silo('actuarial', 'Actuarial')],
      stages,
      touchpoints: [
        message('cancel', 'renew', 'actuarial', 'cancel', 300, { title: 'Non-renewal notice' }),
        message('offer', 'use', 'marketing', 'sell', 300, { title: 'Cross-sell offer' }),
      ],
    });
    expect(findingsWithCode(analyzeJourney(map), 'conflicting-messages')).toEqual([
      {
        code: 'conflicting-messages',
        severity: 'high',
        stageId: 'renew',
        subject: { kind: 'stage', id: 'renew' },
        siloIds: ['marketing', 'actuarial'],
        touchpointIds: ['cancel', 'offer'],
        message:
          'On day 300, Actuarial sends \u201cNon-renewal notice\u201d (Renew) while Marketing sends \u201cCross-sell offer\u201d (Use & pay) to the same customer.',
      },
    ]);
  });

  it('puts the finding in the stage of the touchpoint earlier in array order, for both orders of the pair', () => {
    expect(pairs([message('s', 'use', 'sales', 'sell', 4), message('c', 'renew', 'billing', 'cancel', 4)])).toEqual([[['s', 'c'], 'use']]);
    expect(pairs([message('c', 'renew', 'billing', 'cancel', 4), message('s', 'use', 'sales', 'sell', 4)])).toEqual([[['c', 's'], 'renew']]);
  });

  it('pairs sell with collect as well as with cancel', () => {
    expect(pairs([message('s', 'use', 'sales', 'sell', null), message('c', 'use', 'billing', 'collect', null)])).toHaveLength(1);
  });

  it('ignores pairs that are not {sell, cancel} or {sell, collect}', () => {
    expect(pairs([message('a', 'use', 'sales', 'cancel', 1), message('b', 'use', 'billing', 'collect', 1)])).toEqual([]);
    expect(pairs([message('a', 'use', 'sales', 'sell', 1), message('b', 'use', 'billing', 'sell', 1)])).toEqual([]);
    expect(pairs([message('a', 'use', 'sales', 'sell', 1), message('b', 'use', 'billing', 'bill', 1)])).toEqual([]);
    expect(pairs([message('a', 'use', 'sales', 'sell', 1), message('b', 'use', 'billing', 'retain', 1)])).toEqual([]);
  });

  describe('in the same stage', () => {
    it('fires when neither has a day', () => {
      expect(pairs([message('s', 'use', 'sales', 'sell', null), message('c', 'use', 'billing', 'cancel', null)])).toEqual([[['s', 'c'], 'use']]);
    });

    it('fires when only one has a day, whichever one', () => {
      expect(pairs([message('s', 'use', 'sales', 'sell', 7), message('c', 'use', 'billing', 'cancel', null)])).toHaveLength(1);
      expect(pairs([message('s', 'use', 'sales', 'sell', null), message('c', 'use', 'billing', 'cancel', 7)])).toHaveLength(1);
    });

    it('fires when both have the same day', () => {
      expect(pairs([message('s', 'use', 'sales', 'sell', 7), message('c', 'use', 'billing', 'cancel', 7)])).toHaveLength(1);
    });

    it('does not fire when they have different days', () => {
      expect(pairs([message('s', 'use', 'sales', 'sell', 7), message('c', 'use', 'billing', 'cancel', 8)])).toEqual([]);
    });
  });

  describe('in different stages', () => {
    it('fires only when both have the same non-null day', () => {
      expect(pairs([message('s', 'use', 'sales', 'sell', 0), message('c', 'renew', 'billing', 'cancel', 0)])).toHaveLength(1);
      expect(pairs([message('s', 'use', 'sales', 'sell', 0), message('c', 'renew', 'billing', 'cancel', 1)])).toEqual([]);
      expect(pairs([message('s', 'use', 'sales', 'sell', null), message('c', 'renew', 'billing', 'cancel', 0)])).toEqual([]);
      expect(pairs([message('s', 'use', 'sales', 'sell', 0), message('c', 'renew', 'billing', 'cancel', null)])).toEqual([]);
      expect(pairs([message('s', 'use', 'sales', 'sell', null), message('c', 'renew', 'billing', 'cancel', null)])).toEqual([]);
    });
  });

  it('needs both touchpoints to be initiated by the company', () => {
    expect(pairs([message('s', 'use', 'sales', 'sell', 1, { initiator: 'customer' }), message('c', 'use', 'billing', 'cancel', 1)])).toEqual([]);
    expect(pairs([message('s', 'use', 'sales', 'sell', 1), touchpoint('c', 'use', 'billing', { intent: 'cancel', day: 1 })])).toEqual([]);
  });

  it('does not fire when the same silo sends both', () => {
    expect(pairs([message('s', 'use', 'billing', 'sell', 1), message('c', 'use', 'billing', 'cancel', 1)])).toEqual([]);
  });

  it('needs both touchpoints to have a silo', () => {
    expect(pairs([message('s', 'use', null, 'sell', 1), message('c', 'use', 'billing', 'cancel', 1)])).toEqual([]);
    expect(pairs([message('s', 'use', 'sales', 'sell', 1), message('c', 'use', null, 'cancel', 1)])).toEqual([]);
  });

  it('gives one finding per pair, with the silos in lane order and the touchpoints in array order', () => {
    const found = conflicts([
      message('z-cancel', 'use', 'service', 'cancel', null),
      message('b-sell', 'use', 'sales', 'sell', null),
      message('a-sell', 'use', 'claims', 'sell', 2),
    ]);
    expect(found.map((finding) => [finding.touchpointIds, finding.siloIds])).toEqual([
      [['z-cancel', 'a-sell'], ['service', 'claims']],
      [['z-cancel', 'b-sell'], ['sales', 'service']],
    ]);
  });
});

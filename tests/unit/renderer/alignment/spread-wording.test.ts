import { describe, expect, it } from 'vitest';
import { alignmentSpread } from '../../../../shared/alignment';
import { agreementLevel, agreementPercent, spreadSummary } from '../../../../renderer/alignment/spread-wording';

describe('how the spread is put into words', () => {
  it('says "Low agreement: 3 people, 11 different stages" when three lists barely overlap', () => {
    const spread = alignmentSpread([
      { participant: 'Sales', items: ['Lead', 'Quote', 'Bind', 'Renewal'] },
      { participant: 'Claims', items: ['Policy', 'Loss', 'Claim', 'Settlement'] },
      { participant: 'Marketing', items: ['Awareness', 'Consideration', 'Purchase', 'Renewals'] },
    ]);
    expect(spread.distinctAnswers).toBe(11);
    expect(spreadSummary(spread, 'stages')).toBe('Low agreement: 3 people, 11 different stages');
  });

  it('says full agreement when everyone gave the same list in any spelling', () => {
    const spread = alignmentSpread([
      { participant: 'A', items: ['Buy', 'Renewals'] },
      { participant: 'B', items: ['renewal', 'buy'] },
    ]);
    expect(spreadSummary(spread, 'stages')).toBe('Full agreement: 2 people, 2 different stages');
  });

  it('speaks of answers, not stages, for the customer question', () => {
    const spread = alignmentSpread([
      { participant: 'A', items: ['Families'] },
      { participant: 'B', items: ['Families', 'Young drivers'] },
    ]);
    expect(spreadSummary(spread, 'customer')).toBe('Some agreement: 2 people, 2 different answers');
  });

  it('waits for two participants before judging', () => {
    expect(spreadSummary(alignmentSpread([]), 'stages')).toMatch(/^No answers yet/);
    const one = alignmentSpread([{ participant: 'A', items: ['Buy'] }]);
    expect(agreementLevel(one)).toBe('none');
    expect(spreadSummary(one, 'stages')).toBe('Only 1 person has answered so far (1 stage).');
  });

  it('grades the score into levels and whole percentages', () => {
    expect(agreementLevel({ participants: 3, agreementScore: 0.39 })).toBe('low');
    expect(agreementLevel({ participants: 3, agreementScore: 0.4 })).toBe('some');
    expect(agreementLevel({ participants: 3, agreementScore: 0.7 })).toBe('high');
    expect(agreementLevel({ participants: 3, agreementScore: 1 })).toBe('full');
    expect(agreementPercent(1 / 3)).toBe(33);
  });
});

import { describe, expect, it } from 'vitest';
import { alignmentSpread, groupAnswers } from '../../../../shared/alignment/group-answers';
import type { AlignmentAnswer } from '../../../../shared/model/types';

const FOUR_STAGES = ['Research', 'Buy', 'Use', 'Renew'];

describe('groupAnswers', () => {
  it('puts every spelling of one stage in one group, with who named it', () => {
    const groups = groupAnswers([
      { participant: 'Ana', items: ['Renewals', 'Claims'] },
      { participant: 'Ben', items: ['renewal '] },
      { participant: 'Cy', items: ['Renewal'] },
    ]);
    expect(groups[0]).toEqual({
      key: 'renewal',
      keys: ['renewal'],
      joinedKeys: ['renewal'],
      label: 'Renewals',
      variants: ['Renewals', 'renewal', 'Renewal'],
      participants: ['Ana', 'Ben', 'Cy'],
      count: 3,
    });
    expect(groups[1]).toMatchObject({ label: 'Claims', participants: ['Ana'], count: 1 });
  });

  it('labels a group with its most common spelling', () => {
    const groups = groupAnswers([
      { participant: 'Ana', items: ['claim filing'] },
      { participant: 'Ben', items: ['Filing claims'] },
      { participant: 'Cy', items: ['Filing claims'] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.label).toBe('Filing claims');
    expect(groups[0]?.variants).toEqual(['claim filing', 'Filing claims']);
  });

  it('sorts by how many people named a stage, then by first appearance', () => {
    const groups = groupAnswers([
      { participant: 'Ana', items: ['Awareness', 'Buy', 'Use'] },
      { participant: 'Ben', items: ['Use', 'Pay'] },
      { participant: 'Cy', items: ['Pay', 'Use'] },
    ]);
    expect(groups.map((group) => [group.label, group.count])).toEqual([
      ['Use', 3],
      ['Pay', 2],
      ['Awareness', 1],
      ['Buy', 1],
    ]);
  });

  it('counts a participant once even when they name a stage twice', () => {
    const groups = groupAnswers([{ participant: 'Ana', items: ['Renewal', 'renewals'] }]);
    expect(groups).toEqual([
      {
        key: 'renewal',
        keys: ['renewal'],
        joinedKeys: ['renewal'],
        label: 'Renewal',
        variants: ['Renewal', 'renewals'],
        participants: ['Ana'],
        count: 1,
      },
    ]);
  });

  it('treats two answers with the same participant name as two people', () => {
    const groups = groupAnswers([
      { participant: 'Sam', items: ['Buy'] },
      { participant: 'Sam', items: ['Buy'] },
    ]);
    expect(groups[0]?.count).toBe(2);
  });

  it.each([
    ['Checkout', 'Check out'],
    ['Onboarding', 'On-boarding'],
    ['Sign up', 'Signup'],
    ['Log in', 'Login'],
    ['e-mail', 'email'],
  ])('puts "%s" and "%s" (spaced apart inside a word) in one group', (a, b) => {
    const groups = groupAnswers([
      { participant: 'Ana', items: [a] },
      { participant: 'Ben', items: [b] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ label: a, variants: [a, b], participants: ['Ana', 'Ben'], count: 2 });
  });

  it('links spellings through each other: word order on one side, spacing on the other', () => {
    const groups = groupAnswers([
      { participant: 'Ana', items: ['Claims filing'] },
      { participant: 'Ben', items: ['Filing claims'] },
      { participant: 'Cy', items: ['Claimfiling'] },
      { participant: 'Di', items: ['Sign ups', 'Onboarding'] },
      { participant: 'Ed', items: ['Signup'] },
    ]);
    expect(groups.map((group) => [group.label, group.count])).toEqual([
      ['Claims filing', 3],
      ['Sign ups', 2],
      ['Onboarding', 1],
    ]);
    expect(groups[0]).toMatchObject({ key: 'claim filing', keys: ['claim filing', 'claimfiling'], joinedKeys: ['claimfiling', 'filingclaim'] });
  });

  it('groups the same way whatever order the answers come in', () => {
    const answers: AlignmentAnswer[] = [
      { participant: 'Ana', items: ['Check out', 'Log in'] },
      { participant: 'Ben', items: ['Checkouts', 'Out check'] },
      { participant: 'Cy', items: ['Login', 'Log-ins', 'Renewal'] },
    ];
    const partition = (list: readonly AlignmentAnswer[]) =>
      groupAnswers(list)
        .map((group) => [...group.variants].sort().join('|'))
        .sort();
    expect(partition([...answers].reverse())).toEqual(partition(answers));
    expect(partition(answers)).toEqual(['Check out|Checkouts|Out check', 'Log in|Log-ins|Login', 'Renewal']);
  });

  it('ignores blank and punctuation-only items', () => {
    expect(groupAnswers([{ participant: 'Ana', items: ['', '  ', '--'] }])).toEqual([]);
  });
});

describe('alignmentSpread', () => {
  it('three participants with the same four stages agree fully', () => {
    const spread = alignmentSpread([
      { participant: 'Ana', items: FOUR_STAGES },
      { participant: 'Ben', items: ['renew', 'USE', 'buy', 'research'] },
      { participant: 'Cy', items: ['Research.', 'Buys', 'use', 'Renews'] },
    ]);
    expect(spread.participants).toBe(3);
    expect(spread.totalAnswers).toBe(12);
    expect(spread.distinctAnswers).toBe(4);
    expect(spread.agreementScore).toBe(1);
  });

  it('participants with no stage in common do not agree at all', () => {
    const spread = alignmentSpread([
      { participant: 'Sales', items: ['Prospect', 'Close'] },
      { participant: 'Service', items: ['Onboard', 'Support'] },
      { participant: 'Billing', items: ['Invoice', 'Collect'] },
    ]);
    expect(spread.distinctAnswers).toBe(6);
    expect(spread.agreementScore).toBe(0);
  });

  it('scores partial overlap as the mean pairwise share of stages in common', () => {
    const spread = alignmentSpread([
      { participant: 'Ana', items: ['Research', 'Buy'] },
      { participant: 'Ben', items: ['Buy', 'Use'] },
    ]);
    expect(spread.agreementScore).toBeCloseTo(1 / 3);
  });

  it('ten people giving ten different answers score near zero', () => {
    const answers: AlignmentAnswer[] = Array.from({ length: 10 }, (_, i) => ({
      participant: `P${i}`,
      items: [`Stage ${i}a`, `Stage ${i}b`, 'Buy'],
    }));
    expect(alignmentSpread(answers).agreementScore).toBeLessThan(0.25);
  });

  it('counts answers that differ only by spacing inside a word as the same answer', () => {
    const spread = alignmentSpread([
      { participant: 'Ana', items: ['Sign up', 'Onboarding', 'Checkout'] },
      { participant: 'Ben', items: ['Signup', 'On-boarding', 'Check out'] },
      { participant: 'Cy', items: ['sign-ups', 'on boarding', 'Check-outs'] },
    ]);
    expect(spread.distinctAnswers).toBe(3);
    expect(spread.totalAnswers).toBe(9);
    expect(spread.agreementScore).toBe(1);
  });

  it('ignores participants who named nothing', () => {
    const spread = alignmentSpread([
      { participant: 'Ana', items: FOUR_STAGES },
      { participant: 'Ben', items: [] },
      { participant: 'Cy', items: FOUR_STAGES },
    ]);
    expect(spread.participants).toBe(2);
    expect(spread.agreementScore).toBe(1);
  });

  it('scores one participant as agreeing and nobody as not yet agreeing', () => {
    expect(alignmentSpread([{ participant: 'Ana', items: ['Buy'] }]).agreementScore).toBe(1);
    expect(alignmentSpread([])).toEqual({ participants: 0, totalAnswers: 0, distinctAnswers: 0, agreementScore: 0, groups: [] });
  });
});

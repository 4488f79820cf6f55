import { describe, expect, it } from 'vitest';
import { applyAgreedStages } from '../../../../shared/model/agreed-stages';
import { newStage } from '../../../../shared/model/create';
import { checkIntegrity } from '../../../../shared/model/integrity';
import { addStage } from '../../../../shared/model/stages';
import { LIMITS } from '../../../../shared/model/types';
import { sampleMap } from './sample-map';

const names = (map: ReturnType<typeof sampleMap>) => map.stages.map((stage) => stage.name);

describe('applying the agreed stages', () => {
  it('keeps stages whose name matches (case-insensitive) with their touchpoints, in the agreed order', () => {
    const before = sampleMap();
    const map = applyAgreedStages(before, ['use', 'BUY']);
    expect(map.stages.map((stage) => stage.id)).toEqual(['use', 'buy']);
    expect(map.touchpoints).toBe(before.touchpoints);
  });

  it('takes the agreed spelling of a matching stage', () => {
    expect(names(applyAgreedStages(sampleMap(), ['buy', 'Use']))).toEqual(['buy', 'Use']);
  });

  it('keeps a stage whose name differs only by plural, spacing or word order, with its touchpoints, renamed', () => {
    const before = sampleMap();
    const map = applyAgreedStages(before, ['Buys', 'U-se']);
    expect(map.stages.map((stage) => stage.id)).toEqual(['buy', 'use']);
    expect(names(map)).toEqual(['Buys', 'U-se']);
    expect(map.touchpoints).toBe(before.touchpoints);
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('agreeing "Renewal" on a map with "Renewals" renames that stage instead of adding an empty one', () => {
    const withRenewals = addStage(sampleMap(), newStage({ id: 'renewals', name: 'Renewals' }));
    const cards = {
      ...withRenewals,
      touchpoints: [...withRenewals.touchpoints, { ...withRenewals.touchpoints[0]!, id: 't9', stageId: 'renewals' }],
    };
    const map = applyAgreedStages(cards, ['Buy', 'Use', 'Renewal']);
    expect(map.stages.map((stage) => [stage.id, stage.name])).toEqual([
      ['buy', 'Buy'],
      ['use', 'Use'],
      ['renewals', 'Renewal'],
    ]);
    expect(map.touchpoints.find((touchpoint) => touchpoint.id === 't9')?.stageId).toBe('renewals');
    expect(applyAgreedStages(cards, ['Check out', 'Buy', 'Use', 'Renewal']).stages.map((stage) => stage.id)).toEqual(
      expect.arrayContaining(['buy', 'use', 'renewals']),
    );
  });

  it('keeps "Checkout" when the group agrees "Check out", and "Onboarding" for "On boarding"', () => {
    const base = sampleMap();
    const map = {
      ...base,
      stages: [{ ...base.stages[0]!, name: 'Checkout' }, { ...base.stages[1]!, name: 'Onboarding' }],
    };
    const agreed = applyAgreedStages(map, ['Check out', 'On boarding']);
    expect(agreed.stages.map((stage) => [stage.id, stage.name])).toEqual([
      ['buy', 'Check out'],
      ['use', 'On boarding'],
    ]);
  });

  it('prefers a stage with the same name over one with a similar name', () => {
    const withBoth = addStage(sampleMap(), newStage({ id: 'buys', name: 'Buys' }));
    const map = applyAgreedStages(withBoth, ['Buys', 'Buy', 'Use']);
    expect(map.stages.map((stage) => stage.id)).toEqual(['buys', 'buy', 'use']);
  });

  it('adds new, empty stages for new names', () => {
    const map = applyAgreedStages(sampleMap(), ['Discover', 'Buy', 'Use', 'Renew']);
    expect(names(map)).toEqual(['Discover', 'Buy', 'Use', 'Renew']);
    expect(map.stages[0]).toMatchObject({ metrics: [], accountableSiloId: null });
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('removes stages no longer named when they are empty, parking their notes', () => {
    const withEmpty = addStage(sampleMap(), newStage({ id: 'old', name: 'Old' }));
    const noted = { ...withEmpty, notes: [...withEmpty.notes, { id: 'n9', text: 'x', color: '#fde68a', stageId: 'old' }] };
    const map = applyAgreedStages(noted, ['Buy', 'Use']);
    expect(map.stages.map((stage) => stage.id)).toEqual(['buy', 'use']);
    expect(map.notes.find((note) => note.id === 'n9')?.stageId).toBeNull();
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('keeps stages no longer named at the end when they hold touchpoints or metrics', () => {
    const map = applyAgreedStages(sampleMap(), ['Claim']);
    expect(names(map)).toEqual(['Claim', 'Buy', 'Use']);
    expect(map.touchpoints).toHaveLength(5);
  });

  it('ignores blank and repeated names', () => {
    expect(names(applyAgreedStages(sampleMap(), ['Buy', ' ', 'buy', 'Use', 'USE']))).toEqual(['Buy', 'Use']);
  });

  it('returns the same map when the agreed list is the current one', () => {
    const map = sampleMap();
    expect(applyAgreedStages(map, ['Buy', 'Use'])).toBe(map);
  });

  it('never exceeds the stage limit', () => {
    const many = Array.from({ length: LIMITS.maxStages + 20 }, (_, i) => `Stage ${i}`);
    const map = applyAgreedStages(sampleMap(), many);
    expect(map.stages).toHaveLength(LIMITS.maxStages);
    expect(names(map).slice(-2)).toEqual(['Buy', 'Use']);
    expect(checkIntegrity(map)).toEqual([]);
  });
});

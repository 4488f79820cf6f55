import { describe, expect, it } from 'vitest';
import { cleanDay, cleanEmotion, contextOf, sanitizeStage, sanitizeTouchpoint } from '../../../../shared/model/sanitize';
import { sampleMap } from './sample-map';

describe('sanitize', () => {
  it('clamps emotions to −2…2 and rounds them', () => {
    expect(cleanEmotion(-7)).toBe(-2);
    expect(cleanEmotion(1.4)).toBe(1);
    expect(cleanEmotion(Number.NaN)).toBeNull();
    expect(cleanEmotion('2')).toBeNull();
  });

  it('rounds days and refuses non-finite ones', () => {
    expect(cleanDay(2.5)).toBe(3);
    expect(cleanDay(-4)).toBe(-4);
    expect(cleanDay(Infinity)).toBeNull();
    expect(cleanDay(1e300)).toBeNull();
  });

  it('claims the ids it accepts, so two objects with the same id cannot both enter', () => {
    const context = contextOf(sampleMap());
    const card = { id: 'new', title: 'A', stageId: 'buy', siloId: null };
    expect(sanitizeTouchpoint(card, context)?.id).toBe('new');
    expect(sanitizeTouchpoint(card, context)).toBeNull();
  });

  it('keeps only known fields, dropping anything extra', () => {
    const context = contextOf(sampleMap());
    const stage = sanitizeStage({ id: 'x', name: 'X', evil: '<img onerror>', metrics: [] }, context);
    expect(stage).toEqual({ id: 'x', name: 'X', description: '', customerGoal: '', accountableSiloId: null, metrics: [] });
  });

  it('refuses non-objects', () => {
    const context = contextOf(sampleMap());
    expect(sanitizeStage(null, context)).toBeNull();
    expect(sanitizeTouchpoint(['a'], context)).toBeNull();
  });
});

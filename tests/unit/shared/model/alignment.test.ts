import { describe, expect, it } from 'vitest';
import { clearAlignment, setAlignment } from '../../../../shared/model/alignment';
import type { Alignment } from '../../../../shared/model/types';
import { sampleMap } from './sample-map';

const record: Alignment = {
  question: 'Name the stages of our customer experience',
  answers: [
    { participant: 'Sales', items: ['Lead', 'Quote', 'Bind'] },
    { participant: 'Claims', items: ['Loss', 'Claim'] },
  ],
  agreedAt: null,
};

describe('alignment record', () => {
  it('sets the record of the exercise', () => {
    const map = setAlignment(sampleMap(), record);
    expect(map.alignment).toEqual(record);
  });

  it('setting an equal record returns the same map', () => {
    const map = setAlignment(sampleMap(), record);
    expect(setAlignment(map, structuredClone(record))).toBe(map);
  });

  it('records when the group agreed', () => {
    const map = setAlignment(setAlignment(sampleMap(), record), { ...record, agreedAt: '2026-02-01T10:00:00.000Z' });
    expect(map.alignment?.agreedAt).toBe('2026-02-01T10:00:00.000Z');
  });

  it('truncates over-long answers', () => {
    const map = setAlignment(sampleMap(), { ...record, answers: [{ participant: 'p', items: ['z'.repeat(12_000)] }] });
    expect(map.alignment?.answers[0]?.items[0]).toHaveLength(10_000);
  });

  it('clears the record; clearing nothing returns the same map', () => {
    const map = clearAlignment(setAlignment(sampleMap(), record));
    expect(map.alignment).toBeNull();
    expect(clearAlignment(map)).toBe(map);
  });
});

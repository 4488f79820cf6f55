import { describe, expect, it } from 'vitest';
import { importTouchpoints } from '../../../../shared/csv/import-touchpoints';
import type { ParsedTouchpointRow } from '../../../../shared/csv/parse-touchpoints';
import { LIMITS } from '../../../../shared/model/types';
import { mapWith } from './csv-test-map';

function row(fields: Partial<ParsedTouchpointRow> & { stage: string; title: string }, rowNumber = 2): ParsedTouchpointRow {
  return { row: rowNumber, silo: null, channel: 'other', initiator: 'company', intent: 'other', emotion: null, day: null, description: '', ...fields };
}

function counterIds(): (prefix: string) => string {
  let next = 0;
  return (prefix) => `${prefix}-new-${++next}`;
}

describe('importTouchpoints, merging into the open map', () => {
  const existing = mapWith(['Buy', 'Claim', 'buy'], ['Sales', 'Claims'], [{ stage: 'Buy', silo: 'Sales', title: 'Quote' }]);

  it('adds the rows after the existing touchpoints, finding stages and silos by name whatever the case', () => {
    const result = importTouchpoints(existing, [row({ stage: ' claim ', silo: 'SALES', title: 'Call us', channel: 'phone', emotion: -1, day: 5 })], 'merge', {
      createId: counterIds(),
    });
    expect(result.added).toBe(1);
    expect(result.createdStages).toEqual([]);
    expect(result.createdSilos).toEqual([]);
    expect(result.map.touchpoints.at(-1)).toEqual({
      id: 'tp-new-1',
      title: 'Call us',
      stageId: 'stage-1',
      siloId: 'silo-0',
      channel: 'phone',
      initiator: 'company',
      intent: 'other',
      emotion: -1,
      day: 5,
      description: '',
    });
    expect(result.map.touchpoints[0]).toBe(existing.touchpoints[0]);
  });

  it('uses the first stage with a name when two stages share it', () => {
    const result = importTouchpoints(existing, [row({ stage: 'BUY', title: 'Compare' })], 'merge');
    expect(result.map.touchpoints.at(-1)?.stageId).toBe('stage-0');
  });

  it('creates missing stages and silos once, at the end, in row order', () => {
    const result = importTouchpoints(
      existing,
      [
        row({ stage: 'Renew', silo: 'Billing', title: 'Reminder' }),
        row({ stage: 'renew', silo: 'billing', title: 'Invoice' }),
        row({ stage: 'Cancel', title: 'Exit survey' }),
      ],
      'merge',
      { createId: counterIds() },
    );
    expect(result.createdStages).toEqual(['Renew', 'Cancel']);
    expect(result.createdSilos).toEqual(['Billing']);
    expect(result.map.stages.map((stage) => stage.name)).toEqual(['Buy', 'Claim', 'buy', 'Renew', 'Cancel']);
    expect(result.map.silos.map((silo) => silo.name)).toEqual(['Sales', 'Claims', 'Billing']);
    const billing = result.map.silos[2];
    expect(billing?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(result.map.touchpoints.slice(1).map((tp) => [tp.title, tp.stageId, tp.siloId])).toEqual([
      ['Reminder', 'stage-new-1', 'silo-new-2'],
      ['Invoice', 'stage-new-1', 'silo-new-2'],
      ['Exit survey', 'stage-new-5', null],
    ]);
  });

  it('never reuses an id already in the map', () => {
    let calls = 0;
    const clashing = (prefix: string): string => (++calls <= 3 ? 'tp-0' : `${prefix}-fresh-${calls}`);
    const result = importTouchpoints(existing, [row({ stage: 'Buy', title: 'Again' })], 'merge', { createId: clashing });
    expect(result.map.touchpoints.at(-1)?.id).toBe('tp-fresh-4');
  });

  it('returns the same map when there is nothing to add', () => {
    const result = importTouchpoints(existing, [], 'merge');
    expect(result.map).toBe(existing);
    expect(result.added).toBe(0);
  });

  it('skips rows that would need a stage beyond the limit, and says so', () => {
    const full = mapWith(
      Array.from({ length: LIMITS.maxStages }, (_, i) => `Stage ${i}`),
      [],
      [],
    );
    const result = importTouchpoints(full, [row({ stage: 'Stage 3', title: 'Fits' }, 2), row({ stage: 'One more', title: 'Does not fit' }, 3)], 'merge');
    expect(result.added).toBe(1);
    expect(result.map.stages).toHaveLength(LIMITS.maxStages);
    expect(result.skipped).toEqual([
      { row: 3, message: 'Row 3 was not imported: its stage "One more" would be new, and the map already has 200 stages, the most a map can have.' },
    ]);
  });

  it('skips rows beyond the silo limit without creating their stage', () => {
    const full = mapWith(['Buy'], Array.from({ length: LIMITS.maxSilos }, (_, i) => `Silo ${i}`), []);
    const result = importTouchpoints(full, [row({ stage: 'New stage', silo: 'New silo', title: 'X' })], 'merge');
    expect(result.added).toBe(0);
    expect(result.createdStages).toEqual([]);
    expect(result.skipped).toHaveLength(1);
  });
});

describe('importTouchpoints, as a new map', () => {
  it('builds a fresh map with the given title from the rows alone', () => {
    const unrelated = mapWith(['Old'], ['Old silo'], [{ stage: 'Old', title: 'Old card' }]);
    const result = importTouchpoints(unrelated, [row({ stage: 'Buy', silo: 'Sales', title: 'Quote' })], 'new-map', {
      title: 'Imported journey',
      now: '2026-05-01T10:00:00.000Z',
      createId: counterIds(),
    });
    expect(result.map).toMatchObject({ id: 'map-new-1', title: 'Imported journey', createdAt: '2026-05-01T10:00:00.000Z', handoffs: [], notes: [] });
    expect(result.map.stages.map((stage) => [stage.id, stage.name])).toEqual([['stage-new-2', 'Buy']]);
    expect(result.map.silos.map((silo) => [silo.id, silo.name])).toEqual([['silo-new-3', 'Sales']]);
    expect(result.map.touchpoints.map((tp) => tp.title)).toEqual(['Quote']);
    expect(result.createdStages).toEqual(['Buy']);
    expect(result.createdSilos).toEqual(['Sales']);
  });
});

import { describe, expect, it } from 'vitest';
import { HEAP_GROWTH_TOLERANCE, heapFigures, heapRows, type HeapReadings } from '../../../../scripts/bench/memory';

const MB = 1024 * 1024;

/** The readings of the 2026-12-02 run: a rise in the first cycles, then flat. */
const warmUpThenFlat: HeapReadings = {
  blank: 4.2 * MB,
  firstOpen: 54.2 * MB,
  afterFirstCycle: 58.5 * MB,
  trend: [
    { cycle: 1, bytes: 58.5 * MB },
    { cycle: 10, bytes: 60.8 * MB },
    { cycle: 20, bytes: 61.1 * MB },
    { cycle: 50, bytes: 60.7 * MB },
  ],
  last: 60.7 * MB,
};

describe('the memory rows', () => {
  it('prints the first-open heap and judges the growth from the heap after the first cycle', () => {
    const [open, growth] = heapRows(warmUpThenFlat, 50, '5,000 tp');
    expect(open).toMatchObject({ figure: 'JS heap, map open (after GC)', median: '54.2 MB', verdict: '—' });
    expect(open?.note).toContain('After the first New + Open cycle the same map used 58.5 MB (+4.3 MB)');
    expect(growth).toMatchObject({ figure: heapFigures(50).growth, median: '+2.2 MB (+3.8%)', verdict: 'PASS' });
  });

  it('still reports the rise from the first open and the whole trend, not only the judged figure', () => {
    const note = heapRows(warmUpThenFlat, 50, '5,000 tp')[1]?.note ?? '';
    expect(note).toContain('From the first open (54.2 MB) the rise is +6.5 MB (+12.0%)');
    expect(note).toContain('along the way 1: 58.5 MB, 10: 60.8 MB, 20: 61.1 MB, 50: 60.7 MB');
    expect(note).toContain('baseline is cycle 1');
  });

  it('misses when the heap keeps growing after the first cycle', () => {
    const leaking: HeapReadings = { ...warmUpThenFlat, trend: [], last: warmUpThenFlat.afterFirstCycle * (1 + HEAP_GROWTH_TOLERANCE) + MB };
    expect(heapRows(leaking, 50, '5,000 tp')[1]?.verdict).toBe('MISS');
  });

  it('passes growth of exactly the tolerance and prints a shrinking heap with a minus sign', () => {
    const atLimit: HeapReadings = { ...warmUpThenFlat, afterFirstCycle: 50 * MB, last: 55 * MB };
    expect(heapRows(atLimit, 50, '5,000 tp')[1]).toMatchObject({ median: '+5.0 MB (+10.0%)', verdict: 'PASS' });
    const shrinking: HeapReadings = { ...warmUpThenFlat, afterFirstCycle: 60 * MB, last: 59.5 * MB };
    expect(heapRows(shrinking, 50, '5,000 tp')[1]?.median).toBe('−0.5 MB (−0.8%)');
  });
});

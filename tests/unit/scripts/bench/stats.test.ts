import { describe, expect, it } from 'vitest';
import { deltas, median, percentile, summarize } from '../../../../scripts/bench/stats';

describe('benchmark statistics', () => {
  it('the median of an odd count is the middle value, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('the median of an even count is the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('percentiles interpolate between the closest ranks', () => {
    const samples = [10, 20, 30, 40, 50];
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile(samples, 100)).toBe(50);
    expect(percentile(samples, 95)).toBeCloseTo(48);
    expect(percentile(samples, 25)).toBe(20);
  });

  it('a single slow frame among sixty fast ones does not move the p95, but several do', () => {
    const smooth = Array.from({ length: 60 }, () => 16.7);
    expect(percentile([...smooth, 100], 95)).toBeCloseTo(16.7);
    expect(percentile([...smooth, ...Array.from({ length: 6 }, () => 100)], 95)).toBeGreaterThan(16.7);
  });

  it('refuses to summarise no samples rather than report a made-up zero', () => {
    expect(() => median([])).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });

  it('summarises runs with count, median, p95 and extremes', () => {
    expect(summarize([3, 1, 2])).toEqual({ runs: 3, median: 2, p95: 2.9, min: 1, max: 3 });
  });

  it('turns frame timestamps into frame times', () => {
    expect(deltas([0, 16.7, 33.4, 83.4])).toEqual([16.7, expect.closeTo(16.7), expect.closeTo(50)]);
    expect(deltas([5])).toEqual([]);
  });
});

/** Order statistics for benchmark samples (all in milliseconds unless a caller says otherwise). */

/** The samples sorted ascending, as a new array. */
function sorted(samples: readonly number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

/**
 * The p-th percentile (0–100) by linear interpolation between the closest ranks, as spreadsheets and
 * NumPy compute it by default. Throws on an empty list: a missing figure must never look like zero.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be between 0 and 100, got ${p}`);
  const values = sorted(samples);
  const rank = (p / 100) * (values.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = values[lower] ?? 0;
  const high = values[upper] ?? low;
  return low + (high - low) * (rank - lower);
}

/** The median (the 50th percentile; the mean of the two middle values for an even count). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** What the report prints for a set of timed runs. */
export interface SampleSummary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Median, 95th percentile, extremes and count of a non-empty list of samples. */
export function summarize(samples: readonly number[]): SampleSummary {
  const values = sorted(samples);
  return {
    runs: values.length,
    median: median(values),
    p95: percentile(values, 95),
    min: values[0] ?? Number.NaN,
    max: values[values.length - 1] ?? Number.NaN,
  };
}

/** Differences between consecutive timestamps (e.g. the frame times of a list of rAF timestamps). */
export function deltas(timestamps: readonly number[]): number[] {
  const result: number[] = [];
  for (let i = 1; i < timestamps.length; i++) {
    const previous = timestamps[i - 1];
    const current = timestamps[i];
    if (previous !== undefined && current !== undefined) result.push(current - previous);
  }
  return result;
}

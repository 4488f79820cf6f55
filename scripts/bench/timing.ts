/** Timing pure functions in Node: warm-up runs, then timed runs with a garbage collection before each. */
import { performance } from 'node:perf_hooks';

export interface TimingPlan {
  warmup: number;
  runs: number;
}

/**
 * How many runs a size gets: more for small, fast cases (their single runs are noisy), at least 5. Every
 * size gets at least 10 warm-up runs so V8's optimising compiler has kicked in: the app runs these
 * functions on every edit, so the steady state is what a user feels.
 */
export function timingPlanFor(touchpoints: number): TimingPlan {
  if (touchpoints <= 100) return { warmup: 30, runs: 200 };
  if (touchpoints <= 1_000) return { warmup: 20, runs: 50 };
  if (touchpoints <= 5_000) return { warmup: 15, runs: 25 };
  return { warmup: 10, runs: 9 };
}

const collectGarbage: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** Times `run` after `plan.warmup` untimed calls; returns one duration in ms per timed call. */
export function timeRuns(run: () => unknown, plan: TimingPlan): number[] {
  let sink: unknown;
  for (let i = 0; i < plan.warmup; i++) sink = run();
  const samples: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    collectGarbage?.();
    const start = performance.now();
    sink = run();
    samples.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return samples;
}

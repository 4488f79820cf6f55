/** The benchmark's maps: generated deterministically, so every run and every machine measures the same maps. */
import { serializeJourneyFile } from '../../shared/format';
import type { JourneyMap } from '../../shared/model/types';
import { generateJourneyMap } from '../../tests/support/map-generator';

/** The seed of every generated map (the size and stage count make each map distinct). */
export const BENCH_SEED = 20261122;

/** The map sizes the Node figures are printed for. */
export const NODE_SIZES = [100, 1_000, 5_000, 20_000] as const;

/** A generated map of `touchpoints` touchpoints (and `stages` stages when given). */
export function benchMap(touchpoints: number, stages?: number): JourneyMap {
  return generateJourneyMap(stages === undefined ? { touchpoints, seed: BENCH_SEED } : { touchpoints, stages, seed: BENCH_SEED });
}

/** A map as a `.journeymap` file to hand to the browser's file picker. */
export function benchFile(map: JourneyMap, name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(serializeJourneyFile(map), 'utf8') };
}

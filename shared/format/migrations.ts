import { FORMAT_VERSION } from './version';

/** Upgrades a raw (not yet validated) map from format N to N+1; it may throw on data it cannot upgrade. */
export type MigrationStep = (map: unknown) => unknown;

/** Upgrade steps keyed by the version they start from: the step under 1 turns a v1 map into v2. */
export type MigrationRegistry = ReadonlyMap<number, MigrationStep>;

/** Every upgrade step this app knows. Empty while format 1 is the only format there has been. */
export const MIGRATIONS: MigrationRegistry = new Map<number, MigrationStep>();

export type MigrationResult = { ok: true; map: unknown } | { ok: false; problem: string };

/** Runs the steps fromVersion → fromVersion+1 → … → toVersion in memory, in order; never throws. */
export function migrateMap(
  map: unknown,
  fromVersion: number,
  toVersion: number = FORMAT_VERSION,
  steps: MigrationRegistry = MIGRATIONS,
): MigrationResult {
  let current = map;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps.get(version);
    if (step === undefined) {
      return {
        ok: false,
        problem: `formatVersion: this app cannot upgrade maps from file format ${version} to format ${version + 1}`,
      };
    }
    try {
      current = step(current);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problem: `formatVersion: upgrading the map from file format ${version} to format ${version + 1} failed (${detail})`,
      };
    }
  }
  return { ok: true, map: current };
}

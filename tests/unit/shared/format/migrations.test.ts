import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, serializeJourneyFile } from '../../../../shared/format/index';
import { MIGRATIONS, migrateMap, type MigrationStep } from '../../../../shared/format/migrations';
import { parseJourneyFileIn } from '../../../../shared/format/parse';
import { generateJourneyMap } from '../../../support/map-generator';

const map = generateJourneyMap({ touchpoints: 8, seed: 9 });

/** A pretend format 2 that renamed the map's `intendedMemory` to `memory`, and its upgrade step. */
const renameToMemory: MigrationStep = (raw) => {
  const { intendedMemory, ...rest } = raw as Record<string, unknown>;
  return { ...rest, memory: intendedMemory };
};
const renameBack: MigrationStep = (raw) => {
  const { memory, ...rest } = raw as Record<string, unknown>;
  return { ...rest, intendedMemory: memory };
};

describe('migrations', () => {
  it('has no steps today: format 1 is the only format there has been', () => {
    expect(FORMAT_VERSION).toBe(1);
    expect(MIGRATIONS.size).toBe(0);
  });

  it('runs steps in order, one version at a time', () => {
    const calls: number[] = [];
    const steps = new Map<number, MigrationStep>([
      [1, (raw) => (calls.push(1), { ...(raw as object), v2: true })],
      [2, (raw) => (calls.push(2), { ...(raw as object), v3: true })],
    ]);
    expect(migrateMap({ v1: true }, 1, 3, steps)).toEqual({ ok: true, map: { v1: true, v2: true, v3: true } });
    expect(calls).toEqual([1, 2]);
    expect(migrateMap({ v1: true }, 2, 3, steps)).toEqual({ ok: true, map: { v1: true, v3: true } });
    expect(migrateMap({ v1: true }, 3, 3, steps)).toEqual({ ok: true, map: { v1: true } });
  });

  it('reports a missing step or a step that throws instead of throwing', () => {
    expect(migrateMap({}, 1, 3, new Map([[1, (raw: unknown) => raw]]))).toEqual({
      ok: false,
      problem: 'formatVersion: this app cannot upgrade maps from file format 2 to format 3',
    });
    const broken = new Map<number, MigrationStep>([
      [
        1,
        () => {
          throw new Error('stage list missing');
        },
      ],
    ]);
    expect(migrateMap({}, 1, 2, broken)).toEqual({
      ok: false,
      problem: 'formatVersion: upgrading the map from file format 1 to format 2 failed (stage list missing)',
    });
  });

  it('the loader upgrades an older file in memory and says so in a warning', () => {
    // Pretend the app is at format 2, whose maps keep `memory`; format 1 files need the step 1 → 2.
    const v1Text = serializeJourneyFile(map);
    const asV2 = new Map<number, MigrationStep>([[1, (raw) => renameBack(renameToMemory(raw))]]);
    const result = parseJourneyFileIn({ currentVersion: 2, migrations: asV2 }, v1Text);
    expect(result).toEqual({
      ok: true,
      map,
      warnings: ['This map was made in file format 1 and has been upgraded to format 2. The file itself changes only when you save.'],
    });
  });

  it('the loader refuses an older file it has no step for, as invalid', () => {
    const result = parseJourneyFileIn({ currentVersion: 2, migrations: new Map() }, serializeJourneyFile(map));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid');
    expect(!result.ok && result.error.message).toContain('cannot upgrade maps from file format 1 to format 2');
  });

  it('the loader validates what a step produced', () => {
    const dropsTitle: MigrationStep = (raw) => ({ ...(raw as object), title: '' });
    const result = parseJourneyFileIn({ currentVersion: 2, migrations: new Map([[1, dropsTitle]]) }, serializeJourneyFile(map));
    expect(!result.ok && result.error.message).toContain('- title: must not be empty');
  });
});

import { LIMITS } from '../model/types';
import { describeValue } from './describe-issue';
import { describeFileFailure, invalidFailure, type FileFailure } from './errors';
import { exceedsJsonDepth } from './json-depth';
import { locateJsonSyntaxError } from './json-syntax';
import { MIGRATIONS, migrateMap, type MigrationRegistry } from './migrations';
import { readJourneyText } from './read-text';
import { describeUnknownFields } from './unknown-fields';
import { unexpectedFailure, validateJourneyMap, type JourneyMapResult } from './validate';
import { FORMAT_MARKER, FORMAT_VERSION } from './version';

const ENVELOPE_FIELDS = new Set(['format', 'formatVersion', 'map']);

/** What the loader treats as the current format and how it upgrades older ones (tests swap these). */
export interface FormatContext {
  currentVersion: number;
  migrations: MigrationRegistry;
}

const DEFAULT_CONTEXT: FormatContext = { currentVersion: FORMAT_VERSION, migrations: MIGRATIONS };

function fail(failure: FileFailure): JourneyMapResult {
  return { ok: false, error: describeFileFailure(failure) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A whole number of 1 or more. Safe integers are not required: anything above the current version is
 * "too new" however large (1e20 is a whole number to a double), and a literal too large for a double,
 * which JSON.parse turns into Infinity, is larger still.
 */
function isVersionNumber(version: number): boolean {
  return version >= 1 && (Number.isInteger(version) || version === Number.POSITIVE_INFINITY);
}

function ownField(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Loads a `.journeymap` file from its bytes or text. Never throws: returns the map with warnings, or
 * one coded error. Checks run cheapest and safest first: size, encoding, nesting depth, JSON, envelope,
 * version, migrations, then shape and integrity.
 */
export function parseJourneyFile(input: string | Uint8Array): JourneyMapResult {
  return parseJourneyFileIn(DEFAULT_CONTEXT, input);
}

/** `parseJourneyFile` against a given format context; lets tests exercise migrations and versions. */
export function parseJourneyFileIn(context: FormatContext, input: string | Uint8Array): JourneyMapResult {
  try {
    const read = readJourneyText(input, LIMITS.maxFileBytes);
    if (!read.ok) return fail(read.failure);
    const { text } = read;
    if (exceedsJsonDepth(text, LIMITS.maxDepth)) return fail({ code: 'too-deep', limit: LIMITS.maxDepth });

    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      const empty = text.trim() === '';
      return fail({ code: 'not-json', empty, location: empty ? null : locateJsonSyntaxError(text) });
    }

    if (!isRecord(raw)) return fail({ code: 'not-a-journeymap', reason: 'not-an-object' });
    if (ownField(raw, 'format') !== FORMAT_MARKER) return fail({ code: 'not-a-journeymap', reason: 'no-format-marker' });

    const version = ownField(raw, 'formatVersion');
    if (typeof version !== 'number' || !isVersionNumber(version)) {
      return fail(invalidFailure([`formatVersion: should be a whole number of 1 or more, but is ${describeValue(version)}`]));
    }
    if (version > context.currentVersion) {
      return fail({ code: 'version-too-new', fileVersion: version, appVersion: context.currentVersion });
    }

    const migrated = migrateMap(ownField(raw, 'map'), version, context.currentVersion, context.migrations);
    if (!migrated.ok) return fail(invalidFailure([migrated.problem]));
    const validated = validateJourneyMap(migrated.map);
    if (!validated.ok) return validated;

    const unknownEnvelopeFields = Object.keys(raw)
      .filter((key) => !ENVELOPE_FIELDS.has(key))
      .map((key) => ({ path: [], key }));
    const warnings = describeUnknownFields(unknownEnvelopeFields, 'at the top of the file');
    if (version < context.currentVersion) {
      warnings.push(
        `This map was made in file format ${version} and has been upgraded to format ${context.currentVersion}. The file itself changes only when you save.`,
      );
    }
    return { ok: true, map: validated.map, warnings: [...warnings, ...validated.warnings] };
  } catch (error) {
    return unexpectedFailure(error);
  }
}

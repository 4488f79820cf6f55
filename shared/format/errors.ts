import { BYTES_PER_MB } from '../model/types';
import { assertNever } from './assert-never';

export const FILE_ERROR_CODES = [
  'too-large',
  'not-utf8',
  'not-json',
  'too-deep',
  'not-a-journeymap',
  'version-too-new',
  'invalid',
] as const;

/** Why a file could not be opened; stable codes the app and tests rely on. */
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export interface FileError {
  code: FileErrorCode;
  /** Plain sentences a non-technical reader understands. */
  message: string;
}

/** The result of loading or validating a map: the map and its warnings, or one coded error. */
export type JourneyFileResult<Map> = { ok: true; map: Map; warnings: string[] } | { ok: false; error: FileError };

/** What went wrong, with the facts its message needs. */
export type FileFailure =
  | { code: 'too-large'; bytes: number; limitBytes: number }
  /**
   * `bytes`: bytes that are not UTF-8. `text`: a string with a lone surrogate. `replacement-character`: a
   * string holding U+FFFD, which is what a decoder leaves for bytes it could not read.
   */
  | { code: 'not-utf8'; source: 'bytes' | 'text' | 'replacement-character' }
  | { code: 'not-json'; location: { line: number; column: number } | null; empty: boolean }
  | { code: 'too-deep'; limit: number }
  | { code: 'not-a-journeymap'; reason: 'not-an-object' | 'no-format-marker' }
  /** `fileVersion` is a whole number above `appVersion`, possibly beyond the safe-integer range, or Infinity. */
  | { code: 'version-too-new'; fileVersion: number; appVersion: number }
  | { code: 'invalid'; problems: readonly string[]; totalProblems: number };

/** At most this many problems are listed in an `invalid` message; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 5;

function formatMegabytes(bytes: number, limitBytes: number): string {
  const shown = (bytes / BYTES_PER_MB).toFixed(1);
  const limit = limitBytes / BYTES_PER_MB;
  return Number(shown) <= limit ? `just over ${limit} MB` : `${shown} MB`;
}

function describeNotUtf8(source: 'bytes' | 'text' | 'replacement-character'): string {
  switch (source) {
    case 'bytes':
      return 'This file is not a journey map: it is not readable text (it is not UTF-8). It may be a different kind of file, or it may be damaged.';
    case 'text':
      return 'This file is damaged: its text contains broken characters that cannot be stored as UTF-8.';
    case 'replacement-character':
      return 'This file is damaged or is not UTF-8 text: some of its bytes could not be read as characters and were replaced with "\uFFFD". Open the file itself rather than a copy of its text.';
    default:
      return assertNever(source);
  }
}

/** "file format 3"; a version too large for a number (a huge literal that JSON.parse made Infinity) is not printed. */
function describeFileVersion(version: number): string {
  return Number.isFinite(version) ? `file format ${String(version)}` : 'its file format number is too large to show';
}

function describeProblems(problems: readonly string[], totalProblems: number): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => `- ${problem}`);
  const remaining = Math.max(totalProblems, problems.length) - listed.length;
  if (remaining > 0) listed.push(`- and ${remaining} more ${remaining === 1 ? 'problem' : 'problems'}.`);
  return listed.join('\n');
}

/** Turns a failure into its stable code and a plain-language message. */
export function describeFileFailure(failure: FileFailure): FileError {
  switch (failure.code) {
    case 'too-large':
      return {
        code: failure.code,
        message: `This file is too large to open (${formatMegabytes(failure.bytes, failure.limitBytes)}). Journey maps can be up to ${failure.limitBytes / BYTES_PER_MB} MB.`,
      };
    case 'not-utf8':
      return { code: failure.code, message: describeNotUtf8(failure.source) };
    case 'not-json': {
      const where = failure.location === null ? '' : ` (the problem is at line ${failure.location.line}, column ${failure.location.column})`;
      return {
        code: failure.code,
        message: failure.empty
          ? 'This file is empty, so it is not a journey map.'
          : `This file is damaged or is not a journey map: its text is not valid JSON${where}.`,
      };
    }
    case 'too-deep':
      return {
        code: failure.code,
        message: `This file is nested more than ${failure.limit} levels deep, so it cannot be opened safely. Journey maps never need that many levels; the file is damaged or is not a journey map.`,
      };
    case 'not-a-journeymap':
      return {
        code: failure.code,
        message:
          failure.reason === 'not-an-object'
            ? 'This file is not a journey map: it holds JSON data of a different kind.'
            : 'This file is not a journey map: it does not say "format": "journeymap" at the top.',
      };
    case 'version-too-new':
      return {
        code: failure.code,
        message: `This map was made with a newer version of Journey Map (${describeFileVersion(failure.fileVersion)}). This app reads format ${failure.appVersion} and older. The file was not changed.`,
      };
    case 'invalid':
      return {
        code: failure.code,
        message: `This journey map is damaged and cannot be opened. What is wrong:\n${describeProblems(failure.problems, failure.totalProblems)}`,
      };
    default:
      return assertNever(failure);
  }
}

/** An `invalid` failure listing the first few problems and counting the rest. */
export function invalidFailure(problems: readonly string[], totalProblems = problems.length): FileFailure {
  return { code: 'invalid', problems: problems.slice(0, MAX_LISTED_PROBLEMS), totalProblems };
}

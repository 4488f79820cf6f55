import type { JourneyMap } from '../model/types';
import { describeIssue, formatPath } from './describe-issue';
import { describeFileFailure, invalidFailure, MAX_LISTED_PROBLEMS, type JourneyFileResult } from './errors';
import { findIntegrityProblems } from './integrity';
import { journeyMapSchema } from './schema';
import { describeUnknownFields, findUnknownFields } from './unknown-fields';

/** The result of loading or validating a map. */
export type JourneyMapResult = JourneyFileResult<JourneyMap>;

/** An `invalid` result for an error nobody anticipated, so no caller ever sees an exception. */
export function unexpectedFailure(error: unknown): JourneyMapResult {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    error: describeFileFailure(invalidFailure([`map: it could not be read because of an unexpected problem (${detail})`])),
  };
}

/**
 * Checks any value against the version-1 map rules (shape, limits, integrity) and returns a clean copy
 * holding only known fields, with a warning per dropped field. Used for files and for IPC payloads.
 */
export function validateJourneyMap(value: unknown): JourneyMapResult {
  try {
    const parsed = journeyMapSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      const { issues } = parsed.error;
      const listed = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue)}`);
      return { ok: false, error: describeFileFailure(invalidFailure(listed, issues.length)) };
    }
    const map: JourneyMap = parsed.data;
    const problems = findIntegrityProblems(map);
    if (problems.length > 0) return { ok: false, error: describeFileFailure(invalidFailure(problems)) };
    return { ok: true, map, warnings: describeUnknownFields(findUnknownFields(journeyMapSchema, value)) };
  } catch (error) {
    return unexpectedFailure(error);
  }
}

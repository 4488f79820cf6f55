/** The vocabulary of the diagnosis: finding codes, severities, subjects and the `Finding` record. */

export const FINDING_CODES = [
  'split-ownership',
  'missing-metric',
  'unshared-metric',
  'metric-without-target',
  'metric-without-owner',
  'unowned-touchpoint',
  'cross-silo-handoff',
  'conflicting-messages',
  'pain-without-recovery',
  'metric-off-target',
  'empty-stage',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** Severities from worst to mildest. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SUBJECT_KINDS = ['stage', 'touchpoint', 'metric', 'handoff'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface FindingSubject {
  kind: SubjectKind;
  id: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The stage the finding belongs to (for hand-offs: the stage of the receiving touchpoint). */
  stageId: string | null;
  subject: FindingSubject;
  /** Silos involved, sorted by lane order. */
  siloIds: string[];
  /** Touchpoints involved, sorted by array order. */
  touchpointIds: string[];
  /** One plain sentence that names stages and silos by their names. */
  message: string;
}

/** Marks a branch the type checker has proven unreachable; throws if it is reached anyway. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}

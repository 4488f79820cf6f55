/** The diagnosis engine (`shared/spec/diagnosis-rules.md`) and the wording every view uses to show it. */
export {
  APP_MAX_CONFLICT_PAIRS,
  analyzeJourney,
  analyzeJourneyWithSummary,
  type AnalysisOptions,
  type AnalysisSummary,
} from './analyze';
export { analyzeJourneyIncrementally, type IncrementalAnalysis } from './incremental';
export {
  FINDING_CODES,
  SEVERITIES,
  SUBJECT_KINDS,
  assertNever,
  type Finding,
  type FindingCode,
  type FindingSubject,
  type Severity,
  type SubjectKind,
} from './finding';
export { compareFindings, severityRank, sortFindings } from './order';
export { STAGE_STATUSES, stageStatus, stageStatuses, statusForSeverity, type StageStatus } from './status';
export {
  findingTitle,
  omittedConflictsNotice,
  plainExplanation,
  severityLabel,
  stageBadge,
  statusLabel,
  type StageBadge,
} from './presentation';
export { isWorseThanTarget } from './rules/metrics';

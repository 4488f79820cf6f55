import type { JourneyMap } from '../model';
import type { Finding } from './finding';
import { buildJourneyIndex, type JourneyIndex, type StageFacts } from './journey-index';
import { sortByStageOrder } from './order';
import { boundedConflictingMessages } from './rules/conflicts';
import { emptyStage, painWithoutRecovery } from './rules/experience';
import { crossSiloHandoffs } from './rules/handoffs';
import { metricQuality, missingMetric, unsharedMetric } from './rules/metrics';
import { splitOwnership, unownedTouchpoints } from './rules/ownership';
import { StageScope, type MapRule, type StageRule } from './rules/rule';

const STAGE_RULES: readonly StageRule[] = [splitOwnership, missingMetric, unsharedMetric, metricQuality, painWithoutRecovery, emptyStage];
const MAP_RULES: readonly MapRule[] = [unownedTouchpoints, crossSiloHandoffs];

/**
 * How many conflicting-messages findings the app lists at most. A valid map can hold 100 million such pairs
 * (10,000 sellers × 10,000 cancellations on one day); 2,000 keeps the worst map's analysis a few
 * milliseconds long and its result small, and is more than anyone reads in a workshop.
 */
export const APP_MAX_CONFLICT_PAIRS = 2_000;

/** Bounds on what the diagnosis lists, for maps that came from outside. */
export interface AnalysisOptions {
  /**
   * List at most this many `conflicting-messages` findings (a non-negative integer); the rest are only
   * counted. Absent: no bound, every pair is listed as the spec says.
   */
  maxConflictPairs?: number;
}

/** The diagnosis together with what a bound left out of it. */
export interface AnalysisSummary {
  /** The findings in the spec's order; with a bound, the conflicting-messages ones are a subset. */
  findings: Finding[];
  /** How many pairs of conflicting messages the map has in all, listed or not. */
  conflictPairCount: number;
  /** How many of those pairs `findings` leaves out because of `maxConflictPairs`. */
  omittedConflictPairs: number;
}

/**
 * Diagnoses a map by `diagnosis-rules.md`: every finding, in the spec's order. Pure; never mutates the map.
 * Without options the result is exactly the spec's; see `analyzeJourneyWithSummary` for the bound.
 */
export function analyzeJourney(map: JourneyMap, options: AnalysisOptions = {}): Finding[] {
  return analyzeJourneyWithSummary(map, options).findings;
}

/**
 * Diagnoses a map like `analyzeJourney` and reports how many conflicting-message pairs it has and how many
 * `maxConflictPairs` left out. Under the bound the findings equal `analyzeJourney(map)`; past it, the time
 * and memory stay linear in the map even when the pairs number in the millions.
 */
export function analyzeJourneyWithSummary(map: JourneyMap, options: AnalysisOptions = {}): AnalysisSummary {
  const index = buildJourneyIndex(map);
  const conflicts = boundedConflictingMessages(index, conflictLimit(options.maxConflictPairs));
  const found: Finding[] = [];
  for (const facts of index.stages) diagnoseStage(index, facts, found);
  for (const rule of MAP_RULES) rule(index, found);
  for (const conflict of conflicts.findings) found.push(conflict);
  const findings = sortByStageOrder(found, index.stages.length, (stageId) => index.stageById.get(stageId)?.column);
  return {
    findings,
    conflictPairCount: conflicts.pairCount,
    omittedConflictPairs: conflicts.pairCount - conflicts.findings.length,
  };
}

/** Appends the findings of the stage rules for one stage to `out`, in rule order. */
export function diagnoseStage(index: JourneyIndex, facts: StageFacts, out: Finding[]): void {
  const scope = new StageScope(index, facts);
  for (const rule of STAGE_RULES) rule(scope, out);
}

/** `maxConflictPairs` as the limit `boundedConflictingMessages` takes: a non-negative integer or `Infinity`. */
export function conflictLimit(maxConflictPairs: number | undefined): number {
  if (maxConflictPairs === undefined) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor(maxConflictPairs) || 0);
}

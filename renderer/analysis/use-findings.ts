/**
 * The diagnosis of the open map, computed once per map object and shared by every view that shows it
 * (canvas badges, findings panel, org chart, presentation, print), so a change is analysed once however
 * many views listen. Maps come from e-mail, so the app lists at most `APP_MAX_CONFLICT_PAIRS`
 * conflicting-message pairs: a hostile map can hold a hundred million.
 */
import {
  APP_MAX_CONFLICT_PAIRS,
  analyzeJourneyIncrementally,
  omittedConflictsNotice,
  stageStatuses,
  type AnalysisSummary,
  type Finding,
  type IncrementalAnalysis,
  type StageStatus,
} from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import { useDocument } from '../store/document-store';

/** A diagnosis as the app shows it: frozen, shared by every view. */
export interface AppAnalysis extends Readonly<Omit<AnalysisSummary, 'findings'>> {
  readonly findings: readonly Finding[];
}

const analysisByMap = new WeakMap<JourneyMap, AppAnalysis>();
const statusesByMap = new WeakMap<JourneyMap, ReadonlyMap<string, StageStatus>>();
/** The last map analysed, with what its analysis can lend the next: an edit re-diagnoses only what it touched. */
let lastAnalysis: IncrementalAnalysis | undefined;

/**
 * The bounded diagnosis of a map and what the bound left out, analysed on first request and cached for as
 * long as the map object lives. The analysis starts from the last one made, so after an edit it reuses
 * every finding the edit cannot have changed (the same objects); the result is that of a full analysis.
 */
export function analysisOf(map: JourneyMap): AppAnalysis {
  let analysis = analysisByMap.get(map);
  if (analysis === undefined) {
    lastAnalysis = analyzeJourneyIncrementally(map, { maxConflictPairs: APP_MAX_CONFLICT_PAIRS }, lastAnalysis);
    const { summary } = lastAnalysis;
    analysis = Object.freeze({ ...summary, findings: Object.freeze(summary.findings) });
    analysisByMap.set(map, analysis);
  }
  return analysis;
}

/** The findings of a map as the app lists them (see `analysisOf`). */
export function findingsOf(map: JourneyMap): readonly Finding[] {
  return analysisOf(map).findings;
}

/** The sentence telling the reader what the bound left out of a map's findings, or null when nothing was. */
export function listNoticeOf(map: JourneyMap): string | null {
  return omittedConflictsNotice(analysisOf(map));
}

/** The status of every stage of a map (critical, warning, note or ok), cached like its findings. */
export function stageStatusesOf(map: JourneyMap): ReadonlyMap<string, StageStatus> {
  let statuses = statusesByMap.get(map);
  if (statuses === undefined) {
    statuses = stageStatuses(map, findingsOf(map));
    statusesByMap.set(map, statuses);
  }
  return statuses;
}

/** The findings of the open map in the spec's order; the same array until the map changes. */
export function useFindings(): readonly Finding[] {
  return findingsOf(useDocument((state) => state.map));
}

/** The status of every stage of the open map; the same object until the map changes. */
export function useStageStatuses(): ReadonlyMap<string, StageStatus> {
  return stageStatusesOf(useDocument((state) => state.map));
}

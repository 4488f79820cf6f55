/**
 * The diagnosis of the open map, computed once per map object and shared by every view that shows it
 * (canvas badges, findings panel, org chart), so a change is analysed once however many views listen.
 */
import { analyzeJourney, stageStatuses, type Finding, type StageStatus } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import { useDocument } from '../store/document-store';

const findingsByMap = new WeakMap<JourneyMap, readonly Finding[]>();
const statusesByMap = new WeakMap<JourneyMap, ReadonlyMap<string, StageStatus>>();

/** The findings of a map, analysed on first request and cached for as long as the map object lives. */
export function findingsOf(map: JourneyMap): readonly Finding[] {
  let findings = findingsByMap.get(map);
  if (findings === undefined) {
    findings = Object.freeze(analyzeJourney(map));
    findingsByMap.set(map, findings);
  }
  return findings;
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

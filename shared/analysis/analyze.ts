import type { JourneyMap } from '../model';
import type { Finding } from './finding';
import { buildJourneyIndex } from './journey-index';
import { sortByStageOrder } from './order';
import { conflictingMessages } from './rules/conflicts';
import { emptyStages, painWithoutRecovery } from './rules/experience';
import { crossSiloHandoffs } from './rules/handoffs';
import { metricQuality, missingMetric, unsharedMetric } from './rules/metrics';
import { splitOwnership, unownedTouchpoints } from './rules/ownership';
import type { Rule, RuleContext } from './rules/rule';
import { indexNames } from './wording';

const RULES: readonly Rule[] = [
  splitOwnership,
  missingMetric,
  unsharedMetric,
  metricQuality,
  unownedTouchpoints,
  crossSiloHandoffs,
  conflictingMessages,
  painWithoutRecovery,
  emptyStages,
];

/** Diagnoses a map by `diagnosis-rules.md`: every finding, in the spec's order. Pure; never mutates the map. */
export function analyzeJourney(map: JourneyMap): Finding[] {
  const index = buildJourneyIndex(map);
  const context: RuleContext = { index, names: indexNames(index) };
  return sortByStageOrder(
    RULES.flatMap((rule) => rule(context)),
    index.stageOrder,
  );
}

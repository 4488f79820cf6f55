/** What the presentation says about where it is: "Stage 2 of 6: Quote & buy — Split ownership, … (5 problems)". */
import { FINDING_CODES, findingTitle, severityRank, type Finding } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import type { StageFocus } from './stage-stepper';

/** "Stage 2 of 6" or "Whole map". */
export function positionLabel(focus: StageFocus, stageCount: number): string {
  return focus === null ? 'Whole map' : `Stage ${focus + 1} of ${stageCount}`;
}

function problems(count: number): string {
  return count === 1 ? '1 problem' : `${count} problems`;
}

/**
 * A stage's findings in the order they are called out: worst severity first, and within a severity in the
 * order the diagnosis rules list them (split ownership and missing metrics lead).
 */
export function calloutOrder(findings: readonly Finding[], stageId: string): Finding[] {
  const rule = (finding: Finding) => FINDING_CODES.indexOf(finding.code);
  return findings
    .filter((finding) => finding.stageId === stageId)
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || rule(a) - rule(b));
}

/** The sentence the live region reads when the presentation opens or moves to `focus`. */
export function stageAnnouncement(map: JourneyMap, findings: readonly Finding[], focus: StageFocus): string {
  const stageCount = map.stages.length;
  if (stageCount === 0) return 'Whole map: this map has no stages yet.';
  const stage = focus === null ? undefined : map.stages[focus];
  if (focus === null || stage === undefined) {
    const total = findings.length;
    return `Whole map: ${stageCount} ${stageCount === 1 ? 'stage' : 'stages'}, ${problems(total)}. Press the right arrow for the first stage.`;
  }
  const own = calloutOrder(findings, stage.id);
  const heading = `${positionLabel(focus, stageCount)}: ${stage.name}`;
  if (own.length === 0) return `${heading} — no problems found.`;
  const titles = [...new Set(own.map((finding) => findingTitle(finding.code)))];
  return `${heading} — ${titles.join(', ')} (${problems(own.length)}).`;
}

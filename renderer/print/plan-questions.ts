import { type Finding, findingTitle, plainExplanation, severityLabel, stageBadge } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import type { PrintBlock } from './print-blocks';
import { badgeText } from './print-wording';

/** A block in a flow, with whether it must stay with the one after it. */
export interface FlowEntry {
  block: PrintBlock;
  keepWithNext: boolean;
}

/** The heading of the findings that belong to no stage. */
export const STAGELESS_GROUP_HEADING = 'Across the whole map';

/** The finding as a printed block: severity in words, its kind, the message and what to decide. */
export function findingBlock(finding: Finding, map: JourneyMap): PrintBlock {
  return {
    kind: 'finding',
    severity: finding.severity,
    severityText: severityLabel(finding.severity),
    title: findingTitle(finding.code),
    message: finding.message,
    explanation: plainExplanation(finding, map),
  };
}

/**
 * The "Questions to resolve" flow: findings grouped by stage in column order (findings without a stage
 * last), each group headed by its stage's name and badge, findings in the diagnosis's order within a group.
 * `listNotice` (what the diagnosis left out of the list, if anything) comes first, as a note.
 */
export function questionEntries(map: JourneyMap, findings: readonly Finding[], listNotice: string | null = null): FlowEntry[] {
  if (findings.length === 0) {
    return [{ block: { kind: 'note', text: 'The diagnosis found nothing to resolve on this map.' }, keepWithNext: false }];
  }
  const entries: FlowEntry[] = [];
  if (listNotice !== null) entries.push({ block: { kind: 'note', text: listNotice }, keepWithNext: false });
  const placed = new Set<Finding>();
  for (const stage of map.stages) {
    const own = findings.filter((finding) => finding.stageId === stage.id && !placed.has(finding));
    if (own.length === 0) continue;
    const badge = badgeText(stageBadge(map, findings, stage.id));
    entries.push({ block: { kind: 'group-heading', text: stage.name, badge }, keepWithNext: true });
    for (const finding of own) {
      placed.add(finding);
      entries.push({ block: findingBlock(finding, map), keepWithNext: false });
    }
  }
  const rest = findings.filter((finding) => !placed.has(finding));
  if (rest.length > 0) {
    entries.push({ block: { kind: 'group-heading', text: STAGELESS_GROUP_HEADING, badge: null }, keepWithNext: true });
    for (const finding of rest) entries.push({ block: findingBlock(finding, map), keepWithNext: false });
  }
  return entries;
}

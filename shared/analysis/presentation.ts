import type { JourneyMap, Metric, Touchpoint } from '../model';
import type { AnalysisSummary } from './analyze';
import { assertNever, type Finding, type FindingCode, type Severity } from './finding';
import { severityRank } from './order';
import { stageStatus, type StageStatus } from './status';
import { isOrAre, listNames, mapNames, quoted, withUnit, type NameSource } from './wording';

/** What a stage header shows: its status and a short text naming its worst problem. */
export interface StageBadge {
  status: StageStatus;
  label: string;
  /** How many findings the stage has in total. */
  findingCount: number;
}

/** "High", "Medium" or "Low". */
export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'high':
      return 'High';
    case 'medium':
      return 'Medium';
    case 'low':
      return 'Low';
    default:
      return assertNever(severity);
  }
}

/** "Critical", "Warning", "Note" or "OK". */
export function statusLabel(status: StageStatus): string {
  switch (status) {
    case 'critical':
      return 'Critical';
    case 'warning':
      return 'Warning';
    case 'note':
      return 'Note';
    case 'ok':
      return 'OK';
    default:
      return assertNever(status);
  }
}

/** A short human name for a kind of finding, for headings, legends and filters. */
export function findingTitle(code: FindingCode): string {
  switch (code) {
    case 'split-ownership':
      return 'Split ownership';
    case 'missing-metric':
      return 'No shared metric';
    case 'unshared-metric':
      return 'Metric not shared';
    case 'metric-without-target':
      return 'Metric without a target';
    case 'metric-without-owner':
      return 'Metric without an owner';
    case 'unowned-touchpoint':
      return 'Unowned touchpoint';
    case 'cross-silo-handoff':
      return 'Unowned hand-off';
    case 'conflicting-messages':
      return 'Conflicting messages';
    case 'pain-without-recovery':
      return 'Pain without recovery';
    case 'metric-off-target':
      return 'Metric off target';
    case 'empty-stage':
      return 'Empty stage';
    default:
      return assertNever(code);
  }
}

/** The badge of a stage header: its status and a short label naming the worst problem, or "OK". */
export function stageBadge(map: JourneyMap, findings: readonly Finding[], stageId: string): StageBadge {
  const own = findings.filter((finding) => finding.stageId === stageId);
  const status = stageStatus(own, stageId);
  let worst: Finding | undefined;
  for (const finding of own) {
    if (worst === undefined || badgeRank(finding) < badgeRank(worst)) worst = finding;
  }
  if (worst === undefined) return { status, label: 'OK', findingCount: 0 };
  const sameCode = own.filter((finding) => finding.code === worst.code).length;
  return { status, label: badgeLabel(worst, sameCode, mapNames(map)), findingCount: own.length };
}

/**
 * The sentence that says a bound left conflicting messages out of the list, e.g. "This map has 1,000,695
 * pairs of conflicting messages; 2,000 of them are listed."; null when nothing was left out.
 */
export function omittedConflictsNotice(summary: Pick<AnalysisSummary, 'conflictPairCount' | 'omittedConflictPairs'>): string | null {
  const { conflictPairCount, omittedConflictPairs } = summary;
  if (omittedConflictPairs <= 0) return null;
  const listed = conflictPairCount - omittedConflictPairs;
  const count = (value: number): string => value.toLocaleString('en-US');
  const which = listed === 0 ? 'none of them is listed' : `${count(listed)} of them ${listed === 1 ? 'is' : 'are'} listed`;
  return `This map has ${count(conflictPairCount)} pairs of conflicting messages; ${which}.`;
}

/** One plain sentence on what a finding means and what to decide, for an executive or a projector callout. */
export function plainExplanation(finding: Finding, map: JourneyMap): string {
  const names = mapNames(map);
  const stage = finding.stageId === null ? '' : names.stageName(finding.stageId);
  const inStage = stage === '' ? '' : ` in ${stage}`;
  const silos = listNames(finding.siloIds.map((siloId) => names.siloName(siloId)));
  switch (finding.code) {
    case 'split-ownership':
      return `${silos} each run part of ${stage}, but nobody answers for the whole of it, so decide which silo is accountable.`;
    case 'missing-metric':
      return `Nobody measures how ${stage} goes for the customer, so agree on a shared metric for it.`;
    case 'unshared-metric': {
      const helps = finding.siloIds.length === 1 ? 'helps' : 'help';
      return (
        `${silos} ${helps} deliver ${stage} but ${isOrAre(finding.siloIds.length)} not measured on the same metric ` +
        'as the other silos there, so agree on one metric they all share.'
      );
    }
    case 'metric-without-target':
      return `${quoted(names.metricName(finding.subject.id))} is measured${inStage}, but nobody has said what good looks like, so set a target.`;
    case 'metric-without-owner':
      return `No silo answers for ${quoted(names.metricName(finding.subject.id))}${inStage}, so name the silos that share it.`;
    case 'unowned-touchpoint':
      return `Nobody is responsible for ${quoted(names.touchpointTitle(finding.subject.id))}${inStage}, so give it an owner.`;
    case 'cross-silo-handoff':
      return `When the customer passes between ${silos}${inStage}, nobody makes sure the hand-off goes well, so name an owner for it.`;
    case 'conflicting-messages':
      return conflictExplanation(finding, map, names);
    case 'pain-without-recovery':
      return `Customers have bad moments${inStage} and nothing there apologises and makes it right, so plan a recovery step.`;
    case 'metric-off-target':
      return offTargetExplanation(finding, map, names, inStage);
    case 'empty-stage':
      return `Nobody has mapped what happens to the customer${inStage} yet.`;
    default:
      return assertNever(finding.code);
  }
}

/** Which problem a badge names first among problems of equal severity: the ones this app exists to expose lead. */
function badgePriority(code: FindingCode): number {
  switch (code) {
    case 'split-ownership':
      return 0;
    case 'missing-metric':
      return 1;
    case 'conflicting-messages':
      return 2;
    case 'unowned-touchpoint':
      return 3;
    case 'unshared-metric':
      return 4;
    case 'cross-silo-handoff':
      return 5;
    case 'metric-without-owner':
      return 6;
    case 'metric-without-target':
      return 7;
    case 'pain-without-recovery':
      return 8;
    case 'metric-off-target':
      return 9;
    case 'empty-stage':
      return 10;
    default:
      return assertNever(code);
  }
}

function badgeRank(finding: Finding): number {
  return severityRank(finding.severity) * 100 + badgePriority(finding.code);
}

const BADGE_NAME_LIMIT = 3;

function badgeLabel(finding: Finding, sameCode: number, names: NameSource): string {
  const silos = (limit: number): string => {
    const shown = finding.siloIds.slice(0, limit).map((siloId) => names.siloName(siloId));
    const hidden = finding.siloIds.length - shown.length;
    return hidden > 0 ? `${shown.join(', ')} +${hidden}` : shown.join(', ');
  };
  const counted = (one: string, many: string): string => (sameCode === 1 ? one : `${sameCode} ${many}`);
  switch (finding.code) {
    case 'split-ownership':
      return `Split: ${silos(BADGE_NAME_LIMIT)}`;
    case 'missing-metric':
      return 'No shared metric';
    case 'unshared-metric':
      return `${silos(2)} not on a shared metric`;
    case 'conflicting-messages':
      return 'Conflicting messages';
    case 'unowned-touchpoint':
      return counted('Unowned touchpoint', 'unowned touchpoints');
    case 'cross-silo-handoff':
      return counted('Unowned hand-off', 'unowned hand-offs');
    case 'metric-without-owner':
      return counted('Metric without owner', 'metrics without owner');
    case 'metric-without-target':
      return counted('Metric without target', 'metrics without target');
    case 'pain-without-recovery':
      return 'Pain, no recovery';
    case 'metric-off-target':
      return counted('Off target', 'metrics off target');
    case 'empty-stage':
      return 'Empty stage';
    default:
      return assertNever(finding.code);
  }
}

function conflictExplanation(finding: Finding, map: JourneyMap, names: NameSource): string {
  const [first, second] = finding.touchpointIds.map((id) => findTouchpoint(map, id));
  if (first === undefined || second === undefined) {
    return `${listNames(finding.siloIds.map((siloId) => names.siloName(siloId)))} send the same customer conflicting messages at the same time, so these silos need to coordinate.`;
  }
  const from = (touchpoint: Touchpoint): string =>
    `${quoted(touchpoint.title)} from ${touchpoint.siloId === null ? 'nobody' : names.siloName(touchpoint.siloId)}`;
  const stages = listNames([...new Set([first.stageId, second.stageId])].map((stageId) => names.stageName(stageId)));
  return `The same customer hears ${from(first)} and ${from(second)} at the same time in ${stages}, so these silos need to coordinate.`;
}

function offTargetExplanation(finding: Finding, map: JourneyMap, names: NameSource, inStage: string): string {
  const metric = findMetric(map, finding.subject.id);
  const name = quoted(names.metricName(finding.subject.id));
  if (metric === undefined || metric.current === null || metric.target === null) {
    return `${name}${inStage} is worse than its target.`;
  }
  return `${name}${inStage} is worse than its target (${withUnit(metric.current, metric.unit)} against ${withUnit(metric.target, metric.unit)}).`;
}

function findTouchpoint(map: JourneyMap, touchpointId: string): Touchpoint | undefined {
  return map.touchpoints.find((touchpoint) => touchpoint.id === touchpointId);
}

function findMetric(map: JourneyMap, metricId: string): Metric | undefined {
  for (const stage of map.stages) {
    const metric = stage.metrics.find((candidate) => candidate.id === metricId);
    if (metric !== undefined) return metric;
  }
  return undefined;
}

/**
 * One-decision fixes for findings: each is a single model edit, so applying it is one undo step.
 * A fix either needs a silo chosen (who is accountable, who owns a hand-off or a touchpoint) or needs
 * nothing (a shared metric for the stage, owned by every silo that delivers it).
 */
import type { Finding } from '../../shared/analysis';
import { addMetric, newMetric, setTouchpointSilo, updateHandoff, updateStage } from '../../shared/model';
import { LIMITS, type JourneyMap } from '../../shared/model/types';
import { mapLookup } from './map-lookup';

export type MapEdit = (map: JourneyMap) => JourneyMap;

/** A fix that needs one silo chosen among `choices` (silo ids in lane order). */
export interface SiloChoiceFix {
  kind: 'make-accountable' | 'own-handoff' | 'own-touchpoint';
  /** The stage, hand-off or touchpoint the chosen silo takes on. */
  targetId: string;
  choices: readonly string[];
}

/** A fix that adds a metric shared by every silo delivering the stage. */
export interface SharedMetricFix {
  kind: 'add-shared-metric';
  stageId: string;
}

export type QuickFix = SiloChoiceFix | SharedMetricFix;

const SHARED_METRIC_SUFFIX = ' shared score';

/** The silos that deliver a stage (D(S) in the diagnosis rules): distinct owners of its touchpoints, in lane order. */
export function deliveringSiloIds(map: JourneyMap, stageId: string): string[] {
  const delivering = new Set<string>();
  for (const touchpoint of map.touchpoints) {
    if (touchpoint.stageId === stageId && touchpoint.siloId !== null) delivering.add(touchpoint.siloId);
  }
  return map.silos.filter((silo) => delivering.has(silo.id)).map((silo) => silo.id);
}

/** The name of the metric a shared-metric fix adds, e.g. "Onboard shared score" (within the name limit). */
export function sharedMetricName(stageName: string): string {
  const room = LIMITS.maxNameLength - SHARED_METRIC_SUFFIX.length;
  return `${[...stageName.trim()].slice(0, room).join('').trim()}${SHARED_METRIC_SUFFIX}`;
}

/** The one-decision fix for a finding, or null when it has none (or nothing left to choose from). */
export function quickFixFor(finding: Finding, map: JourneyMap): QuickFix | null {
  const { subject } = finding;
  const lookup = mapLookup(map);
  switch (finding.code) {
    case 'split-ownership': {
      if (subject.kind !== 'stage' || !lookup.stageById.has(subject.id)) return null;
      return choiceFix('make-accountable', subject.id, deliveringSiloIds(map, subject.id));
    }
    case 'missing-metric':
    case 'unshared-metric':
      return subject.kind === 'stage' && lookup.stageById.has(subject.id)
        ? { kind: 'add-shared-metric', stageId: subject.id }
        : null;
    case 'cross-silo-handoff': {
      const handoff = subject.kind === 'handoff' ? lookup.handoffById.get(subject.id) : undefined;
      if (!handoff) return null;
      const ends = new Set([
        lookup.touchpointById.get(handoff.fromTouchpointId)?.siloId,
        lookup.touchpointById.get(handoff.toTouchpointId)?.siloId,
      ]);
      return choiceFix('own-handoff', handoff.id, map.silos.filter((silo) => ends.has(silo.id)).map((silo) => silo.id));
    }
    case 'unowned-touchpoint': {
      if (subject.kind !== 'touchpoint' || !lookup.touchpointById.has(subject.id)) return null;
      return choiceFix('own-touchpoint', subject.id, map.silos.map((silo) => silo.id));
    }
    default:
      return null;
  }
}

/** The edit that gives the fix's target to the chosen silo. */
export function siloChoiceEdit(fix: SiloChoiceFix, siloId: string): MapEdit {
  switch (fix.kind) {
    case 'make-accountable':
      return (map) => updateStage(map, fix.targetId, { accountableSiloId: siloId });
    case 'own-handoff':
      return (map) => updateHandoff(map, fix.targetId, { ownerSiloId: siloId });
    case 'own-touchpoint':
      // Only the owner changes: the card keeps its place in the array, so no other finding moves stage.
      return (map) => setTouchpointSilo(map, fix.targetId, siloId);
  }
}

/** The edit that adds "<stage> shared score" (no target yet) owned by every silo delivering the stage. */
export function sharedMetricEdit(fix: SharedMetricFix): MapEdit {
  return (map) => {
    const stage = map.stages.find((candidate) => candidate.id === fix.stageId);
    if (!stage) return map;
    const metric = newMetric({ name: sharedMetricName(stage.name), ownerSiloIds: deliveringSiloIds(map, stage.id) });
    return addMetric(map, stage.id, metric);
  };
}

function choiceFix(kind: SiloChoiceFix['kind'], targetId: string, choices: string[]): SiloChoiceFix | null {
  return choices.length > 0 ? { kind, targetId, choices } : null;
}

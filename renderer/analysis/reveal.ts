/** Turning a finding or an org-chart cell into a selection on the map, and asking the canvas to show it. */
import { useCallback } from 'react';
import type { Finding } from '../../shared/analysis';
import type { GridItem } from '../../shared/layout/grid-navigation';
import type { JourneyMap } from '../../shared/model/types';
import { useViewStoreApi, type Selection } from '../store/view-store';
import { useDiagnosisViewApi } from './diagnosis-view';

/** What to select, and the grid item the canvas should bring into view and focus. */
export interface RevealTarget {
  selection: Selection;
  focus: GridItem;
}

/** The stage itself: selected, its header in view. */
export function revealStage(stageId: string): RevealTarget {
  return { selection: { kind: 'stage', ids: [stageId] }, focus: { kind: 'stage', stageId } };
}

/** Some touchpoints: all selected, the first card in view; null when there are none. */
export function revealTouchpoints(touchpointIds: readonly string[]): RevealTarget | null {
  const first = touchpointIds[0];
  if (first === undefined) return null;
  return { selection: { kind: 'touchpoint', ids: [...touchpointIds] }, focus: { kind: 'card', touchpointId: first } };
}

/**
 * What a finding points at. Its subject, except that a clash selects the two clashing touchpoints (they
 * may sit in different stages) and a metric selects its stage, where the metric is edited. A hand-off
 * brings its receiving card into view. Null when the subject is no longer on the map.
 */
export function revealForFinding(finding: Finding, map: JourneyMap): RevealTarget | null {
  const { subject } = finding;
  if (finding.code === 'conflicting-messages') {
    const present = finding.touchpointIds.filter((id) => map.touchpoints.some((tp) => tp.id === id));
    const target = revealTouchpoints(present);
    if (target) return target;
  }
  switch (subject.kind) {
    case 'stage':
      return map.stages.some((stage) => stage.id === subject.id) ? revealStage(subject.id) : null;
    case 'metric': {
      const stage = map.stages.find((candidate) => candidate.metrics.some((metric) => metric.id === subject.id));
      return stage ? revealStage(stage.id) : null;
    }
    case 'touchpoint':
      return map.touchpoints.some((tp) => tp.id === subject.id) ? revealTouchpoints([subject.id]) : null;
    case 'handoff': {
      const handoff = map.handoffs.find((candidate) => candidate.id === subject.id);
      if (!handoff) return null;
      return {
        selection: { kind: 'handoff', ids: [handoff.id] },
        focus: { kind: 'card', touchpointId: handoff.toTouchpointId },
      };
    }
  }
}

/**
 * Returns a function that selects a target. With `show`, the journey map comes back if the org chart
 * was showing and the canvas pans to the target and focuses it; without, only the selection and the
 * canvas's remembered focus change (the inspector follows the selection).
 */
export function useReveal(): (target: RevealTarget, options: { show: boolean }) => void {
  const viewStore = useViewStoreApi();
  const diagnosisView = useDiagnosisViewApi();
  return useCallback(
    (target, { show }) => {
      const view = viewStore.getState();
      view.select(target.selection);
      if (show) diagnosisView.getState().showMainView('map');
      view.setFocus(target.focus, show);
    },
    [viewStore, diagnosisView],
  );
}

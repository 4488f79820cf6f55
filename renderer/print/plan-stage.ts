import { type Finding, stageBadge } from '../../shared/analysis';
import { laneSiloIds } from '../../shared/layout/grid-layout';
import type { JourneyMap, Stage } from '../../shared/model/types';
import { findingBlock, type FlowEntry } from './plan-questions';
import { NO_OWNER_LABEL } from './scorecard';
import { badgeText, countOf, listWords, metricState, metricStateText, metricValues, touchpointMeta } from './print-wording';

/**
 * The flow of one stage's page: its status, description and customer goal, who is accountable, its
 * touchpoints grouped by silo in lane order, its shared metrics and the findings in it.
 */
export function stageEntries(map: JourneyMap, findings: readonly Finding[], stage: Stage): FlowEntry[] {
  const entries: FlowEntry[] = [];
  const add = (block: FlowEntry['block'], keepWithNext = false): void => {
    entries.push({ block, keepWithNext });
  };
  const siloName = (siloId: string): string => map.silos.find((silo) => silo.id === siloId)?.name ?? siloId;

  add({ kind: 'status', badge: badgeText(stageBadge(map, findings, stage.id)) });
  if (stage.description.trim() !== '') add({ kind: 'paragraph', label: 'What happens here', text: stage.description, tone: 'body' });
  if (stage.customerGoal.trim() !== '') add({ kind: 'paragraph', label: 'Customer goal', text: stage.customerGoal, tone: 'body' });
  add({ kind: 'paragraph', label: 'Ownership', text: ownershipText(map, stage, siloName), tone: 'body' });

  const touchpoints = map.touchpoints.filter((touchpoint) => touchpoint.stageId === stage.id);
  add({ kind: 'section-heading', text: `Touchpoints (${touchpoints.length})` }, true);
  if (touchpoints.length === 0) add({ kind: 'note', text: 'No touchpoints are mapped in this stage yet.' });
  const knownSilos = new Set(map.silos.map((silo) => silo.id));
  for (const laneSiloId of laneSiloIds(map)) {
    const inLane = touchpoints.filter((touchpoint) =>
      laneSiloId === null ? touchpoint.siloId === null || !knownSilos.has(touchpoint.siloId) : touchpoint.siloId === laneSiloId,
    );
    if (inLane.length === 0) continue;
    const silo = laneSiloId === null ? undefined : map.silos.find((candidate) => candidate.id === laneSiloId);
    add(
      {
        kind: 'subheading',
        text: silo?.name ?? NO_OWNER_LABEL,
        note: laneSiloId !== null && laneSiloId === stage.accountableSiloId ? 'Accountable' : null,
        color: silo?.color ?? null,
      },
      true,
    );
    for (const touchpoint of inLane) {
      add({ kind: 'touchpoint', title: touchpoint.title, meta: touchpointMeta(touchpoint), color: silo?.color ?? null });
    }
  }

  add({ kind: 'section-heading', text: `Shared metrics (${stage.metrics.length})` }, true);
  if (stage.metrics.length === 0) add({ kind: 'note', text: 'No shared metric is defined for this stage.' });
  for (const metric of stage.metrics) {
    const state = metricState(metric, findings);
    const owners = metric.ownerSiloIds.length === 0 ? 'nobody yet' : listWords(metric.ownerSiloIds.map(siloName));
    const hasDefinition = metric.definition.trim() !== '';
    add(
      {
        kind: 'metric',
        name: metric.name,
        state,
        stateText: metricStateText(state),
        values: metricValues(metric),
        owners: `Shared by: ${owners}`,
      },
      hasDefinition,
    );
    if (hasDefinition) add({ kind: 'paragraph', label: null, text: `Definition: ${metric.definition}`, tone: 'small' });
  }

  const own = findings.filter((finding) => finding.stageId === stage.id);
  add({ kind: 'section-heading', text: `Questions to resolve (${own.length})` }, true);
  if (own.length === 0) add({ kind: 'note', text: 'Nothing is flagged in this stage.' });
  for (const finding of own) add(findingBlock(finding, map));
  return entries;
}

function ownershipText(map: JourneyMap, stage: Stage, siloName: (siloId: string) => string): string {
  const accountable = stage.accountableSiloId === null ? 'No silo is accountable yet' : `Accountable: ${siloName(stage.accountableSiloId)}`;
  const delivering = [
    ...new Set(
      map.touchpoints
        .filter((touchpoint) => touchpoint.stageId === stage.id && touchpoint.siloId !== null)
        .map((touchpoint) => touchpoint.siloId ?? ''),
    ),
  ];
  const ordered = map.silos.filter((silo) => delivering.includes(silo.id)).map((silo) => silo.name);
  const deliveredBy =
    ordered.length === 0 ? 'no silo delivers it yet' : `delivered by ${countOf(ordered.length, 'silo')}: ${listWords(ordered)}`;
  return `${accountable}; ${deliveredBy}.`;
}

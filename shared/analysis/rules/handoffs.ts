import type { Finding } from '../finding';
import { siloPairInLaneOrder, touchpointPairInArrayOrder, touchpointWithId } from '../journey-index';
import { quoted } from '../wording';
import { knownStageId, type RuleContext } from './rule';

/** `cross-silo-handoff`: a hand-off between two different silos that no silo owns. */
export function crossSiloHandoffs(context: RuleContext): Finding[] {
  const { index, names } = context;
  const findings: Finding[] = [];
  for (const handoff of index.map.handoffs) {
    if (handoff.ownerSiloId !== null) continue;
    const from = touchpointWithId(index, handoff.fromTouchpointId);
    const to = touchpointWithId(index, handoff.toTouchpointId);
    if (from === undefined || to === undefined) continue;
    if (from.siloId === null || to.siloId === null || from.siloId === to.siloId) continue;
    const stageId = knownStageId(context, to.stageId);
    const label = handoff.label.trim() === '' ? '' : ` ${quoted(handoff.label.trim())}`;
    const where = stageId === null ? '' : `${from.stageId === to.stageId ? ' in' : ' into'} ${names.stageName(stageId)}`;
    findings.push({
      code: 'cross-silo-handoff',
      severity: 'medium',
      stageId,
      subject: { kind: 'handoff', id: handoff.id },
      siloIds: siloPairInLaneOrder(index, from.siloId, to.siloId),
      touchpointIds: touchpointPairInArrayOrder(index, from.id, to.id),
      message:
        `The hand-off${label} from ${names.siloName(from.siloId)} (${quoted(from.title)}) ` +
        `to ${names.siloName(to.siloId)} (${quoted(to.title)})${where} has no owner.`,
    });
  }
  return findings;
}

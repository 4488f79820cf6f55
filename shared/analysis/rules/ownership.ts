import type { Finding } from '../finding';
import { listNames, quoted } from '../wording';
import { knownStageId, siloNames, type RuleContext } from './rule';

/** `split-ownership`: two or more silos deliver a stage and none is accountable for it. */
export function splitOwnership(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const stage of context.index.stageById.values()) {
    const delivering = context.index.deliveringSilos.get(stage.id) ?? [];
    if (delivering.length < 2 || stage.accountableSiloId !== null) continue;
    findings.push({
      code: 'split-ownership',
      severity: delivering.length >= 3 ? 'high' : 'medium',
      stageId: stage.id,
      subject: { kind: 'stage', id: stage.id },
      siloIds: [...delivering],
      touchpointIds: [],
      message: `${stage.name} is delivered by ${listNames(siloNames(context, delivering))}, but no silo is accountable for it.`,
    });
  }
  return findings;
}

/** `unowned-touchpoint`: a touchpoint no silo owns. */
export function unownedTouchpoints(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const touchpoint of context.index.map.touchpoints) {
    if (touchpoint.siloId !== null) continue;
    const stageId = knownStageId(context, touchpoint.stageId);
    const where = stageId === null ? '' : ` in ${context.names.stageName(stageId)}`;
    findings.push({
      code: 'unowned-touchpoint',
      severity: 'high',
      stageId,
      subject: { kind: 'touchpoint', id: touchpoint.id },
      siloIds: [],
      touchpointIds: [touchpoint.id],
      message: `${quoted(touchpoint.title)}${where} is not owned by any silo.`,
    });
  }
  return findings;
}

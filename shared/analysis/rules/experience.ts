import type { Finding } from '../finding';
import { listNames } from '../wording';
import { siloNames, type RuleContext } from './rule';

/** `pain-without-recovery`: customers feel bad in a stage and nothing there sets out to make it right. */
export function painWithoutRecovery(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const stage of context.index.stageById.values()) {
    const touchpoints = context.index.touchpointsByStage.get(stage.id) ?? [];
    const painful = touchpoints.filter((touchpoint) => touchpoint.emotion !== null && touchpoint.emotion <= -1).length;
    if (painful === 0 || touchpoints.some((touchpoint) => touchpoint.intent === 'recover')) continue;
    const moments = painful === 1 ? 'an unhappy moment' : `${painful} unhappy moments`;
    const delivering = context.index.deliveringSilos.get(stage.id) ?? [];
    const deliveredBy = delivering.length === 0 ? '' : `, which ${listNames(siloNames(context, delivering))} deliver,`;
    findings.push({
      code: 'pain-without-recovery',
      severity: 'low',
      stageId: stage.id,
      subject: { kind: 'stage', id: stage.id },
      siloIds: [...delivering],
      touchpointIds: [],
      message: `Customers have ${moments} in ${stage.name}${deliveredBy} but no touchpoint there sets out to recover them.`,
    });
  }
  return findings;
}

/** `empty-stage`: a stage nobody has mapped any touchpoint to. */
export function emptyStages(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const stage of context.index.stageById.values()) {
    if ((context.index.touchpointsByStage.get(stage.id) ?? []).length > 0) continue;
    findings.push({
      code: 'empty-stage',
      severity: 'low',
      stageId: stage.id,
      subject: { kind: 'stage', id: stage.id },
      siloIds: [],
      touchpointIds: [],
      message: `${stage.name} has no touchpoints yet.`,
    });
  }
  return findings;
}

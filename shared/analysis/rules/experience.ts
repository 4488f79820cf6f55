import type { Finding } from '../finding';
import { stageFinding, type StageScope } from './rule';

/** `pain-without-recovery`: customers feel bad in a stage and nothing there sets out to make it right. */
export function painWithoutRecovery(scope: StageScope, out: Finding[]): void {
  const { stage, facts } = scope;
  if (facts.painCount === 0 || facts.hasRecovery) return;
  const moments = facts.painCount === 1 ? 'an unhappy moment' : `${facts.painCount} unhappy moments`;
  const deliveredBy = facts.delivering.length === 0 ? '' : `, which ${scope.deliveringNames} deliver,`;
  out.push(
    stageFinding(
      'pain-without-recovery',
      'low',
      stage,
      facts.delivering.slice(),
      `Customers have ${moments} in ${stage.name}${deliveredBy} but no touchpoint there sets out to recover them.`,
    ),
  );
}

/** `empty-stage`: a stage nobody has mapped any touchpoint to. */
export function emptyStage(scope: StageScope, out: Finding[]): void {
  const { stage, facts } = scope;
  if (facts.touchpointCount === 0) out.push(stageFinding('empty-stage', 'low', stage, [], `${stage.name} has no touchpoints yet.`));
}

import type { Touchpoint } from '../../model';
import type { Finding } from '../finding';
import type { JourneyIndex } from '../journey-index';
import { quoted } from '../wording';
import { finding, stageFinding, stageOfTouchpoint, type StageScope } from './rule';

/** `split-ownership`: two or more silos deliver a stage and none is accountable for it. */
export function splitOwnership(scope: StageScope, out: Finding[]): void {
  const { stage, facts } = scope;
  if (facts.delivering.length < 2 || stage.accountableSiloId !== null) return;
  out.push(
    stageFinding(
      'split-ownership',
      facts.delivering.length >= 3 ? 'high' : 'medium',
      stage,
      facts.delivering.slice(),
      `${stage.name} is delivered by ${scope.deliveringNames}, but no silo is accountable for it.`,
    ),
  );
}

/** `unowned-touchpoint`: a touchpoint no silo owns. */
export function unownedTouchpoints(index: JourneyIndex, out: Finding[]): void {
  const { touchpoints } = index.map;
  for (let position = 0; position < touchpoints.length; position += 1) {
    const touchpoint = touchpoints[position];
    if (touchpoint !== undefined && touchpoint.siloId === null) out.push(unownedTouchpoint(index, touchpoint, position));
  }
}

/** The `unowned-touchpoint` finding of the touchpoint at this array position, which has no silo. */
export function unownedTouchpoint(index: JourneyIndex, touchpoint: Touchpoint, position: number): Finding {
  const stage = stageOfTouchpoint(index, position);
  const where = stage === undefined ? '' : ` in ${stage.name}`;
  const subject = { kind: 'touchpoint', id: touchpoint.id } as const;
  const message = `${quoted(touchpoint.title)}${where} is not owned by any silo.`;
  return finding('unowned-touchpoint', 'high', stage?.id ?? null, subject, [], [touchpoint.id], message);
}

import type { Stage } from '../../model';
import type { Finding, FindingCode, Severity, SubjectKind } from '../finding';
import { NO_COLUMN, siloNameList, type JourneyIndex, type StageFacts } from '../journey-index';

/** One stage as the stage rules see it: its facts, and the names of its delivering silos worded once for all. */
export class StageScope {
  private deliveringText: string | null = null;

  constructor(
    readonly index: JourneyIndex,
    readonly facts: StageFacts,
  ) {}

  get stage(): Stage {
    return this.facts.stage;
  }

  /** "A, B and C": the silos of D(S). */
  get deliveringNames(): string {
    this.deliveringText ??= siloNameList(this.index, this.facts.delivering);
    return this.deliveringText;
  }
}

/** A diagnosis rule for one stage: appends that stage's findings to `out`, in any order. */
export type StageRule = (scope: StageScope, out: Finding[]) => void;

/** A diagnosis rule over the whole map: appends its findings to `out`, in any order. */
export type MapRule = (index: JourneyIndex, out: Finding[]) => void;

/** A finding record; every rule builds its findings here, so they all have one shape. */
export function finding(
  code: FindingCode,
  severity: Severity,
  stageId: string | null,
  subject: { kind: SubjectKind; id: string },
  siloIds: string[],
  touchpointIds: string[],
  message: string,
): Finding {
  return { code, severity, stageId, subject, siloIds, touchpointIds, message };
}

/** A finding about a stage as a whole (no touchpoints). */
export function stageFinding(code: FindingCode, severity: Severity, stage: Stage, siloIds: string[], message: string): Finding {
  return finding(code, severity, stage.id, { kind: 'stage', id: stage.id }, siloIds, [], message);
}

/** The stage of the touchpoint at this array position, if it is one of the map's stages. */
export function stageOfTouchpoint(index: JourneyIndex, position: number): Stage | undefined {
  return index.stages[index.touchpointColumn[position] ?? NO_COLUMN]?.stage;
}

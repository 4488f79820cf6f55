import type { Finding } from '../finding';
import type { JourneyIndex } from '../journey-index';
import type { NameSource } from '../wording';

/** What every rule reads: the precomputed index and the names to put in sentences. */
export interface RuleContext {
  readonly index: JourneyIndex;
  readonly names: NameSource;
}

/** One diagnosis rule: reads the context, returns its findings in any order. */
export type Rule = (context: RuleContext) => Finding[];

/** The stage id when the stage exists, else null (defensive: the loader guarantees it exists). */
export function knownStageId(context: RuleContext, stageId: string): string | null {
  return context.index.stageById.has(stageId) ? stageId : null;
}

/** The names of silos, in the order given. */
export function siloNames(context: RuleContext, siloIds: readonly string[]): string[] {
  return siloIds.map((siloId) => context.names.siloName(siloId));
}

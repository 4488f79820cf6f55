import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_MAX_CONFLICT_PAIRS,
  analyzeJourneyIncrementally,
  analyzeJourneyWithSummary,
  type AnalysisOptions,
  type Finding,
  type IncrementalAnalysis,
} from '../../../../shared/analysis';
import { buildJourneyIndex } from '../../../../shared/analysis/journey-index';
import { moveTouchpoint, setMapTitle, updateMetric, updateTouchpoint, type JourneyMap } from '../../../../shared/model';
import { journeyMapArbitrary } from '../../../support/arbitraries';
import { generateJourneyMap } from '../../../support/map-generator';
import { analysisMapArbitrary } from './analysis-arbitrary';
import { applyEdit, editArbitrary } from './map-edits';

const startMap = fc.oneof(
  analysisMapArbitrary(),
  journeyMapArbitrary(),
  fc.record({ touchpoints: fc.integer({ min: 20, max: 90 }), seed: fc.nat() }).map((options) => generateJourneyMap(options)),
);
/** Which earlier analysis the next one starts from: mostly the last, sometimes an older one (undo), rarely none. */
const startFrom = fc.nat({ max: 9 });

/** Applies the edits one by one and checks every incremental analysis, and its index, against the full ones. */
function followEdits(start: JourneyMap, steps: { edit: Parameters<typeof applyEdit>[1]; from: number }[], options: AnalysisOptions): void {
  const history: IncrementalAnalysis[] = [analyzeJourneyIncrementally(start, options)];
  expect(history[0]?.summary).toStrictEqual(analyzeJourneyWithSummary(start, options));
  let map = start;
  steps.forEach(({ edit, from }, serial) => {
    map = applyEdit(map, edit, serial);
    const previous = from === 0 ? undefined : from < 3 ? history[Math.max(0, history.length - 1 - from)] : history.at(-1);
    const analysis = analyzeJourneyIncrementally(map, options, previous);
    expect(analysis.summary, `after ${edit.kind}`).toStrictEqual(analyzeJourneyWithSummary(map, options));
    expect(analysis.memo.index, `index after ${edit.kind}`).toStrictEqual(buildJourneyIndex(map));
    history.push(analysis);
  });
}

const steps = fc.array(fc.record({ edit: editArbitrary(), from: startFrom }), { minLength: 1, maxLength: 25 });

describe('analyzeJourneyIncrementally', () => {
  it('after every edit of a random sequence, gives exactly the full analysis', () => {
    fc.assert(
      fc.property(startMap, steps, (start, edits) => followEdits(start, edits, {})),
      { numRuns: 150 },
    );
  });

  it('does so under a small bound on conflicting-message pairs too', () => {
    fc.assert(
      fc.property(startMap, steps, fc.nat({ max: 4 }), (start, edits, bound) => followEdits(start, edits, { maxConflictPairs: bound })),
      { numRuns: 150 },
    );
  });

  it('does so when the bound changes between analyses', () => {
    fc.assert(
      fc.property(
        startMap,
        fc.array(fc.record({ edit: editArbitrary(), bound: fc.option(fc.nat({ max: 3 })) }), { maxLength: 15 }),
        (start, edits) => {
          let map = start;
          let analysis = analyzeJourneyIncrementally(map);
          edits.forEach(({ edit, bound }, serial) => {
            map = applyEdit(map, edit, serial);
            const options = bound === null ? {} : { maxConflictPairs: bound };
            analysis = analyzeJourneyIncrementally(map, options, analysis);
            expect(analysis.summary).toStrictEqual(analyzeJourneyWithSummary(map, options));
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('what an incremental analysis reuses', () => {
  const options = { maxConflictPairs: APP_MAX_CONFLICT_PAIRS };
  const map = generateJourneyMap({ touchpoints: 300, seed: 7 });
  const before = analyzeJourneyIncrementally(map, options);
  const previousFindings = new Set<Finding>(before.summary.findings);

  /** A customer's card (no sender of conflicting messages) moved to a lane that did not deliver its stage yet. */
  function moveQuietCard(): { moved: JourneyMap; cardId: string; stageId: string } {
    const card = map.touchpoints.find((touchpoint) => touchpoint.initiator === 'customer' && touchpoint.siloId !== null);
    const delivering = new Set(
      map.touchpoints.filter((touchpoint) => touchpoint.stageId === card?.stageId).map((touchpoint) => touchpoint.siloId),
    );
    const lane = map.silos.find((silo) => !delivering.has(silo.id));
    if (card === undefined || lane === undefined) throw new Error('the generated map has no such card');
    return { moved: moveTouchpoint(map, card.id, { stageId: card.stageId, siloId: lane.id }), cardId: card.id, stageId: card.stageId };
  }

  it('after a card moves to another lane, keeps every finding outside its stage that does not name it, as the same object', () => {
    const { moved, cardId, stageId } = moveQuietCard();
    const after = analyzeJourneyIncrementally(moved, options, before);
    expect(after.summary).toStrictEqual(analyzeJourneyWithSummary(moved, options));
    const elsewhere = after.summary.findings.filter((finding) => finding.stageId !== stageId && !finding.touchpointIds.includes(cardId));
    expect(elsewhere.length).toBeGreaterThan(100);
    for (const finding of elsewhere) expect(previousFindings.has(finding), finding.message).toBe(true);
    expect(after.summary.findings.some((finding) => !previousFindings.has(finding))).toBe(true);
  });

  it('takes over the index facts of every stage the move left alone', () => {
    const { moved, stageId } = moveQuietCard();
    const index = analyzeJourneyIncrementally(moved, options, before).memo.index;
    for (const facts of index.stages) {
      const earlier = before.memo.index.stageById.get(facts.stage.id);
      if (facts.stage.id === stageId) expect(facts).not.toBe(earlier);
      else expect(facts).toBe(earlier);
    }
  });

  it('after a metric edit, re-diagnoses only that stage', () => {
    const stage = map.stages.find((candidate) => candidate.metrics.length > 0);
    const metric = stage?.metrics[0];
    if (stage === undefined || metric === undefined) throw new Error('the generated map has no metric');
    const edited = updateMetric(map, metric.id, { target: null, ownerSiloIds: [] });
    const after = analyzeJourneyIncrementally(edited, options, before);
    expect(after.summary).toStrictEqual(analyzeJourneyWithSummary(edited, options));
    for (const finding of after.summary.findings) {
      if (finding.stageId !== stage.id) expect(previousFindings.has(finding), finding.message).toBe(true);
    }
    expect(after.memo.conflicts).toBe(before.memo.conflicts);
  });

  it('re-lists the conflicting messages when a sender changes', () => {
    const sender = map.touchpoints.find(
      (touchpoint) => touchpoint.initiator === 'company' && touchpoint.intent === 'sell' && touchpoint.siloId !== null,
    );
    if (sender === undefined) throw new Error('the generated map has no seller');
    const edited = updateTouchpoint(map, sender.id, { intent: 'cancel' });
    const after = analyzeJourneyIncrementally(edited, options, before);
    expect(after.memo.conflicts).not.toBe(before.memo.conflicts);
    expect(after.summary).toStrictEqual(analyzeJourneyWithSummary(edited, options));
  });

  it('hands back the same findings array when the edit touches nothing the rules read', () => {
    const handoffEnds = new Set(map.handoffs.flatMap((handoff) => [handoff.fromTouchpointId, handoff.toTouchpointId]));
    // A card in no finding of its own: owned, no sender, no end of a hand-off.
    const card = map.touchpoints.find(
      (touchpoint) => touchpoint.initiator === 'customer' && touchpoint.siloId !== null && !handoffEnds.has(touchpoint.id),
    );
    if (card === undefined) throw new Error('the generated map has no such card');
    const retitled = analyzeJourneyIncrementally(setMapTitle(map, 'Renamed'), options, before);
    expect(retitled.summary.findings).toBe(before.summary.findings);
    const described = updateTouchpoint(map, card.id, { description: 'A longer story' });
    expect(analyzeJourneyIncrementally(described, options, before).summary.findings).toBe(before.summary.findings);
  });

  it('analyses the same map and bound only once', () => {
    expect(analyzeJourneyIncrementally(map, options, before)).toBe(before);
    expect(analyzeJourneyIncrementally(map, {}, before)).not.toBe(before);
  });
});

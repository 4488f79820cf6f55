import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocumentStore, selectReviewMode, type DocumentStore } from '../../../../renderer/store/document-store';
import {
  addComment,
  copySelection,
  moveTouchpoint,
  newComment,
  pasteClipboard,
  removeComment,
  removeStage,
  removeTouchpoint,
  renameStage,
  setCommentResolved,
  setMapTitle,
  updateMetric,
  updateTouchpoint,
} from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';
import { fixtureMap } from '../analysis/diagnosis-fixture';

type Edit = (map: JourneyMap) => JourneyMap;

/** The map without the parts review mode may change. */
function withoutComments(map: JourneyMap): Omit<JourneyMap, 'comments' | 'updatedAt'> {
  const { comments: _comments, updatedAt: _updatedAt, ...rest } = map;
  return rest;
}

function openForReview(map = fixtureMap()): DocumentStore {
  return createDocumentStore({ map, info: { fileName: 'auto-insurance.journeymap', readOnly: true } });
}

function historyLength(store: DocumentStore): number {
  return store.temporal.getState().pastStates.length;
}

const commentOnStage = (text: string, stageId = 'stage-buy'): Edit => (map) =>
  addComment(map, newComment({ text, author: 'Dana', target: { kind: 'stage', id: stageId } }));

/** Every kind of map edit the canvas, the inspector and the keyboard can make. */
const FORBIDDEN_EDITS: readonly [string, Edit][] = [
  ['drag a card to another lane', (map) => moveTouchpoint(map, 'tp-quote-web', { stageId: 'stage-buy', siloId: 'silo-underwriting' })],
  ['rename a stage', (map) => renameStage(map, 'stage-buy', 'Buy')],
  ['rename the map', (map) => setMapTitle(map, 'Renamed')],
  ['delete a card', (map) => removeTouchpoint(map, 'tp-quote-web')],
  ['delete a stage', (map) => removeStage(map, 'stage-onboard')],
  ['paste a copied card', (map) => pasteClipboard(map, copySelection(map, ['tp-quote-web']), null).map],
  ['edit a touchpoint field', (map) => updateTouchpoint(map, 'tp-quote-web', { emotion: 2 })],
  ['set a metric target', (map) => updateMetric(map, 'metric-claim-cycle', { target: 10 })],
];

describe('review mode in the document store', () => {
  it('starts on for a document opened read-only and off for a writable one', () => {
    expect(selectReviewMode(openForReview().getState())).toBe(true);
    const writable = createDocumentStore({ map: fixtureMap(), info: { fileName: 'a.journeymap', readOnly: false } });
    expect(selectReviewMode(writable.getState())).toBe(false);
  });

  it('holds fixture ids the edits below refer to', () => {
    const map = fixtureMap();
    expect(map.touchpoints.some((tp) => tp.id === 'tp-quote-web')).toBe(true);
    expect(map.stages.flatMap((stage) => stage.metrics).some((metric) => metric.id === 'metric-claim-cycle')).toBe(true);
  });

  it.each(FORBIDDEN_EDITS)('refuses to %s: the map stays the same object and nothing enters the history', (_name, edit) => {
    const store = openForReview();
    const before = store.getState().map;
    expect(edit(before)).not.toBe(before);
    store.getState().applyEdit(edit);
    expect(store.getState().map).toBe(before);
    expect(historyLength(store)).toBe(0);
  });

  it('refuses an edit that adds a comment and changes something else at the same time', () => {
    const store = openForReview();
    const before = store.getState().map;
    store.getState().applyEdit((map) => setMapTitle(commentOnStage('Looks off')(map), 'Sneaky'));
    expect(store.getState().map).toBe(before);
  });

  it('accepts adding and resolving comments, each as one undo step, and changes nothing else', () => {
    const store = openForReview();
    const original = store.getState().map;
    store.getState().applyEdit(commentOnStage('Who owns onboarding?', 'stage-onboard'));
    expect(historyLength(store)).toBe(1);
    const comment = store.getState().map.comments[0];
    expect(comment).toMatchObject({ text: 'Who owns onboarding?', author: 'Dana', resolved: false, target: { kind: 'stage', id: 'stage-onboard' } });
    store.getState().applyEdit((map) => setCommentResolved(map, comment?.id ?? '', true));
    expect(historyLength(store)).toBe(2);
    expect(store.getState().map.comments[0]?.resolved).toBe(true);
    expect(withoutComments(store.getState().map)).toEqual(withoutComments(original));

    store.temporal.getState().undo();
    expect(store.getState().map.comments[0]?.resolved).toBe(false);
    store.temporal.getState().undo();
    expect(store.getState().map).toBe(original);
  });

  it('will not undo or redo, in review mode, an edit made before review mode was turned on', () => {
    const store = createDocumentStore({ map: fixtureMap(), info: { fileName: 'a.journeymap', readOnly: false } });
    store.getState().applyEdit((map) => renameStage(map, 'stage-buy', 'Buy'));
    store.getState().setReviewMode(true);
    const renamed = store.getState().map;

    store.temporal.getState().undo();
    expect(store.getState().map).toBe(renamed);

    store.getState().setReviewMode(false);
    store.temporal.getState().undo();
    expect(store.getState().map.stages.find((stage) => stage.id === 'stage-buy')?.name).toBe('Quote & buy');
    store.getState().setReviewMode(true);
    store.temporal.getState().redo();
    expect(store.getState().map.stages.find((stage) => stage.id === 'stage-buy')?.name).toBe('Quote & buy');
  });

  it('turning review mode on or off is not an edit: no history, the map untouched', () => {
    const store = openForReview();
    const before = store.getState().map;
    store.getState().setReviewMode(false);
    store.getState().setReviewMode(true);
    expect(store.getState().map).toBe(before);
    expect(historyLength(store)).toBe(0);
  });

  it('lets the map be edited once review mode is off', () => {
    const store = openForReview();
    store.getState().setReviewMode(false);
    store.getState().applyEdit((map) => setMapTitle(map, 'Edited after review'));
    expect(store.getState().map.title).toBe('Edited after review');
  });

  it('keeps review mode through a save and follows the read-only flag of each newly loaded document', () => {
    const store = openForReview();
    store.getState().markSaved({ fileName: 'auto-insurance.journeymap', readOnly: false }, store.getState().map);
    expect(store.getState().reviewMode).toBe(true);
    store.getState().loadDocument({ map: fixtureMap(), info: { fileName: 'b.journeymap', readOnly: false } });
    expect(store.getState().reviewMode).toBe(false);
    store.getState().loadDocument({ map: fixtureMap(), info: { fileName: 'c.journeymap', readOnly: true } });
    expect(store.getState().reviewMode).toBe(true);
  });

  it('never lets any sequence of edits, undos and redos change more than the comments', () => {
    const steps = fc.oneof(
      fc.constantFrom(...FORBIDDEN_EDITS.map(([, edit]) => ({ kind: 'edit' as const, edit }))),
      fc.string({ minLength: 1, maxLength: 20 }).map((text) => ({ kind: 'edit' as const, edit: commentOnStage(text) })),
      fc.constant({ kind: 'edit' as const, edit: ((map) => setCommentResolved(map, map.comments[0]?.id ?? '', true)) as Edit }),
      fc.constant({ kind: 'edit' as const, edit: ((map) => removeComment(map, map.comments[0]?.id ?? '')) as Edit }),
      fc.constantFrom({ kind: 'undo' as const }, { kind: 'redo' as const }),
    );
    fc.assert(
      fc.property(fc.array(steps, { maxLength: 30 }), (sequence) => {
        const store = openForReview();
        const original = withoutComments(store.getState().map);
        for (const step of sequence) {
          if (step.kind === 'edit') store.getState().applyEdit(step.edit);
          else if (step.kind === 'undo') store.temporal.getState().undo();
          else store.temporal.getState().redo();
          expect(withoutComments(store.getState().map)).toEqual(original);
        }
      }),
      { numRuns: 200 },
    );
  });
});

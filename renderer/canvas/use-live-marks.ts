/**
 * The diagnosis highlights of the open map, read live by the parts of the canvas that show them: stage
 * badges, column tints, card marks and unowned hand-offs. The canvas's geometry (layout, projection,
 * React Flow's update of every node) follows an edit in a deferred render (JourneyCanvas); the highlights
 * do not wait for it. Each subscriber selects a small value, so an edit re-renders only the headers,
 * cards and arrows whose highlight changed.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { StageBadge, StageStatus } from '../../shared/analysis';
import { useDocument, useDocumentStore, type DocumentState, type DocumentStore } from '../store/document-store';
import type { DiagnosisMarks } from './diagnosis-marks';
import { keyedListeners } from '../store/keyed-flag';
import { stableDiagnosisMarks } from './use-diagnosis-marks';

/** A live selection that keeps its previous value while `same` says nothing changed (no re-render then). */
function useSteadySelection<T>(select: (state: DocumentState) => T, same: (a: T, b: T) => boolean): T {
  const last = useRef<{ value: T } | null>(null);
  return useDocument((state) => {
    const next = select(state);
    const previous = last.current;
    if (previous && same(previous.value, next)) return previous.value;
    last.current = { value: next };
    return next;
  });
}

function sameBadge(a: StageBadge | undefined, b: StageBadge | undefined): boolean {
  return a === b || (!!a && !!b && a.status === b.status && a.label === b.label && a.findingCount === b.findingCount);
}

function sameStatuses(a: ReadonlyMap<string, StageStatus>, b: ReadonlyMap<string, StageStatus>): boolean {
  if (a.size !== b.size) return false;
  for (const [stageId, status] of a) if (b.get(stageId) !== status) return false;
  return true;
}

/** The live badge of a stage (undefined for a stage the current map no longer has). */
export function useLiveStageBadge(stageId: string): StageBadge | undefined {
  const store = useDocumentStore();
  return useSteadySelection((state) => stableDiagnosisMarks(store, state.map).stages.get(stageId), sameBadge);
}

/** The live status of every stage, by stage id. */
export function useLiveStageStatuses(): ReadonlyMap<string, StageStatus> {
  const store = useDocumentStore();
  return useSteadySelection((state) => {
    const statuses = new Map<string, StageStatus>();
    for (const [stageId, badge] of stableDiagnosisMarks(store, state.map).stages) statuses.set(stageId, badge.status);
    return statuses;
  }, sameStatuses);
}

const CONFLICT = 1;
const UNOWNED = 2;

/** A card's marks as one small number (conflict and no-owner bits). */
function markBits(marks: DiagnosisMarks, touchpointId: string): number {
  const card = marks.touchpoints.get(touchpointId);
  if (!card) return 0;
  return (card.conflictsWith.length > 0 ? CONFLICT : 0) | (card.unowned ? UNOWNED : 0);
}

/** The cards whose marks differ between two sets of marks. */
function cardsWithChangedMarks(before: DiagnosisMarks, after: DiagnosisMarks): string[] {
  const changed: string[] = [];
  for (const touchpointId of before.touchpoints.keys()) {
    if (markBits(before, touchpointId) !== markBits(after, touchpointId)) changed.push(touchpointId);
  }
  for (const touchpointId of after.touchpoints.keys()) {
    if (!before.touchpoints.has(touchpointId) && markBits(after, touchpointId) !== 0) changed.push(touchpointId);
  }
  return changed;
}

type Listener = () => void;

interface CardMarksHub {
  subscribe: (touchpointId: string, listener: Listener) => () => void;
}

const cardHubs = new WeakMap<DocumentStore, CardMarksHub>();

/**
 * One document-store subscription for all cards of a map: on a change it compares the old and new marks
 * and wakes only the cards whose marks changed (a thousand cards each running a selector on every change
 * of the document cost more than the edit's own render).
 */
function cardHubFor(store: DocumentStore): CardMarksHub {
  const existing = cardHubs.get(store);
  if (existing) return existing;
  let shown: DiagnosisMarks | null = null;
  let unsubscribeStore: (() => void) | null = null;
  const listeners = keyedListeners(
    () => {
      shown = stableDiagnosisMarks(store, store.getState().map);
      unsubscribeStore = store.subscribe((state) => {
        const marks = stableDiagnosisMarks(store, state.map);
        const before = shown;
        shown = marks;
        if (before === null || before === marks) return;
        for (const touchpointId of cardsWithChangedMarks(before, marks)) listeners.notify(touchpointId);
      });
    },
    () => {
      unsubscribeStore?.();
      unsubscribeStore = null;
      shown = null;
    },
  );
  const hub: CardMarksHub = { subscribe: listeners.subscribe };
  cardHubs.set(store, hub);
  return hub;
}

/** The live marks of a touchpoint card; re-renders the card only when its own marks change. */
export function useLiveCardMarks(touchpointId: string): { conflict: boolean; unowned: boolean } {
  const store = useDocumentStore();
  const hub = cardHubFor(store);
  const subscribe = useCallback((listener: Listener) => hub.subscribe(touchpointId, listener), [hub, touchpointId]);
  const bitsNow = useCallback(
    () => markBits(stableDiagnosisMarks(store, store.getState().map), touchpointId),
    [store, touchpointId],
  );
  const bits = useSyncExternalStore(subscribe, bitsNow, bitsNow);
  return { conflict: (bits & CONFLICT) !== 0, unowned: (bits & UNOWNED) !== 0 };
}

/** True while the hand-off is a cross-silo hand-off nobody owns. */
export function useLiveHandoffUnowned(handoffId: string): boolean {
  const store = useDocumentStore();
  return useDocument((state) => stableDiagnosisMarks(store, state.map).unownedHandoffIds.has(handoffId));
}

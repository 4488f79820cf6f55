/**
 * Everything the canvas can do to the map, shared by the mouse, the keyboard, the palette and the menu
 * commands. Each action is at most one `applyEdit` (one undo step); selection and focus are view state.
 */
import { DEFAULT_LAYOUT_OPTIONS, cellKey, layoutJourney, type CellRef, type JourneyLayout } from '../../shared/layout/grid-layout';
import {
  cellOfItem,
  firstGridItem,
  isOnGrid,
  keyboardMoveTarget,
  moveFocus,
  type Direction,
  type GridItem,
} from '../../shared/layout/grid-navigation';
import {
  addHandoff,
  addSilo,
  addStage,
  addTouchpoint,
  copySelection,
  duplicateTouchpoints,
  moveSilo,
  moveStage,
  moveTouchpoints,
  newHandoff,
  newSilo,
  newStage,
  newTouchpoint,
  parseClipboard,
  pasteClipboard,
  removeHandoff,
  removeSilo,
  removeStage,
  removeTouchpoints,
  serializeClipboard,
  type ClipboardPayload,
} from '../../shared/model';
import type { JourneyMap } from '../../shared/model/types';
import { selectReviewMode, type DocumentStore } from '../store/document-store';
import type { Selection, ViewStore } from '../store/view-store';
import { NO_OWNER_LABEL } from './labels';
import { createWorkshopActions } from './workshop-actions';
import { workshopViewFor, type WorkshopViewStore } from './workshop-view';

/** The system clipboard as far as the canvas needs it (absent or refusing: the in-memory clipboard is used). */
export interface TextClipboard {
  writeText: (text: string) => Promise<void>;
  readText: () => Promise<string>;
}

export interface CanvasActionDeps {
  documentStore: DocumentStore;
  viewStore: ViewStore;
  /** The layout of a map (memoised by the caller). */
  layoutOf?: (map: JourneyMap) => JourneyLayout;
  clipboard?: TextClipboard | null;
  /** The notes and fast-capture view state (default: the one of `documentStore`). */
  workshopView?: WorkshopViewStore;
}

/** What a paste brings: our copied cards, or plain text (one touchpoint per line). */
type PastedContent = { kind: 'cards'; payload: ClipboardPayload } | { kind: 'text'; text: string };

const CLIPBOARD_READ_TIMEOUT_MS = 500;

/**
 * Remembers the last layout so repeated calls for the same map content cost nothing, and lays out a changed
 * map from the last layout, which reuses the cells an edit left alone.
 */
export function createLayoutMemo(): (map: Pick<JourneyMap, 'stages' | 'silos' | 'touchpoints'>) => JourneyLayout {
  let last: { stages: unknown; silos: unknown; touchpoints: unknown; layout: JourneyLayout } | null = null;
  return (map) => {
    if (last && last.stages === map.stages && last.silos === map.silos && last.touchpoints === map.touchpoints) {
      return last.layout;
    }
    const layout = layoutJourney(map, DEFAULT_LAYOUT_OPTIONS, last?.layout ?? null);
    last = { stages: map.stages, silos: map.silos, touchpoints: map.touchpoints, layout };
    return layout;
  };
}

/** Builds the canvas actions over one document store and its view store. */
export function createCanvasActions({
  documentStore,
  viewStore,
  layoutOf = createLayoutMemo(),
  clipboard = null,
  workshopView = workshopViewFor(documentStore),
}: CanvasActionDeps) {
  const map = () => documentStore.getState().map;
  const view = () => viewStore.getState();
  const layout = () => layoutOf(map());

  const readOnly = () => selectReviewMode(documentStore.getState());

  /** Applies one edit and tells whether it changed the map (never in review mode, where the map is read-only). */
  function edit(change: (current: JourneyMap) => JourneyMap): boolean {
    if (readOnly()) return false;
    const before = map();
    documentStore.getState().applyEdit(change);
    return map() !== before;
  }

  function focus(item: GridItem | null): void {
    view().setFocus(item, true);
  }

  function stageName(stageId: string): string {
    return map().stages.find((stage) => stage.id === stageId)?.name ?? 'a stage';
  }

  function siloName(siloId: string | null): string {
    return siloId === null ? NO_OWNER_LABEL : (map().silos.find((silo) => silo.id === siloId)?.name ?? NO_OWNER_LABEL);
  }

  /** The touchpoints an action applies to: the selected ones, else the focused card. */
  function targetTouchpointIds(): string[] {
    const { selection, focus: focused } = view();
    if (selection?.kind === 'touchpoint') {
      const ids = new Set(selection.ids);
      return map()
        .touchpoints.filter((tp) => ids.has(tp.id))
        .map((tp) => tp.id);
    }
    if (!selection && focused?.kind === 'card') return [focused.touchpointId];
    return [];
  }

  /** The cell new or pasted cards go to: the focused one (via its card or headers), else null. */
  function targetCell(): CellRef | null {
    const current = layout();
    const focused = view().focus;
    if (!focused || !isOnGrid(current, focused)) return null;
    const cell = cellOfItem(current, focused);
    if (cell) return { stageId: cell.stageId, siloId: cell.siloId };
    if (focused.kind === 'stage') {
      const lane = current.lanes[0];
      return lane ? { stageId: focused.stageId, siloId: lane.siloId } : null;
    }
    const column = current.columns[0];
    return column && focused.kind === 'silo' ? { stageId: column.stageId, siloId: focused.siloId } : null;
  }

  function selectAndFocusCards(ids: readonly string[]): void {
    view().select(ids.length ? { kind: 'touchpoint', ids } : null);
    const first = ids[0];
    if (first !== undefined) focus({ kind: 'card', touchpointId: first });
  }

  /** Adds a touchpoint to a cell (at `index` among its cards, default last), selects it and starts renaming it. */
  function addTouchpointAt(cell: CellRef, index?: number): string | null {
    const touchpoint = newTouchpoint({ stageId: cell.stageId, siloId: cell.siloId });
    if (!edit((current) => addTouchpoint(current, touchpoint, index))) return null;
    selectAndFocusCards([touchpoint.id]);
    view().startEditing({ kind: 'touchpoint', id: touchpoint.id });
    view().announce(`Added a touchpoint in ${stageName(cell.stageId)}, ${siloName(cell.siloId)}`);
    return touchpoint.id;
  }

  /** Adds a touchpoint where the keyboard focus is (the first cell when nothing is focused). */
  function addTouchpointAtFocus(): string | null {
    const cell = targetCell() ?? layout().cells[0] ?? null;
    return cell ? addTouchpointAt({ stageId: cell.stageId, siloId: cell.siloId }) : null;
  }

  /** Adds a stage at `index` (default: after the focused stage, else last) and starts renaming it. */
  function addStageAt(index?: number): string | null {
    const focused = view().focus;
    const cell = targetCell();
    const after =
      focused?.kind === 'stage' ? focused.stageId : focused?.kind === 'silo' ? null : (cell?.stageId ?? null);
    const position =
      index ?? (after === null ? map().stages.length : map().stages.findIndex((s) => s.id === after) + 1);
    const stage = newStage();
    if (!edit((current) => addStage(current, stage, position))) return null;
    view().select({ kind: 'stage', ids: [stage.id] });
    focus({ kind: 'stage', stageId: stage.id });
    view().startEditing({ kind: 'stage', id: stage.id });
    view().announce('Added a stage');
    return stage.id;
  }

  /** Adds a silo at `index` (default: below the focused lane, else last) and starts renaming it. */
  function addSiloAt(index?: number): string | null {
    const focused = view().focus;
    const lane =
      focused?.kind === 'silo' ? focused.siloId : focused?.kind === 'stage' ? null : (targetCell()?.siloId ?? null);
    const position = index ?? (lane === null ? map().silos.length : map().silos.findIndex((s) => s.id === lane) + 1);
    const silo = newSilo(map());
    if (!edit((current) => addSilo(current, silo, position))) return null;
    view().select({ kind: 'silo', ids: [silo.id] });
    focus({ kind: 'silo', siloId: silo.id });
    view().startEditing({ kind: 'silo', id: silo.id });
    view().announce('Added a silo');
    return silo.id;
  }

  /** What Delete removes: the selection, else the focused card, stage or silo. */
  function deletionTarget(): Selection | null {
    const { selection, focus: focused } = view();
    if (selection) return selection;
    if (focused?.kind === 'card') return { kind: 'touchpoint', ids: [focused.touchpointId] };
    if (focused?.kind === 'stage') return { kind: 'stage', ids: [focused.stageId] };
    if (focused?.kind === 'silo' && focused.siloId !== null) return { kind: 'silo', ids: [focused.siloId] };
    return null;
  }

  function focusAfterRemoval(before: JourneyLayout, removed: Selection): void {
    const after = layout();
    const focused = view().focus;
    if (focused && isOnGrid(after, focused)) {
      focus(focused);
      return;
    }
    let next: GridItem | null = null;
    if (removed.kind === 'touchpoint' && focused?.kind === 'card') {
      const card = before.cards.get(focused.touchpointId);
      const cell = card ? before.cellByKey.get(card.cellKey) : undefined;
      const now = cell ? after.cellByKey.get(cellKey(cell.stageId, cell.siloId)) : undefined;
      if (now && card) {
        const id = now.touchpointIds[Math.min(card.indexInCell, now.touchpointIds.length - 1)];
        next =
          id === undefined
            ? { kind: 'cell', stageId: now.stageId, siloId: now.siloId }
            : { kind: 'card', touchpointId: id };
      }
    } else if (removed.kind === 'stage' && focused?.kind === 'stage') {
      const index = before.columns.findIndex((column) => column.stageId === focused.stageId);
      const column = after.columns[Math.min(index, after.columns.length - 1)];
      next = column ? { kind: 'stage', stageId: column.stageId } : null;
    } else if (removed.kind === 'silo' && focused?.kind === 'silo') {
      const index = before.lanes.findIndex((lane) => lane.siloId === focused.siloId);
      const lane = after.lanes[Math.min(index, after.lanes.length - 1)];
      next = lane ? { kind: 'silo', siloId: lane.siloId } : null;
    }
    focus(next && isOnGrid(after, next) ? next : firstGridItem(after));
  }

  /** Removes the selected (or focused) items in one undoable step. */
  function deleteSelection(): boolean {
    const target = deletionTarget();
    if (!target) return false;
    const before = layout();
    const ids = target.ids;
    const removed = edit((current) => {
      switch (target.kind) {
        case 'touchpoint':
          return removeTouchpoints(current, ids);
        case 'stage':
          return ids.reduce(removeStage, current);
        case 'silo':
          return ids.reduce(removeSilo, current);
        case 'handoff':
          return ids.reduce(removeHandoff, current);
      }
    });
    if (!removed) return false;
    view().select(null);
    const noun = { touchpoint: 'touchpoint', stage: 'stage', silo: 'silo', handoff: 'hand-off' }[target.kind];
    view().announce(`Deleted ${ids.length} ${noun}${ids.length === 1 ? '' : 's'}`);
    focusAfterRemoval(before, target);
    return true;
  }

  /** Copies the selected (or focused) cards to the clipboard; returns what was copied. */
  function copy(): ClipboardPayload | null {
    const ids = targetTouchpointIds();
    if (ids.length === 0) return null;
    const payload = copySelection(map(), ids);
    view().setClipboard(payload);
    clipboard?.writeText(serializeClipboard(payload)).catch(() => undefined);
    view().announce(`Copied ${ids.length} touchpoint${ids.length === 1 ? '' : 's'}`);
    return payload;
  }

  /** Copies the selected cards and removes them (one undo step). */
  function cut(): boolean {
    const ids = targetTouchpointIds();
    if (ids.length === 0 || !copy()) return false;
    const before = layout();
    if (!edit((current) => removeTouchpoints(current, ids))) return false;
    view().select(null);
    view().announce(`Cut ${ids.length} touchpoint${ids.length === 1 ? '' : 's'}`);
    focusAfterRemoval(before, { kind: 'touchpoint', ids });
    return true;
  }

  async function readClipboard(): Promise<PastedContent | null> {
    if (clipboard) {
      try {
        const text = await Promise.race([
          clipboard.readText(),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), CLIPBOARD_READ_TIMEOUT_MS)),
        ]);
        const payload = parseClipboard(text);
        if (payload) return { kind: 'cards', payload };
        if (text.trim()) return { kind: 'text', text };
      } catch {
        // Not permitted or not available: fall back to the in-memory clipboard.
      }
    }
    const copied = view().clipboard;
    return copied ? { kind: 'cards', payload: copied } : null;
  }

  /**
   * Pastes copied cards into the focused cell (or back into their own cells) and selects them; plain
   * text becomes one touchpoint per non-empty line in the focused cell. One undo step either way.
   */
  async function paste(): Promise<string[]> {
    const content = await readClipboard();
    if (!content) return [];
    if (content.kind === 'text') return workshop.addTouchpointsFromText(content.text);
    const payload = content.payload;
    const cell = targetCell();
    let pasted: string[] = [];
    edit((current) => {
      const result = pasteClipboard(current, payload, cell);
      pasted = result.pastedIds;
      return result.map;
    });
    if (pasted.length) {
      selectAndFocusCards(pasted);
      view().announce(`Pasted ${pasted.length} touchpoint${pasted.length === 1 ? '' : 's'}`);
    }
    return pasted;
  }

  /** Duplicates the selected (or focused) cards next to the originals and selects the copies. */
  function duplicate(): string[] {
    const ids = targetTouchpointIds();
    if (ids.length === 0) return [];
    let copies: string[] = [];
    edit((current) => {
      const result = duplicateTouchpoints(current, ids);
      copies = result.pastedIds;
      return result.map;
    });
    if (copies.length) {
      selectAndFocusCards(copies);
      view().announce(`Duplicated ${copies.length} touchpoint${copies.length === 1 ? '' : 's'}`);
    }
    return copies;
  }

  /** Selects every touchpoint. */
  function selectAll(): void {
    const ids = [...layout().cards.keys()];
    view().select(ids.length ? { kind: 'touchpoint', ids } : null);
    view().announce(`Selected ${ids.length} touchpoint${ids.length === 1 ? '' : 's'}`);
  }

  /** Moves the keyboard focus with an arrow key (from the first header when nothing is focused). */
  function moveFocusBy(direction: Direction): void {
    const current = layout();
    const focused = view().focus;
    const next =
      focused && isOnGrid(current, focused) ? moveFocus(current, focused, direction) : firstGridItem(current);
    if (next) focus(next);
  }

  /**
   * Moves cards into a cell at `index` among the cards that stay there (the drop of a drag, Alt+arrows).
   * One undo step; nothing is recorded when nothing moves.
   */
  function moveCards(ids: readonly string[], cell: CellRef, index: number): boolean {
    const moving = new Set(ids);
    const staying = (layout().cellByKey.get(cellKey(cell.stageId, cell.siloId))?.touchpointIds ?? []).filter(
      (id) => !moving.has(id),
    );
    const beforeTouchpointId = staying[index] ?? null;
    const moved = edit((current) => moveTouchpoints(current, ids, { ...cell, beforeTouchpointId }));
    if (moved) {
      const count = ids.length === 1 ? 'the touchpoint' : `${ids.length} touchpoints`;
      view().announce(`Moved ${count} to ${stageName(cell.stageId)}, ${siloName(cell.siloId)}`);
    }
    return moved;
  }

  /** Moves a stage column to `index`. */
  function moveStageTo(stageId: string, index: number): boolean {
    const moved = edit((current) => moveStage(current, stageId, index));
    if (moved) view().announce(`Moved stage ${stageName(stageId)} to position ${index + 1}`);
    return moved;
  }

  /** Moves a silo lane to `index`. */
  function moveSiloTo(siloId: string, index: number): boolean {
    const moved = edit((current) => moveSilo(current, siloId, index));
    if (moved) view().announce(`Moved silo ${siloName(siloId)} to position ${index + 1}`);
    return moved;
  }

  /** The cards Alt+arrows moves with the focused card: the touchpoint selection it is part of, else the card alone. */
  function cardsMovingWith(touchpointId: string): string[] {
    const { selection } = view();
    if (selection?.kind !== 'touchpoint' || !selection.ids.includes(touchpointId)) return [touchpointId];
    const cards = layout().cards;
    return selection.ids.filter((id) => cards.has(id));
  }

  /**
   * Alt+arrows: moves the focused card (with the selection it is part of) to the neighbouring cell or
   * position, or the focused header along its row/column. One undo step.
   */
  function moveFocusedItem(direction: Direction): boolean {
    const focused = view().focus;
    const current = layout();
    if (!focused) return false;
    let moved = false;
    if (focused.kind === 'card') {
      const ids = cardsMovingWith(focused.touchpointId);
      const target = keyboardMoveTarget(current, focused.touchpointId, direction, new Set(ids));
      if (target) moved = moveCards(ids, target, target.index);
    } else if (focused.kind === 'stage' && (direction === 'left' || direction === 'right')) {
      const index = map().stages.findIndex((stage) => stage.id === focused.stageId);
      moved = index >= 0 && moveStageTo(focused.stageId, Math.max(0, index + (direction === 'left' ? -1 : 1)));
    } else if (focused.kind === 'silo' && focused.siloId !== null && (direction === 'up' || direction === 'down')) {
      const index = map().silos.findIndex((silo) => silo.id === focused.siloId);
      moved = index >= 0 && moveSiloTo(focused.siloId, Math.max(0, index + (direction === 'up' ? -1 : 1)));
    }
    focus(focused);
    return moved;
  }

  /** Starts renaming the focused card or header. */
  function editFocused(): boolean {
    const focused = view().focus;
    if (readOnly()) return false;
    if (focused?.kind === 'card') view().startEditing({ kind: 'touchpoint', id: focused.touchpointId });
    else if (focused?.kind === 'stage') view().startEditing({ kind: 'stage', id: focused.stageId });
    else if (focused?.kind === 'silo' && focused.siloId !== null)
      view().startEditing({ kind: 'silo', id: focused.siloId });
    else return false;
    return true;
  }

  /** Connects two touchpoints with a hand-off and selects it; false when refused (same card, duplicate). */
  function connect(fromTouchpointId: string, toTouchpointId: string): boolean {
    const handoff = newHandoff(fromTouchpointId, toTouchpointId);
    if (!edit((current) => addHandoff(current, handoff))) return false;
    view().select({ kind: 'handoff', ids: [handoff.id] });
    const title = (id: string) => map().touchpoints.find((tp) => tp.id === id)?.title ?? '';
    view().announce(`Added a hand-off from ${title(fromTouchpointId)} to ${title(toTouchpointId)}`);
    return true;
  }

  /**
   * Keyboard hand-offs: the first call remembers the focused card as the start, the second (on another
   * card) connects them.
   */
  function connectFromFocus(): boolean {
    const focused = view().focus;
    if (readOnly()) return false;
    const from = view().connectingFrom;
    if (focused?.kind !== 'card') return false;
    if (from === null || from === focused.touchpointId) {
      view().setConnectingFrom(from === null ? focused.touchpointId : null);
      view().announce(
        from === null
          ? 'Hand-off started: move to the card to hand off to and press Enter or H. Escape cancels.'
          : 'Hand-off cancelled',
      );
      return true;
    }
    view().setConnectingFrom(null);
    return connect(from, focused.touchpointId);
  }

  const workshop = createWorkshopActions({
    viewStore,
    workshopView,
    map,
    layout,
    readOnly,
    edit,
    targetCell,
    addTouchpointAtFocus,
    selectAndFocusCards,
    cellName: (cell) => `${stageName(cell.stageId)}, ${siloName(cell.siloId)}`,
  });

  return {
    ...workshop,
    targetCell,
    addTouchpointAt,
    addTouchpointAtFocus,
    addStageAt,
    addSiloAt,
    deleteSelection,
    copy,
    cut,
    paste,
    duplicate,
    selectAll,
    moveFocusBy,
    moveCards,
    moveStageTo,
    moveSiloTo,
    moveFocusedItem,
    editFocused,
    connect,
    connectFromFocus,
  };
}

export type CanvasActions = ReturnType<typeof createCanvasActions>;

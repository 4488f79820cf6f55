import { describe, expect, it, vi } from 'vitest';
import { createCanvasActions, type TextClipboard } from '../../../../renderer/canvas/canvas-actions';
import { serializeClipboard } from '../../../../shared/model';
import { storesFor, tp, undoSteps, workshopMap } from './canvas-fixtures';

function setup(options: { readOnly?: boolean; clipboard?: TextClipboard | null } = {}) {
  const { documentStore, viewStore } = storesFor(workshopMap(), options.readOnly);
  const actions = createCanvasActions({ documentStore, viewStore, clipboard: options.clipboard ?? null });
  const map = () => documentStore.getState().map;
  const titlesIn = (stageId: string, siloId: string | null) =>
    map()
      .touchpoints.filter((t) => t.stageId === stageId && t.siloId === siloId)
      .map((t) => t.title);
  return { documentStore, viewStore, actions, map, titlesIn };
}

describe('adding', () => {
  it('adds a touchpoint to a cell in one undo step, selects it and starts renaming it', () => {
    const { actions, documentStore, viewStore, map } = setup();
    const id = actions.addTouchpointAt({ stageId: 's2', siloId: 'sales' }, 0);
    expect(id).not.toBeNull();
    expect(
      map()
        .touchpoints.filter((t) => t.stageId === 's2' && t.siloId === 'sales')
        .map((t) => t.id),
    ).toEqual([id, 'quote']);
    expect(undoSteps(documentStore)).toBe(1);
    expect(viewStore.getState().selection).toEqual({ kind: 'touchpoint', ids: [id] });
    expect(viewStore.getState().editing).toEqual({ kind: 'touchpoint', id });
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: id });
  });

  it('adds the touchpoint where the keyboard focus is', () => {
    const { actions, viewStore, titlesIn } = setup();
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'invoice' });
    actions.addTouchpointAtFocus();
    expect(titlesIn('s2', 'billing')).toEqual(['Invoice', 'New touchpoint']);
    viewStore.getState().setFocus({ kind: 'cell', stageId: 's1', siloId: 'billing' });
    actions.addTouchpointAtFocus();
    expect(titlesIn('s1', 'billing')).toEqual(['New touchpoint']);
  });

  it('adds a stage after the focused stage and a silo below the focused lane', () => {
    const { actions, viewStore, map } = setup();
    viewStore.getState().setFocus({ kind: 'stage', stageId: 's1' });
    const stageId = actions.addStageAt();
    expect(map().stages.map((s) => s.id)).toEqual(['s1', stageId, 's2']);
    expect(viewStore.getState().editing).toEqual({ kind: 'stage', id: stageId });
    viewStore.getState().setFocus({ kind: 'silo', siloId: 'sales' });
    const siloId = actions.addSiloAt();
    expect(map().silos.map((s) => s.id)).toEqual(['sales', siloId, 'billing']);
  });
});

describe('moving', () => {
  it('moves a dragged card to another lane at the drop position, changing its owner, in one undo step', () => {
    const { actions, documentStore, map, titlesIn } = setup();
    expect(actions.moveCards(['ad'], { stageId: 's2', siloId: 'billing' }, 0)).toBe(true);
    expect(map().touchpoints.find((t) => t.id === 'ad')).toMatchObject({ stageId: 's2', siloId: 'billing' });
    expect(titlesIn('s2', 'billing')).toEqual(['Ad', 'Invoice']);
    expect(undoSteps(documentStore)).toBe(1);
  });

  it('records nothing when a card is dropped where it already is', () => {
    const { actions, documentStore } = setup();
    expect(actions.moveCards(['ad'], { stageId: 's1', siloId: 'sales' }, 0)).toBe(false);
    expect(undoSteps(documentStore)).toBe(0);
  });

  it('moves several selected cards together keeping their order', () => {
    const { actions, titlesIn } = setup();
    actions.moveCards(['ad', 'invoice'], { stageId: 's1', siloId: null }, 0);
    expect(titlesIn('s1', null)).toEqual(['Ad', 'Invoice', 'Stray']);
  });

  it('moves the focused card with Alt+arrows: along the lane, and into the next lane at the cell edge', () => {
    const { actions, viewStore, map } = setup();
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });
    actions.moveFocusedItem('right');
    expect(map().touchpoints.find((t) => t.id === 'ad')).toMatchObject({ stageId: 's2', siloId: 'sales' });
    actions.moveFocusedItem('down');
    actions.moveFocusedItem('down');
    expect(map().touchpoints.find((t) => t.id === 'ad')).toMatchObject({ stageId: 's2', siloId: 'billing' });
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: 'ad' });
  });

  it('moves a whole selection with Alt+arrows when the focused card is part of it, one undo step per key', () => {
    const { actions, documentStore, viewStore, map, titlesIn } = setup();
    viewStore.getState().select({ kind: 'touchpoint', ids: ['stray', 'ad'] });
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });

    expect(actions.moveFocusedItem('right')).toBe(true);
    expect(titlesIn('s2', 'sales')).toEqual(['Ad', 'Stray', 'Quote']);
    expect(titlesIn('s1', null)).toEqual([]);
    expect(map().touchpoints.find((t) => t.id === 'stray')).toMatchObject({ stageId: 's2', siloId: 'sales' });
    expect(undoSteps(documentStore)).toBe(1);

    actions.moveFocusedItem('down');
    expect(titlesIn('s2', 'sales')).toEqual(['Quote', 'Ad', 'Stray']);
    actions.moveFocusedItem('down');
    expect(titlesIn('s2', 'sales')).toEqual(['Quote']);
    expect(titlesIn('s2', 'billing')).toEqual(['Ad', 'Stray', 'Invoice']);
    expect(undoSteps(documentStore)).toBe(3);
    expect(viewStore.getState().selection).toEqual({ kind: 'touchpoint', ids: ['stray', 'ad'] });
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: 'ad' });

    actions.moveFocusedItem('left');
    expect(titlesIn('s1', 'billing')).toEqual(['Ad', 'Stray']);
    documentStore.temporal.getState().undo();
    expect(titlesIn('s2', 'billing')).toEqual(['Ad', 'Stray', 'Invoice']);
    expect(titlesIn('s1', 'billing')).toEqual([]);
  });

  it('gathers a selection spread over several cells into the focused card\'s target cell', () => {
    const { actions, viewStore, titlesIn } = setup();
    viewStore.getState().select({ kind: 'touchpoint', ids: ['quote', 'invoice'] });
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'invoice' });
    actions.moveFocusedItem('left');
    expect(titlesIn('s1', 'billing')).toEqual(['Quote', 'Invoice']);
    expect(titlesIn('s2', 'sales')).toEqual([]);
  });

  it('moves only the focused card when it is not part of the selection', () => {
    const { actions, viewStore, titlesIn } = setup();
    viewStore.getState().select({ kind: 'touchpoint', ids: ['quote', 'invoice'] });
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });
    actions.moveFocusedItem('right');
    expect(titlesIn('s2', 'sales')).toEqual(['Ad', 'Quote']);
    expect(titlesIn('s2', 'billing')).toEqual(['Invoice']);
  });

  it('reorders stages and silos from their focused headers', () => {
    const { actions, viewStore, map } = setup();
    viewStore.getState().setFocus({ kind: 'stage', stageId: 's2' });
    actions.moveFocusedItem('left');
    expect(map().stages.map((s) => s.id)).toEqual(['s2', 's1']);
    viewStore.getState().setFocus({ kind: 'silo', siloId: 'billing' });
    actions.moveFocusedItem('up');
    expect(map().silos.map((s) => s.id)).toEqual(['billing', 'sales']);
  });
});

describe('deleting', () => {
  it('removes the selection in one undo step and undo brings it back exactly', () => {
    const { actions, documentStore, viewStore, map } = setup();
    const before = map();
    viewStore.getState().select({ kind: 'touchpoint', ids: ['quote', 'invoice'] });
    expect(actions.deleteSelection()).toBe(true);
    expect(map().touchpoints.map((t) => t.id)).toEqual(['ad', 'stray']);
    expect(map().handoffs).toEqual([]);
    expect(viewStore.getState().selection).toBeNull();
    documentStore.temporal.getState().undo();
    expect(map()).toBe(before);
  });

  it('removes the focused card when nothing is selected and focuses its neighbour', () => {
    const { actions, viewStore, documentStore } = setup();
    documentStore.getState().applyEdit((m) => ({
      ...m,
      touchpoints: [...m.touchpoints, tp('ad2', 's1', 'sales', 'Ad 2')],
    }));
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });
    actions.deleteSelection();
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: 'ad2' });
    actions.deleteSelection();
    expect(viewStore.getState().focus).toEqual({ kind: 'cell', stageId: 's1', siloId: 'sales' });
  });

  it('removes a selected stage or hand-off', () => {
    const { actions, viewStore, map } = setup();
    viewStore.getState().select({ kind: 'handoff', ids: ['h-cross'] });
    actions.deleteSelection();
    expect(map().handoffs.map((h) => h.id)).toEqual(['h-same']);
    viewStore.getState().select({ kind: 'stage', ids: ['s2'] });
    actions.deleteSelection();
    expect(map().stages.map((s) => s.id)).toEqual(['s1']);
  });
});

describe('clipboard', () => {
  it('copies to the in-memory clipboard and pastes into the focused cell as new cards', async () => {
    const { actions, viewStore, titlesIn, documentStore } = setup();
    viewStore.getState().select({ kind: 'touchpoint', ids: ['quote', 'invoice'] });
    expect(actions.copy()?.touchpoints.map((t) => t.id)).toEqual(['quote', 'invoice']);
    viewStore.getState().select(null);
    viewStore.getState().setFocus({ kind: 'cell', stageId: 's1', siloId: 'billing' });
    const pasted = await actions.paste();
    expect(pasted).toHaveLength(2);
    expect(titlesIn('s1', 'billing')).toEqual(['Quote', 'Invoice']);
    expect(viewStore.getState().selection).toEqual({ kind: 'touchpoint', ids: pasted });
    expect(documentStore.getState().map.handoffs).toHaveLength(3);
    expect(undoSteps(documentStore)).toBe(1);
  });

  it('writes the system clipboard when allowed and reads it back on paste', async () => {
    let text = '';
    const clipboard: TextClipboard = {
      writeText: vi.fn(async (value: string) => void (text = value)),
      readText: vi.fn(async () => text),
    };
    const { actions, viewStore, titlesIn } = setup({ clipboard });
    viewStore.getState().select({ kind: 'touchpoint', ids: ['ad'] });
    actions.copy();
    expect(clipboard.writeText).toHaveBeenCalled();
    viewStore.getState().setClipboard(null);
    viewStore.getState().setFocus({ kind: 'cell', stageId: 's2', siloId: 'sales' });
    await actions.paste();
    expect(titlesIn('s2', 'sales')).toEqual(['Quote', 'Ad']);
  });

  it('falls back to the in-memory clipboard when the system clipboard refuses', async () => {
    const clipboard: TextClipboard = {
      writeText: () => Promise.reject(new Error('denied')),
      readText: () => Promise.reject(new Error('denied')),
    };
    const { actions, viewStore, titlesIn } = setup({ clipboard });
    viewStore.getState().select({ kind: 'touchpoint', ids: ['stray'] });
    actions.copy();
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'invoice' });
    viewStore.getState().select(null);
    await actions.paste();
    expect(titlesIn('s2', 'billing')).toEqual(['Invoice', 'Stray']);
  });

  it('pastes plain text (not our copied cards) as one touchpoint per non-empty line in the focused cell, in one undo step', async () => {
    const clipboard: TextClipboard = {
      writeText: async () => undefined,
      readText: async () => 'Welcome call\r\n\n  • Policy documents  \nFirst bill\n',
    };
    const { actions, viewStore, documentStore, titlesIn } = setup({ clipboard });
    viewStore.getState().setFocus({ kind: 'cell', stageId: 's1', siloId: 'billing' });
    const pasted = await actions.paste();
    expect(pasted).toHaveLength(3);
    expect(titlesIn('s1', 'billing')).toEqual(['Welcome call', 'Policy documents', 'First bill']);
    expect(undoSteps(documentStore)).toBe(1);
    expect(viewStore.getState().selection).toEqual({ kind: 'touchpoint', ids: pasted });
    expect(serializeClipboard({ touchpoints: [], handoffs: [] })).toContain('journeymap');
  });

  it('pastes nothing for blank clipboard text', async () => {
    const clipboard: TextClipboard = { writeText: async () => undefined, readText: async () => ' \n\t\n' };
    const { actions, map } = setup({ clipboard });
    expect(await actions.paste()).toEqual([]);
    expect(map().touchpoints).toHaveLength(4);
  });

  it('cuts in one undo step and duplicates next to the originals', () => {
    const { actions, viewStore, map, documentStore, titlesIn } = setup();
    viewStore.getState().select({ kind: 'touchpoint', ids: ['ad'] });
    const copies = actions.duplicate();
    expect(titlesIn('s1', 'sales')).toEqual(['Ad', 'Ad']);
    expect(viewStore.getState().selection).toEqual({ kind: 'touchpoint', ids: copies });
    expect(actions.cut()).toBe(true);
    expect(map().touchpoints.map((t) => t.id)).not.toContain(copies[0]);
    expect(viewStore.getState().clipboard?.touchpoints).toHaveLength(1);
    expect(undoSteps(documentStore)).toBe(2);
  });

  it('selects every touchpoint', () => {
    const { actions, viewStore } = setup();
    actions.selectAll();
    expect(viewStore.getState().selection?.ids).toHaveLength(4);
  });
});

describe('hand-offs', () => {
  it('connects two cards once; a duplicate or a self-hand-off is refused', () => {
    const { actions, map, viewStore } = setup();
    expect(actions.connect('ad', 'invoice')).toBe(true);
    expect(viewStore.getState().selection?.kind).toBe('handoff');
    expect(actions.connect('ad', 'invoice')).toBe(false);
    expect(actions.connect('ad', 'ad')).toBe(false);
    expect(map().handoffs).toHaveLength(3);
  });

  it('makes a hand-off with the keyboard: H on the first card, then H on the second', () => {
    const { actions, viewStore, map } = setup();
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'stray' });
    actions.connectFromFocus();
    expect(viewStore.getState().connectingFrom).toBe('stray');
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'invoice' });
    actions.connectFromFocus();
    expect(viewStore.getState().connectingFrom).toBeNull();
    expect(map().handoffs.at(-1)).toMatchObject({ fromTouchpointId: 'stray', toTouchpointId: 'invoice' });
  });
});

describe('focus', () => {
  it('walks the grid with the arrow keys, starting at the first stage header', () => {
    const { actions, viewStore } = setup();
    actions.moveFocusBy('down');
    expect(viewStore.getState().focus).toEqual({ kind: 'stage', stageId: 's1' });
    actions.moveFocusBy('down');
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: 'ad' });
    actions.moveFocusBy('right');
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: 'quote' });
    expect(viewStore.getState().focusRequest).toBe(3);
  });
});

describe('review mode', () => {
  it('changes nothing when the map is read-only', async () => {
    const { actions, viewStore, map } = setup({ readOnly: true });
    const before = map();
    actions.addTouchpointAt({ stageId: 's1', siloId: 'sales' });
    actions.addStageAt();
    actions.moveCards(['ad'], { stageId: 's2', siloId: 'billing' }, 0);
    viewStore.getState().select({ kind: 'touchpoint', ids: ['ad'] });
    actions.deleteSelection();
    actions.copy();
    await actions.paste();
    expect(actions.duplicate()).toEqual([]);
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });
    expect(actions.editFocused()).toBe(false);
    expect(map()).toBe(before);
  });
});

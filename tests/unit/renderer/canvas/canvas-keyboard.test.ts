import { describe, expect, it, vi } from 'vitest';
import { createCanvasActions } from '../../../../renderer/canvas/canvas-actions';
import { handleCanvasKey, modifierCommand, type CanvasKeyEvent } from '../../../../renderer/canvas/canvas-keyboard';
import { storesFor } from './canvas-fixtures';

function setup() {
  const { documentStore, viewStore } = storesFor();
  const actions = createCanvasActions({ documentStore, viewStore });
  const zoom = { zoomIn: vi.fn(), zoomOut: vi.fn(), fit: vi.fn() };
  const press = (key: string, modifiers: Partial<CanvasKeyEvent> = {}, target: EventTarget | null = null) =>
    handleCanvasKey(
      { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target, ...modifiers },
      actions,
      viewStore,
      zoom,
      false,
    );
  return { documentStore, viewStore, press, zoom };
}

describe('canvas keyboard', () => {
  it('moves focus with the arrow keys', () => {
    const { press, viewStore } = setup();
    expect(press('ArrowRight')).toBe(true);
    expect(viewStore.getState().focus).toEqual({ kind: 'stage', stageId: 's1' });
    press('ArrowRight');
    expect(viewStore.getState().focus).toEqual({ kind: 'stage', stageId: 's2' });
  });

  it('adds a touchpoint in the focused cell with N and starts editing its title', () => {
    const { press, viewStore, documentStore } = setup();
    viewStore.getState().setFocus({ kind: 'cell', stageId: 's1', siloId: 'billing' });
    expect(press('n')).toBe(true);
    const added = documentStore.getState().map.touchpoints.find((t) => t.stageId === 's1' && t.siloId === 'billing');
    expect(added?.title).toBe('New touchpoint');
    expect(viewStore.getState().editing).toEqual({ kind: 'touchpoint', id: added?.id });
  });

  it('starts renaming with Enter or F2 and removes with Delete', () => {
    const { press, viewStore, documentStore } = setup();
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });
    press('F2');
    expect(viewStore.getState().editing).toEqual({ kind: 'touchpoint', id: 'ad' });
    viewStore.getState().stopEditing();
    press('Enter');
    expect(viewStore.getState().editing).toEqual({ kind: 'touchpoint', id: 'ad' });
    viewStore.getState().stopEditing();
    press('Delete');
    expect(documentStore.getState().map.touchpoints.map((t) => t.id)).not.toContain('ad');
  });

  it('moves the focused card with Alt+arrow', () => {
    const { press, viewStore, documentStore } = setup();
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });
    press('ArrowRight', { altKey: true });
    expect(documentStore.getState().map.touchpoints.find((t) => t.id === 'ad')?.stageId).toBe('s2');
  });

  it('moves cards picked with Space and Shift+Space together with Alt+arrow, in one undo step', () => {
    const { press, viewStore, documentStore } = setup();
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'quote' });
    press(' ');
    press('ArrowDown');
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: 'invoice' });
    press(' ', { shiftKey: true });
    press('ArrowLeft', { altKey: true });
    const cell = (id: string) => documentStore.getState().map.touchpoints.find((t) => t.id === id);
    expect(cell('quote')).toMatchObject({ stageId: 's1', siloId: 'billing' });
    expect(cell('invoice')).toMatchObject({ stageId: 's1', siloId: 'billing' });
    expect(documentStore.temporal.getState().pastStates).toHaveLength(1);
  });

  it('selects with Space and extends the selection with Shift+Space', () => {
    const { press, viewStore } = setup();
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });
    press(' ');
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'quote' });
    press(' ', { shiftKey: true });
    expect(viewStore.getState().selection).toEqual({ kind: 'touchpoint', ids: ['ad', 'quote'] });
    press('Escape');
    expect(viewStore.getState().selection).toBeNull();
  });

  it('copies, pastes and duplicates with Ctrl (Cmd on macOS)', async () => {
    const { press, viewStore, documentStore } = setup();
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });
    expect(press('c', { ctrlKey: true })).toBe(true);
    expect(viewStore.getState().clipboard?.touchpoints.map((t) => t.id)).toEqual(['ad']);
    press('d', { ctrlKey: true });
    expect(documentStore.getState().map.touchpoints).toHaveLength(5);
    expect(
      modifierCommand({ key: 'v', metaKey: true, ctrlKey: false, altKey: false, shiftKey: false, target: null }, true),
    ).toBe('paste');
    expect(
      modifierCommand({ key: 'v', metaKey: false, ctrlKey: true, altKey: false, shiftKey: false, target: null }, true),
    ).toBeNull();
  });

  it('zooms with + and - and fits with 0', () => {
    const { press, zoom } = setup();
    press('+');
    press('-');
    press('0');
    expect(zoom.zoomIn).toHaveBeenCalledTimes(1);
    expect(zoom.zoomOut).toHaveBeenCalledTimes(1);
    expect(zoom.fit).toHaveBeenCalledTimes(1);
  });

  it('never fires while typing in a text field or renaming', () => {
    const { press, viewStore, documentStore } = setup();
    const input = document.createElement('input');
    viewStore.getState().setFocus({ kind: 'card', touchpointId: 'ad' });
    expect(press('n', {}, input)).toBe(false);
    expect(press('Delete', {}, input)).toBe(false);
    expect(press('c', { ctrlKey: true }, input)).toBe(false);
    viewStore.getState().startEditing({ kind: 'touchpoint', id: 'ad' });
    expect(press('Delete')).toBe(false);
    expect(documentStore.getState().map.touchpoints).toHaveLength(4);
  });
});

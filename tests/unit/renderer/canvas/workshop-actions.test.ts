import { describe, expect, it } from 'vitest';
import { createCanvasActions } from '../../../../renderer/canvas/canvas-actions';
import { NEW_NOTE_TEXT } from '../../../../renderer/canvas/workshop-actions';
import { workshopViewFor } from '../../../../renderer/canvas/workshop-view';
import type { JourneyMap } from '../../../../shared/model/types';
import { storesFor, undoSteps, workshopMap } from './canvas-fixtures';

function setup(options: { readOnly?: boolean; map?: JourneyMap } = {}) {
  const { documentStore, viewStore } = storesFor(options.map ?? workshopMap(), options.readOnly);
  const workshopView = workshopViewFor(documentStore);
  const actions = createCanvasActions({ documentStore, viewStore });
  const map = () => documentStore.getState().map;
  const titlesIn = (stageId: string, siloId: string | null) =>
    map()
      .touchpoints.filter((t) => t.stageId === stageId && t.siloId === siloId)
      .map((t) => t.title);
  const steps = () => undoSteps(documentStore);
  return { documentStore, viewStore, workshopView, actions, map, titlesIn, steps };
}

const blank = { title: '', channel: 'other', intent: 'other', emotion: null } as const;

describe('fast capture', () => {
  it('N adds a card in the focused cell, edits its title and marks it as the start of a capture chain', () => {
    const { actions, viewStore, workshopView, titlesIn } = setup();
    viewStore.getState().setFocus({ kind: 'cell', stageId: 's1', siloId: 'billing' });
    const id = actions.captureAtFocus();
    expect(titlesIn('s1', 'billing')).toEqual(['New touchpoint']);
    expect(viewStore.getState().editing).toEqual({ kind: 'touchpoint', id });
    expect(workshopView.getState().chainFrom).toBe(id);
  });

  it('opens the form for the next card of the same cell once the first title is committed', () => {
    const { actions, workshopView } = setup();
    expect(actions.openCaptureAfter('quote', 'next')).toBe(true);
    expect(workshopView.getState().capture).toMatchObject({
      stageId: 's2',
      siloId: 'sales',
      touchpointId: null,
      field: 'title',
    });
  });

  it('adds each typed card at the end of the cell in its own undo step and clears the form for the next', () => {
    const { actions, workshopView, viewStore, titlesIn, steps } = setup();
    actions.openCaptureAfter('quote', 'next');
    const firstSerial = workshopView.getState().capture?.serial ?? 0;
    const one = actions.commitCapture({ ...blank, title: ' Follow-up email ', channel: 'email', emotion: 1 });
    actions.commitCapture({ ...blank, title: 'Agent call' });
    expect(titlesIn('s2', 'sales')).toEqual(['Quote', 'Follow-up email', 'Agent call']);
    expect(steps()).toBe(2);
    expect(workshopView.getState().capture?.serial).toBeGreaterThan(firstSerial + 1);
    expect(workshopView.getState().capture?.touchpointId).toBeNull();
    const added = viewStore.getState().selection?.ids[0];
    expect(added).not.toBe(one);
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: added });
  });

  it('keeps the typed channel, intent and feeling', () => {
    const { actions, map } = setup();
    actions.openCaptureAfter('quote', 'next');
    const id = actions.commitCapture({ title: 'Renewal call', channel: 'phone', intent: 'retain', emotion: -1 });
    expect(map().touchpoints.find((t) => t.id === id)).toMatchObject({
      title: 'Renewal call',
      channel: 'phone',
      intent: 'retain',
      emotion: -1,
      stageId: 's2',
      siloId: 'sales',
    });
  });

  it('stops on an empty title: nothing is added or removed and the focus goes back to the last card', () => {
    const { actions, workshopView, viewStore, map, steps } = setup();
    actions.openCaptureAfter('quote', 'next');
    const request = viewStore.getState().focusRequest;
    expect(actions.commitCapture({ ...blank, title: '   ' })).toBeNull();
    expect(map().touchpoints).toHaveLength(4);
    expect(steps()).toBe(0);
    expect(workshopView.getState().capture).toBeNull();
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: 'quote' });
    expect(viewStore.getState().focusRequest).toBe(request + 1);
  });

  it('Escape stops without adding anything', () => {
    const { actions, workshopView, map, steps } = setup();
    actions.openCaptureAfter('invoice', 'next');
    actions.stopCapture();
    expect(workshopView.getState().capture).toBeNull();
    expect(map().touchpoints).toHaveLength(4);
    expect(steps()).toBe(0);
  });

  it('applies the fields of a card added with N in one undo step, then moves on to the next card', () => {
    const { actions, workshopView, map, steps } = setup();
    actions.openCaptureAfter('invoice', 'channel');
    expect(workshopView.getState().capture).toMatchObject({ touchpointId: 'invoice', field: 'channel' });
    actions.commitCapture({ title: 'Invoice', channel: 'mail', intent: 'bill', emotion: 0 });
    expect(map().touchpoints.find((t) => t.id === 'invoice')).toMatchObject({
      channel: 'mail',
      intent: 'bill',
      emotion: 0,
    });
    expect(steps()).toBe(1);
    expect(workshopView.getState().capture).toMatchObject({ touchpointId: null, field: 'title' });
  });

  it('adds the typed card and closes the form when the focus leaves it', () => {
    const { actions, workshopView, titlesIn } = setup();
    actions.openCaptureAfter('invoice', 'next');
    actions.commitCapture({ ...blank, title: 'Reminder' }, { andNext: false });
    expect(titlesIn('s2', 'billing')).toEqual(['Invoice', 'Reminder']);
    expect(workshopView.getState().capture).toBeNull();
  });

  it('adds one card per pasted line in one undo step', () => {
    const { actions, titlesIn, steps } = setup();
    const ids = actions.addTouchpointsFromText('a\nb\n\nc', { stageId: 's1', siloId: null });
    expect(ids).toHaveLength(3);
    expect(titlesIn('s1', null)).toEqual(['Stray', 'a', 'b', 'c']);
    expect(steps()).toBe(1);
  });

  it('adds nothing in review mode', () => {
    const { actions, viewStore, map } = setup({ readOnly: true });
    viewStore.getState().setFocus({ kind: 'cell', stageId: 's1', siloId: 'billing' });
    expect(actions.captureAtFocus()).toBeNull();
    expect(actions.openCaptureAfter('ad', 'next')).toBe(false);
    expect(actions.addTouchpointsFromText('x\ny')).toEqual([]);
    expect(map().touchpoints).toHaveLength(4);
  });
});

describe('emotions on the curve', () => {
  it('sets an emotion in one undo step and records nothing when it does not change', () => {
    const { actions, map, steps, viewStore } = setup();
    expect(actions.setEmotion('ad', -2)).toBe(true);
    expect(map().touchpoints.find((t) => t.id === 'ad')?.emotion).toBe(-2);
    expect(viewStore.getState().announcement).toBe('Ad: very unhappy (\u22122)');
    expect(actions.setEmotion('ad', -2)).toBe(false);
    expect(actions.setEmotion('ad', null)).toBe(true);
    expect(map().touchpoints.find((t) => t.id === 'ad')?.emotion).toBeNull();
    expect(steps()).toBe(2);
  });
});

describe('sticky notes', () => {
  function withNotes(): JourneyMap {
    return {
      ...workshopMap(),
      notes: [
        { id: 'n-buy', text: 'Price?', color: '#fde68a', stageId: 's2' },
        { id: 'n-lot', text: 'Later', color: '#fde68a', stageId: null },
        { id: 'n-disc', text: 'Ads?', color: '#bfdbfe', stageId: 's1' },
      ],
    };
  }

  it('adds a note to the parking lot, focuses it and edits its text', () => {
    const { actions, map, workshopView, steps } = setup();
    const id = actions.addNote();
    expect(map().notes).toEqual([expect.objectContaining({ id, text: NEW_NOTE_TEXT, stageId: null })]);
    expect(workshopView.getState().editingNoteId).toBe(id);
    expect(workshopView.getState().noteFocus?.noteId).toBe(id);
    expect(steps()).toBe(1);
  });

  it('adds no note to a map without stages (it would have no parking lot)', () => {
    const { actions, map } = setup({ map: { ...workshopMap(), stages: [], touchpoints: [], handoffs: [] } });
    expect(actions.addNote()).toBeNull();
    expect(map().notes).toEqual([]);
  });

  it('saves edited text in one undo step, and nothing when editing is cancelled', () => {
    const { actions, map, workshopView, steps } = setup({ map: withNotes() });
    expect(actions.editNote('n-lot')).toBe(true);
    actions.finishNoteEdit('n-lot', 'Ask the agents');
    expect(map().notes.find((n) => n.id === 'n-lot')?.text).toBe('Ask the agents');
    expect(workshopView.getState().editingNoteId).toBeNull();
    actions.editNote('n-lot');
    actions.finishNoteEdit('n-lot', null);
    expect(steps()).toBe(1);
  });

  it('cycles a note through the palette colours', () => {
    const { actions, map } = setup({ map: withNotes() });
    actions.cycleNoteColor('n-lot');
    expect(map().notes.find((n) => n.id === 'n-lot')?.color).toBe('#bbf7d0');
  });

  it('moves a note between the parking lot and a stage column in one undo step each', () => {
    const { actions, map, steps } = setup({ map: withNotes() });
    expect(actions.moveNoteTo('n-lot', 's1')).toBe(true);
    expect(map().notes.find((n) => n.id === 'n-lot')?.stageId).toBe('s1');
    expect(actions.moveNoteTo('n-lot', null)).toBe(true);
    expect(map().notes.find((n) => n.id === 'n-lot')?.stageId).toBeNull();
    expect(actions.moveNoteTo('n-lot', null)).toBe(false);
    expect(actions.moveNoteTo('n-lot', 'nowhere')).toBe(false);
    expect(steps()).toBe(2);
  });

  it('moves a note one place with Alt+arrows: the parking lot comes after the last stage', () => {
    const { actions, map } = setup({ map: withNotes() });
    actions.moveNoteBy('n-buy', 'right');
    expect(map().notes.find((n) => n.id === 'n-buy')?.stageId).toBeNull();
    actions.moveNoteBy('n-buy', 'right');
    expect(map().notes.find((n) => n.id === 'n-buy')?.stageId).toBeNull();
    actions.moveNoteBy('n-lot', 'left');
    expect(map().notes.find((n) => n.id === 'n-lot')?.stageId).toBe('s2');
    actions.moveNoteBy('n-disc', 'left');
    expect(map().notes.find((n) => n.id === 'n-disc')?.stageId).toBe('s1');
  });

  it('orders notes stage by stage, then the parking lot, for the arrow keys', () => {
    const { actions, workshopView } = setup({ map: withNotes() });
    expect(actions.noteOrder()).toEqual(['n-disc', 'n-buy', 'n-lot']);
    expect(actions.moveNoteFocus('n-disc', 'next')).toBe(true);
    expect(workshopView.getState().noteFocus?.noteId).toBe('n-buy');
    expect(actions.moveNoteFocus('n-disc', 'previous')).toBe(false);
  });

  it('removes a note in one undo step and focuses the next one', () => {
    const { actions, map, workshopView, documentStore } = setup({ map: withNotes() });
    expect(actions.removeNoteById('n-buy')).toBe(true);
    expect(map().notes.map((n) => n.id)).toEqual(['n-lot', 'n-disc']);
    expect(workshopView.getState().noteFocus?.noteId).toBe('n-lot');
    documentStore.temporal.getState().undo();
    expect(map().notes.map((n) => n.id)).toEqual(['n-buy', 'n-lot', 'n-disc']);
  });

  it('changes no note in review mode', () => {
    const { actions, map } = setup({ map: withNotes(), readOnly: true });
    expect(actions.addNote()).toBeNull();
    expect(actions.editNote('n-lot')).toBe(false);
    expect(actions.moveNoteTo('n-lot', 's1')).toBe(false);
    expect(actions.removeNoteById('n-lot')).toBe(false);
    expect(actions.cycleNoteColor('n-lot')).toBe(false);
    expect(map().notes).toEqual(withNotes().notes);
  });
});

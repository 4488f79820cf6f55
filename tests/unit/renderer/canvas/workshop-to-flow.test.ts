import { describe, expect, it } from 'vitest';
import {
  CAPTURE_FORM_HEIGHT,
  applyNoteTabStop,
  captureDraftNode,
  projectWorkshop,
} from '../../../../renderer/canvas/workshop-to-flow';
import {
  DEFAULT_LAYOUT_OPTIONS,
  cellKey,
  layoutJourney,
  type JourneyLayout,
} from '../../../../shared/layout/grid-layout';
import { layoutWorkshop, type WorkshopLayout } from '../../../../shared/layout/workshop-layout';
import type { JourneyMap, Touchpoint } from '../../../../shared/model/types';
import type { EmotionCurveNode, WorkshopNode } from '../../../../renderer/canvas/workshop-types';
import { workshopMap } from './canvas-fixtures';

function mapWithNotes(): JourneyMap {
  return {
    ...workshopMap(),
    notes: [
      { id: 'n1', text: 'Who owns billing?', color: '#bfdbfe', stageId: 's2' },
      { id: 'n2', text: '  ', color: '#123456', stageId: null },
    ],
  };
}

interface Projection {
  layout: JourneyLayout;
  workshop: WorkshopLayout;
  nodes: WorkshopNode[];
}

/** The workshop nodes of `map`; given `previous`, laid out and projected from it, as the canvas does. */
function project(map: JourneyMap = mapWithNotes(), previous: Projection | null = null): Projection {
  const layout = layoutJourney(map, DEFAULT_LAYOUT_OPTIONS, previous?.layout ?? null);
  const workshop = layoutWorkshop(map, layout, {}, previous?.workshop ?? null);
  return { layout, workshop, nodes: projectWorkshop(map, layout, workshop, previous?.nodes ?? null) };
}

/** The workshop nodes of `map` laid out from scratch, then projected against `previousNodes`. */
function projectAfresh(map: JourneyMap, previousNodes: readonly WorkshopNode[]): WorkshopNode[] {
  const layout = layoutJourney(map);
  return projectWorkshop(map, layout, layoutWorkshop(map, layout), previousNodes);
}

describe('projectWorkshop', () => {
  it('draws the notes row, the parking lot, one node per note and then the emotion curve (the Tab order)', () => {
    const { nodes } = project();
    expect(nodes.map((node) => node.id)).toEqual(['notes-lane', 'parking-lot', 'note:n1', 'note:n2', 'emotion-curve']);
  });

  it('names each note "Note: <text>" with the note role, says where it is and names its colour', () => {
    const { nodes, workshop } = project();
    const note = nodes.find((node) => node.id === 'note:n1');
    expect(note).toMatchObject({ type: 'note', ariaRole: 'note', ariaLabel: 'Note: Who owns billing?' });
    expect(note?.domAttributes).toMatchObject({ tabIndex: -1 });
    expect(String(note?.domAttributes?.['aria-description' as keyof typeof note.domAttributes])).toMatch(
      /^In stage Buy, blue\./,
    );
    expect(note?.position).toEqual({ x: workshop.notes.notes.get('n1')?.x, y: workshop.notes.notes.get('n1')?.y });
    const empty = nodes.find((node) => node.id === 'note:n2');
    expect(empty?.ariaLabel).toBe('Note: (empty)');
    expect(empty?.type === 'note' && empty.data.colorName).toBe('custom colour');
    expect(empty?.type === 'note' && empty.data.place).toBe('In the parking lot');
  });

  it('makes the curve a figure named "Emotion curve" whose points carry titles and emotions', () => {
    const { nodes, workshop } = project();
    const curve = nodes.find((node) => node.id === 'emotion-curve');
    expect(curve).toMatchObject({
      ariaRole: 'figure',
      ariaLabel: 'Emotion curve',
      draggable: false,
      selectable: false,
    });
    if (curve?.type !== 'emotionCurve') throw new Error('no curve');
    expect(curve.position.y).toBe(workshop.curve.band.y);
    expect(curve.data.points.map((point) => [point.title, point.emotion])).toEqual([
      ['Ad', 1],
      ['Stray', null],
      ['Quote', null],
      ['Invoice', -2],
    ]);
    expect(curve.data.averages).toEqual([
      { stageId: 's1', stageName: 'Discover', average: 1 },
      { stageId: 's2', stageName: 'Buy', average: -2 },
    ]);
    expect(curve.data.points.every((point) => point.y >= 0 && point.y <= (curve.height ?? 0))).toBe(true);
  });

  it('counts the parked notes in the parking lot name', () => {
    const { nodes } = project();
    expect(nodes.find((node) => node.id === 'parking-lot')?.ariaLabel).toBe('Parking lot: 1 note');
  });

  it('draws nothing for a map without stages', () => {
    const map = { ...workshopMap(), stages: [], touchpoints: [], handoffs: [] };
    expect(project(map).nodes).toEqual([]);
  });
});

describe('captureDraftNode', () => {
  const map = workshopMap();
  const layout = layoutJourney(map);

  it('puts the form for the next card under the last card of its cell', () => {
    const node = captureDraftNode(
      { stageId: 's2', siloId: 'sales', touchpointId: null, field: 'title', serial: 1 },
      map,
      layout,
    );
    const quote = layout.cards.get('quote');
    expect(node?.position).toEqual({ x: quote?.x, y: (quote?.y ?? 0) + (quote?.height ?? 0) + layout.options.cardGap });
    expect(node?.height).toBe(CAPTURE_FORM_HEIGHT);
    expect(node?.data.cellName).toBe('Buy, Sales');
  });

  it('puts it over the card whose fields it edits, and at the top of an empty cell', () => {
    const over = captureDraftNode(
      { stageId: 's2', siloId: 'billing', touchpointId: 'invoice', field: 'channel', serial: 1 },
      map,
      layout,
    );
    const invoice = layout.cards.get('invoice');
    expect(over?.position).toEqual({ x: invoice?.x, y: invoice?.y });
    const empty = captureDraftNode(
      { stageId: 's1', siloId: 'billing', touchpointId: null, field: 'title', serial: 1 },
      map,
      layout,
    );
    const cell = layout.cellByKey.get(cellKey('s1', 'billing'));
    expect(empty?.position).toEqual({
      x: (cell?.x ?? 0) + layout.options.cellPadding,
      y: (cell?.y ?? 0) + layout.options.cellPadding,
    });
    expect(empty?.data.cellName).toBe('Discover, Billing');
  });

  it('is null for a cell that no longer exists', () => {
    expect(
      captureDraftNode({ stageId: 'gone', siloId: null, touchpointId: null, field: 'title', serial: 1 }, map, layout),
    ).toBeNull();
  });
});

describe('node reuse and the notes tab stop', () => {
  it('keeps unchanged nodes and replaces changed ones', () => {
    const before = project();
    const first = before.nodes;
    const edited = mapWithNotes();
    edited.notes = edited.notes.map((note) => (note.id === 'n1' ? { ...note, text: 'Changed' } : note));
    const reused = project(edited, before).nodes;
    expect(reused.find((node) => node.id === 'note:n2')).toBe(first.find((node) => node.id === 'note:n2'));
    expect(reused.find((node) => node.id === 'note:n1')).not.toBe(first.find((node) => node.id === 'note:n1'));
    expect(reused.find((node) => node.id === 'emotion-curve')).toBe(first.find((node) => node.id === 'emotion-curve'));
  });

  /** The emotion-curve node of `nodes`. */
  function curveOf(nodes: readonly WorkshopNode[]): EmotionCurveNode {
    const curve = nodes.find((node) => node.type === 'emotionCurve');
    if (curve?.type !== 'emotionCurve') throw new Error('no curve');
    return curve;
  }

  /** `map` with one touchpoint replaced by a changed copy (a new touchpoints array, as every edit makes). */
  function withTouchpoint(map: JourneyMap, id: string, change: Partial<Touchpoint>): JourneyMap {
    return {
      ...map,
      touchpoints: map.touchpoints.map((touchpoint) =>
        touchpoint.id === id ? { ...touchpoint, ...change } : touchpoint,
      ),
    };
  }

  it('keeps the emotion-curve node when an edit leaves the curve as it was, though every array is new', () => {
    const map = mapWithNotes();
    const before = project(map);
    const edited = withTouchpoint(map, 'quote', { description: 'Asked twice' });
    expect(curveOf(projectAfresh(edited, before.nodes))).toBe(curveOf(before.nodes));
    expect(curveOf(project(edited, before).nodes)).toBe(curveOf(before.nodes));
  });

  it('makes a new emotion-curve node with the new data when a point changes, sharing the unchanged points', () => {
    const map = mapWithNotes();
    const before = project(map);
    const first = before.nodes;
    const edited = withTouchpoint(map, 'quote', { emotion: 2 });
    const reused = project(edited, before).nodes;
    const curve = curveOf(reused);
    expect(curve).not.toBe(curveOf(first));
    const fresh = curveOf(
      projectWorkshop(edited, layoutJourney(edited), layoutWorkshop(edited, layoutJourney(edited))),
    );
    expect(JSON.stringify(curve.data)).toBe(JSON.stringify(fresh.data));
    expect(curve.data.points.find((point) => point.touchpointId === 'quote')?.emotion).toBe(2);
    expect(curve.data.averages.find((average) => average.stageId === 's2')?.average).toBe(0);
    const pointOf = (nodes: readonly WorkshopNode[], id: string) =>
      curveOf(nodes).data.points.find((point) => point.touchpointId === id);
    expect(pointOf(reused, 'invoice')).toBe(pointOf(first, 'invoice'));
    expect(pointOf(reused, 'quote')).not.toBe(pointOf(first, 'quote'));
  });

  it('renames a point whose touchpoint was renamed, and moves points whose column got wider', () => {
    const map = mapWithNotes();
    const before = project(map);
    const first = before.nodes;
    const renamed = withTouchpoint(map, 'ad', { title: 'Billboard' });
    const renaming = project(renamed, before);
    const afterRename = renaming.nodes;
    expect(curveOf(afterRename)).not.toBe(curveOf(first));
    expect(curveOf(afterRename).data.points.find((point) => point.touchpointId === 'ad')?.title).toBe('Billboard');
    const crowded: JourneyMap = {
      ...renamed,
      touchpoints: [
        ...renamed.touchpoints,
        ...Array.from({ length: 7 }, (_, index) => ({ ...renamed.touchpoints[0]!, id: `more${index}` })),
      ],
    };
    const grown = project(crowded, renaming);
    const { band, points } = grown.workshop.curve;
    const plotted = curveOf(grown.nodes).data.points;
    expect(plotted.map((point) => [point.touchpointId, point.x, point.y])).toEqual(
      points.map((point) => [point.touchpointId, point.x - band.x, point.y - band.y]),
    );
    expect(plotted.find((point) => point.touchpointId === 'ad')?.x).not.toBe(
      curveOf(afterRename).data.points.find((point) => point.touchpointId === 'ad')?.x,
    );
  });

  it('gives the tab stop to the chosen note, else the first note', () => {
    const { nodes } = project();
    const tabIndex = (list: typeof nodes, id: string) =>
      (list.find((node) => node.id === id)?.domAttributes as { tabIndex?: number } | undefined)?.tabIndex;
    const chosen = applyNoteTabStop(nodes, 'note:n2');
    expect(tabIndex(chosen, 'note:n2')).toBe(0);
    expect(tabIndex(chosen, 'note:n1')).toBe(-1);
    const fallback = applyNoteTabStop(nodes, 'note:gone');
    expect(tabIndex(fallback, 'note:n1')).toBe(0);
  });

  it('hands the same tab-stop node back when the stop goes to the same node again', () => {
    const { nodes } = project();
    const first = applyNoteTabStop(nodes, 'note:n2');
    const again = applyNoteTabStop([...nodes], 'note:n2');
    expect(again.find((node) => node.id === 'note:n2')).toBe(first.find((node) => node.id === 'note:n2'));
    expect(again.find((node) => node.id === 'note:n1')).toBe(nodes.find((node) => node.id === 'note:n1'));
  });
});

/**
 * The pure projection of the workshop features onto React Flow nodes: the notes row, the parking lot,
 * one node per sticky note, the emotion curve, and the fast-capture form when it is open.
 */
import type { EmotionCurveGeometry, EmotionPoint } from '../../shared/layout/emotion-curve-geometry';
import { sameItems } from '../../shared/model/arrays';
import { sameValue } from '../../shared/model/same-value';
import { cellKey, type ColumnBox, type JourneyLayout, type Rect } from '../../shared/layout/grid-layout';
import {
  noteTextLines,
  type NoteBox,
  type NotesLayout,
  type NotesLayoutOptions,
} from '../../shared/layout/notes-layout';
import type { WorkshopLayout } from '../../shared/layout/workshop-layout';
import type { JourneyMap, Note, Stage } from '../../shared/model/types';
import { placeNode } from './flow-types';
import { NO_OWNER_LABEL } from './labels';
import { noteColorName, noteLabel } from './workshop-labels';
import type { CaptureDraft } from './workshop-view';
import {
  CAPTURE_DRAFT_NODE_ID,
  EMOTION_CURVE_NODE_ID,
  NOTES_LANE_NODE_ID,
  PARKING_LOT_NODE_ID,
  noteNodeId,
  type CaptureDraftNode,
  type EmotionCurveData,
  type EmotionCurveNode,
  type EmotionCurvePoint,
  type NoteNode,
  type NotesLaneNode,
  type ParkingLotNode,
  type WorkshopNode,
} from './workshop-types';

/** Stacking: areas behind the cards, notes with the cards, the capture form above everything. */
const Z_INDEX = { area: 0, curve: 1, note: 2, capture: 5 } as const;

/**
 * The areas (notes row, parking lot, emotion curve) are not moved, selected, linked or focused as nodes,
 * and clicks go through to the pane (panning, double-click) except on the controls inside.
 */
const AREA_FLAGS = {
  draggable: false,
  selectable: false,
  connectable: false,
  focusable: false,
  style: { pointerEvents: 'none' },
} as const;

/** The fast-capture form's size on the canvas. */
export const CAPTURE_FORM_HEIGHT = 104;

type StageColumns = EmotionCurveData['columns'];

/** Stage names by id, made once per stages array (a map's arrays are never mutated, an edit makes new ones). */
const stageNamesOf = new WeakMap<readonly Stage[], ReadonlyMap<string, string>>();

function stageNames(stages: readonly Stage[]): ReadonlyMap<string, string> {
  let names = stageNamesOf.get(stages);
  if (!names) {
    names = new Map(stages.map((stage) => [stage.id, stage.name]));
    stageNamesOf.set(stages, names);
  }
  return names;
}

/** The stage columns as node data: relative to the node's left edge, which is the grid's. */
function stageColumns(layout: JourneyLayout): StageColumns {
  return layout.columns.map((column) => ({ stageId: column.stageId, x: column.x, width: column.width }));
}

function sameColumns(columns: StageColumns, boxes: readonly ColumnBox[]): boolean {
  return (
    columns.length === boxes.length &&
    boxes.every((box, index) => {
      const column = columns[index];
      return column?.stageId === box.stageId && column.x === box.x && column.width === box.width;
    })
  );
}

/** True when the node sits in `box`. */
function sameBox(node: WorkshopNode, box: Rect): boolean {
  return (
    node.position.x === box.x && node.position.y === box.y && node.width === box.width && node.height === box.height
  );
}

/*
 * The node last handed out for each immutable input (a notes layout, a note, a curve geometry and its
 * points), reused while the other inputs it was made from are the same: an edit that leaves them alone
 * costs a lookup instead of a new node and a deep comparison. Weak, so nothing outlives its document.
 */
const laneNodeOf = new WeakMap<NotesLayout, NotesLaneNode>();
const lotNodeOf = new WeakMap<NotesLayout, ParkingLotNode>();
const noteNodeOf = new WeakMap<Note, { node: NoteNode; options: NotesLayoutOptions }>();
const curveNodeOf = new WeakMap<EmotionCurveGeometry, EmotionCurveNode>();
const curvePointOf = new WeakMap<EmotionPoint, EmotionCurvePoint>();

/** A node just made, or the previous projection's node of the same id when it is equal (see `sameNode`). */
type Keep = <T extends WorkshopNode>(fresh: T) => T;

/** `point` relative to the band's corner (left, top): the last projection of it when it is still right. */
function curvePoint(point: EmotionPoint, left: number, top: number): EmotionCurvePoint {
  const x = point.x - left;
  const y = point.y - top;
  const last = curvePointOf.get(point);
  if (last?.x === x && last.y === y) return last;
  const { touchpointId, title, emotion } = point;
  const projected: EmotionCurvePoint = { touchpointId, title, emotion, x, y };
  curvePointOf.set(point, projected);
  return projected;
}

function notesLaneNode(notes: NotesLayout, layout: JourneyLayout, keep: Keep): NotesLaneNode {
  const labelWidth = layout.options.siloHeaderWidth;
  const last = laneNodeOf.get(notes);
  if (last?.data.labelWidth === labelWidth && sameColumns(last.data.columns, layout.columns)) return last;
  const { row } = notes;
  const lane = keep(
    placeNode<NotesLaneNode>({
      id: NOTES_LANE_NODE_ID,
      type: 'notesLane',
      position: { x: row.x, y: row.y },
      width: row.width,
      height: row.height,
      data: { columns: stageColumns(layout), labelWidth },
      ...AREA_FLAGS,
      zIndex: Z_INDEX.area,
      domAttributes: { 'aria-hidden': true },
    }),
  );
  laneNodeOf.set(notes, lane);
  return lane;
}

function parkingLotNode(notes: NotesLayout, keep: Keep): ParkingLotNode {
  const last = lotNodeOf.get(notes);
  if (last) return last;
  const { parkingLot, parkingLotHeader } = notes;
  const parkedCount = [...notes.notes.values()].filter((box) => box.stageId === null).length;
  const lot = keep(
    placeNode<ParkingLotNode>({
      id: PARKING_LOT_NODE_ID,
      type: 'parkingLot',
      position: { x: parkingLot.x, y: parkingLot.y },
      width: parkingLot.width,
      height: parkingLot.height,
      data: { count: parkedCount, headerHeight: parkingLotHeader.height },
      ...AREA_FLAGS,
      zIndex: Z_INDEX.area,
      ariaRole: 'group',
      ariaLabel: `Parking lot: ${parkedCount === 0 ? 'no notes' : `${parkedCount} note${parkedCount === 1 ? '' : 's'}`}`,
    }),
  );
  lotNodeOf.set(notes, lot);
  return lot;
}

function noteNode(note: Note, box: NoteBox, place: string, options: NotesLayoutOptions, keep: Keep): NoteNode {
  const last = noteNodeOf.get(note);
  if (last?.options === options && last.node.data.place === place && sameBox(last.node, box)) return last.node;
  const colorName = noteColorName(note.color);
  const node = keep(
    placeNode<NoteNode>({
      id: noteNodeId(note.id),
      type: 'note',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { note, colorName, textLines: noteTextLines(note.text, options), place },
      selectable: false,
      connectable: false,
      zIndex: Z_INDEX.note,
      ariaRole: 'note',
      ariaLabel: noteLabel(note.text),
      domAttributes: {
        tabIndex: -1,
        'aria-description': `${place}, ${colorName}. Enter edits, C changes the colour, Alt and an arrow key moves it, Delete removes it.`,
        'data-kind': 'note',
      } as NoteNode['domAttributes'],
    }),
  );
  noteNodeOf.set(note, { node, options });
  return node;
}

function emotionCurveNode(
  curve: EmotionCurveGeometry,
  layout: JourneyLayout,
  names: ReadonlyMap<string, string>,
  keep: Keep,
): EmotionCurveNode {
  const labelWidth = layout.options.siloHeaderWidth;
  const nameOf = (stageId: string) => names.get(stageId) ?? '';
  const last = curveNodeOf.get(curve);
  const lastStillRight =
    last?.data.labelWidth === labelWidth &&
    sameColumns(last.data.columns, layout.columns) &&
    last.data.averages.every((average) => average.stageName === nameOf(average.stageId));
  if (last && lastStillRight) return last;
  const left = curve.band.x;
  const top = curve.band.y;
  const band = keep(
    placeNode<EmotionCurveNode>({
      id: EMOTION_CURVE_NODE_ID,
      type: 'emotionCurve',
      position: { x: left, y: top },
      width: curve.band.width,
      height: curve.band.height,
      data: {
        labelWidth,
        columns: stageColumns(layout),
        levels: curve.levels.map((level) => ({ emotion: level.emotion, y: level.y - top })),
        unsetY: curve.unsetY - top,
        points: curve.points.map((point) => curvePoint(point, left, top)),
        averages: curve.averages.map((average) => ({
          stageId: average.stageId,
          stageName: nameOf(average.stageId),
          average: average.average,
        })),
        segments: curve.segments.map((segment) => segment.map((point) => ({ x: point.x - left, y: point.y - top }))),
      },
      ...AREA_FLAGS,
      zIndex: Z_INDEX.curve,
      ariaRole: 'figure',
      ariaLabel: 'Emotion curve',
    }),
  );
  curveNodeOf.set(curve, band);
  return band;
}

/**
 * Projects the notes row, parking lot, notes and emotion curve; nothing when the grid has no column.
 * A node made from the same inputs as an earlier one (notes layout, note, curve geometry, stage columns and
 * names) is that node; a node that comes out equal to `previous`'s node of its id is that node (so React
 * Flow skips it); and the result is `previous` itself when every node is.
 */
export function projectWorkshop(
  map: Pick<JourneyMap, 'stages' | 'notes'>,
  layout: JourneyLayout,
  workshop: WorkshopLayout,
  previous: readonly WorkshopNode[] | null = null,
): WorkshopNode[] {
  if (layout.columns.length === 0) return [];
  const previousById = new Map(previous?.map((node) => [node.id, node]));
  const keep: Keep = (fresh) => {
    const before = previousById.get(fresh.id);
    return before && sameNode(before, fresh) ? (before as typeof fresh) : fresh;
  };
  const names = stageNames(map.stages);
  const nodes: WorkshopNode[] = [notesLaneNode(workshop.notes, layout, keep), parkingLotNode(workshop.notes, keep)];
  for (const note of map.notes) {
    const box = workshop.notes.notes.get(note.id);
    if (!box) continue;
    const place = box.stageId === null ? 'In the parking lot' : `In stage ${names.get(box.stageId) ?? ''}`;
    nodes.push(noteNode(note, box, place, workshop.notes.options, keep));
  }
  nodes.push(emotionCurveNode(workshop.curve, layout, names, keep));
  return previous && sameItems(nodes, previous) ? (previous as WorkshopNode[]) : nodes;
}

/** The fast-capture form's node: over the card whose fields it edits, else under the last card of its cell. */
export function captureDraftNode(
  draft: CaptureDraft,
  map: Pick<JourneyMap, 'stages' | 'silos'>,
  layout: JourneyLayout,
): CaptureDraftNode | null {
  const cell = layout.cellByKey.get(cellKey(draft.stageId, draft.siloId));
  if (!cell) return null;
  const { cardWidth, cardGap, cellPadding } = layout.options;
  let position = { x: cell.x + cellPadding, y: cell.y + cellPadding };
  const editedCard = draft.touchpointId === null ? undefined : layout.cards.get(draft.touchpointId);
  const lastCard = layout.cards.get(cell.touchpointIds.at(-1) ?? '');
  if (editedCard) position = { x: editedCard.x, y: editedCard.y };
  else if (lastCard) position = { x: lastCard.x, y: lastCard.y + lastCard.height + cardGap };
  const stageName = map.stages.find((stage) => stage.id === draft.stageId)?.name ?? '';
  const siloName =
    draft.siloId === null
      ? NO_OWNER_LABEL
      : (map.silos.find((silo) => silo.id === draft.siloId)?.name ?? NO_OWNER_LABEL);
  return placeNode<CaptureDraftNode>({
    id: CAPTURE_DRAFT_NODE_ID,
    type: 'captureDraft',
    position,
    width: cardWidth,
    height: CAPTURE_FORM_HEIGHT,
    data: {
      stageId: draft.stageId,
      siloId: draft.siloId,
      touchpointId: draft.touchpointId,
      cellName: `${stageName}, ${siloName}`,
    },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    zIndex: Z_INDEX.capture,
  });
}

/** The copy of each node that holds the notes' tab stop, so handing the stop to the same node again keeps it. */
const tabStopCopyOf = new WeakMap<object, object>();

function withTabStop<T extends { domAttributes?: object }>(node: T): T {
  let copy = tabStopCopyOf.get(node) as T | undefined;
  if (!copy) {
    copy = { ...node, domAttributes: { ...node.domAttributes, tabIndex: 0 } };
    tabStopCopyOf.set(node, copy);
  }
  return copy;
}

/** Gives the notes' roving tab stop to one note (the last focused, else the first), keeping unchanged nodes. */
export function applyNoteTabStop<T extends { id: string; type?: string; domAttributes?: object }>(
  nodes: readonly T[],
  noteTabStopId: string | null,
): T[] {
  const stopId = nodes.some((node) => node.id === noteTabStopId)
    ? noteTabStopId
    : (nodes.find((node) => node.type === 'note')?.id ?? null);
  if (stopId === null) return nodes as T[];
  return nodes.map((node) => (node.id === stopId ? withTabStop(node) : node));
}

/** True when two nodes draw the same (the fields the projection sets besides constants of the node type). */
function sameNode(a: WorkshopNode, b: WorkshopNode): boolean {
  if (a === b) return true;
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.ariaLabel === b.ariaLabel &&
    sameValue(a.domAttributes, b.domAttributes) &&
    sameValue(a.data, b.data)
  );
}

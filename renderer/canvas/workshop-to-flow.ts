/**
 * The pure projection of the workshop features onto React Flow nodes: the notes row, the parking lot,
 * one node per sticky note, the emotion curve, and the fast-capture form when it is open.
 */
import type { EmotionPoint } from '../../shared/layout/emotion-curve-geometry';
import { sameValue } from '../../shared/model/same-value';
import { touchpointsById } from '../../shared/model/touchpoints';
import { cellKey, type JourneyLayout } from '../../shared/layout/grid-layout';
import { noteTextLines } from '../../shared/layout/notes-layout';
import type { WorkshopLayout } from '../../shared/layout/workshop-layout';
import type { JourneyMap, Touchpoint } from '../../shared/model/types';
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
  type EmotionCurveNode,
  type EmotionCurvePoint,
  type NoteNode,
  type NotesLaneNode,
  type ParkingLotNode,
  type WorkshopNode,
} from './workshop-types';

/** Stacking: areas behind the cards, notes with the cards, the capture form above everything. */
const Z_INDEX = { area: 0, curve: 1, note: 2, capture: 5 } as const;

/** Clicks go through to the pane (panning, double-click) except on the controls inside. */
const PASS_THROUGH_STYLE = { pointerEvents: 'none' } as const;

/** The fast-capture form's size on the canvas. */
export const CAPTURE_FORM_HEIGHT = 104;

/** The last curve point projected for each touchpoint (never mutated, so successive nodes can share them). */
const lastCurvePointOf = new WeakMap<Touchpoint, EmotionCurvePoint>();

/**
 * `point` relative to the band's corner (left, top), titled from `touchpoint` (the one it plots, if
 * any): the last projection for that touchpoint when it is still right.
 */
function curvePoint(
  point: EmotionPoint,
  touchpoint: Touchpoint | undefined,
  left: number,
  top: number,
): EmotionCurvePoint {
  const x = point.x - left;
  const y = point.y - top;
  const last = touchpoint && lastCurvePointOf.get(touchpoint);
  const same =
    last?.touchpointId === point.touchpointId && last.emotion === point.emotion && last.x === x && last.y === y;
  if (last && same) return last;
  const title = touchpoint?.title ?? '';
  const projected: EmotionCurvePoint = { touchpointId: point.touchpointId, title, emotion: point.emotion, x, y };
  if (touchpoint) lastCurvePointOf.set(touchpoint, projected);
  return projected;
}

/** Projects the notes row, parking lot, notes and emotion curve; nothing when the grid has no column. */
export function projectWorkshop(
  map: Pick<JourneyMap, 'stages' | 'touchpoints' | 'notes'>,
  layout: JourneyLayout,
  workshop: WorkshopLayout,
): WorkshopNode[] {
  if (layout.columns.length === 0) return [];
  const stageName = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const labelWidth = layout.options.siloHeaderWidth;
  const columns = layout.columns.map((column) => ({ stageId: column.stageId, x: column.x, width: column.width }));
  const { row, parkingLot, parkingLotHeader } = workshop.notes;
  const nodes: WorkshopNode[] = [];

  const lane: NotesLaneNode = {
    id: NOTES_LANE_NODE_ID,
    type: 'notesLane',
    position: { x: row.x, y: row.y },
    width: row.width,
    height: row.height,
    data: { columns, labelWidth },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    style: PASS_THROUGH_STYLE,
    zIndex: Z_INDEX.area,
    domAttributes: { 'aria-hidden': true },
  };
  nodes.push(lane);

  const parkedCount = [...workshop.notes.notes.values()].filter((box) => box.stageId === null).length;
  const lot: ParkingLotNode = {
    id: PARKING_LOT_NODE_ID,
    type: 'parkingLot',
    position: { x: parkingLot.x, y: parkingLot.y },
    width: parkingLot.width,
    height: parkingLot.height,
    data: { count: parkedCount, headerHeight: parkingLotHeader.height },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    style: PASS_THROUGH_STYLE,
    zIndex: Z_INDEX.area,
    ariaRole: 'group',
    ariaLabel: `Parking lot: ${parkedCount === 0 ? 'no notes' : `${parkedCount} note${parkedCount === 1 ? '' : 's'}`}`,
  };
  nodes.push(lot);

  for (const note of map.notes) {
    const box = workshop.notes.notes.get(note.id);
    if (!box) continue;
    const colorName = noteColorName(note.color);
    const place = box.stageId === null ? 'In the parking lot' : `In stage ${stageName.get(box.stageId) ?? ''}`;
    const node: NoteNode = {
      id: noteNodeId(note.id),
      type: 'note',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { note, colorName, textLines: noteTextLines(note.text, workshop.notes.options), place },
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
    };
    nodes.push(node);
  }
  const { curve } = workshop;
  const touchpointById = touchpointsById(map.touchpoints);
  const top = curve.band.y;
  const band: EmotionCurveNode = {
    id: EMOTION_CURVE_NODE_ID,
    type: 'emotionCurve',
    position: { x: curve.band.x, y: top },
    width: curve.band.width,
    height: curve.band.height,
    data: {
      labelWidth,
      columns,
      levels: curve.levels.map((level) => ({ emotion: level.emotion, y: level.y - top })),
      unsetY: curve.unsetY - top,
      points: curve.points.map((point) => curvePoint(point, touchpointById.get(point.touchpointId), curve.band.x, top)),
      averages: curve.averages.map((average) => ({
        stageId: average.stageId,
        stageName: stageName.get(average.stageId) ?? '',
        average: average.average,
      })),
      segments: curve.segments.map((segment) =>
        segment.map((point) => ({ x: point.x - curve.band.x, y: point.y - top })),
      ),
    },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    style: PASS_THROUGH_STYLE,
    zIndex: Z_INDEX.curve,
    ariaRole: 'figure',
    ariaLabel: 'Emotion curve',
  };
  nodes.push(band);

  for (const node of nodes) placeNode(node);
  return nodes;
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

/** Gives the notes' roving tab stop to one note (the last focused, else the first), keeping unchanged nodes. */
export function applyNoteTabStop<T extends { id: string; type?: string; domAttributes?: object }>(
  nodes: readonly T[],
  noteTabStopId: string | null,
): T[] {
  const stopId = nodes.some((node) => node.id === noteTabStopId)
    ? noteTabStopId
    : (nodes.find((node) => node.type === 'note')?.id ?? null);
  if (stopId === null) return nodes as T[];
  return nodes.map((node) =>
    node.id === stopId ? ({ ...node, domAttributes: { ...node.domAttributes, tabIndex: 0 } } as T) : node,
  );
}

function sameNode(a: WorkshopNode, b: WorkshopNode): boolean {
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

/** `next`, reusing each node of `previous` that did not change (so React Flow skips it). */
export function reuseUnchangedWorkshop(previous: readonly WorkshopNode[] | null, next: WorkshopNode[]): WorkshopNode[] {
  if (!previous) return next;
  const old = new Map(previous.map((node) => [node.id, node]));
  return next.map((node) => {
    const before = old.get(node.id);
    return before && sameNode(before, node) ? before : node;
  });
}

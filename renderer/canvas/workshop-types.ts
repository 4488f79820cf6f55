/** The React Flow nodes of the workshop features (notes, parking lot, emotion curve, fast capture) and their ids. */
import type { Node } from '@xyflow/react';
import type { Point } from '../../shared/layout/grid-layout';
import type { Emotion, Note } from '../../shared/model/types';
import type { FlowNode } from './flow-types';

export type NoteData = {
  note: Note;
  colorName: string;
  textLines: number;
  /** Where the note sits, for its accessible description ("In the parking lot", "In stage Buy"). */
  place: string;
};

export type NotesLaneData = {
  /** Stage columns relative to the node's left edge. */
  columns: readonly { stageId: string; x: number; width: number }[];
  labelWidth: number;
};

export type ParkingLotData = {
  count: number;
  headerHeight: number;
};

export type EmotionCurvePoint = {
  touchpointId: string;
  title: string;
  emotion: Emotion | null;
  /** Relative to the band's top-left corner. */
  x: number;
  y: number;
};

export type EmotionCurveData = {
  labelWidth: number;
  /** Stage columns relative to the band's left edge. */
  columns: readonly { stageId: string; x: number; width: number }[];
  levels: readonly { emotion: Emotion; y: number }[];
  unsetY: number;
  points: readonly EmotionCurvePoint[];
  averages: readonly { stageId: string; stageName: string; average: number | null }[];
  segments: readonly (readonly Point[])[];
};

export type CaptureDraftData = {
  stageId: string;
  siloId: string | null;
  /** null: the next card of the cell; set: the fields of this card. */
  touchpointId: string | null;
  /** "Discover, Sales", for the form's accessible name. */
  cellName: string;
};

export type NoteNode = Node<NoteData, 'note'>;
export type NotesLaneNode = Node<NotesLaneData, 'notesLane'>;
export type ParkingLotNode = Node<ParkingLotData, 'parkingLot'>;
export type EmotionCurveNode = Node<EmotionCurveData, 'emotionCurve'>;
export type CaptureDraftNode = Node<CaptureDraftData, 'captureDraft'>;
export type WorkshopNode = NoteNode | NotesLaneNode | ParkingLotNode | EmotionCurveNode | CaptureDraftNode;
/** Every node the canvas draws. */
export type CanvasNode = FlowNode | WorkshopNode;

const WORKSHOP_NODE_TYPES: ReadonlySet<string> = new Set([
  'note',
  'notesLane',
  'parkingLot',
  'emotionCurve',
  'captureDraft',
]);

/** True for the workshop's nodes (notes, parking lot, notes row, emotion curve, capture form). */
export function isWorkshopNode(node: CanvasNode): node is WorkshopNode {
  return WORKSHOP_NODE_TYPES.has(node.type);
}

/** True for the grid's nodes (grid, headers, cells, cards). */
export function isFlowNode(node: CanvasNode): node is FlowNode {
  return !isWorkshopNode(node);
}

export const NOTES_LANE_NODE_ID = 'notes-lane';
export const PARKING_LOT_NODE_ID = 'parking-lot';
export const EMOTION_CURVE_NODE_ID = 'emotion-curve';
export const CAPTURE_DRAFT_NODE_ID = 'capture-draft';

const NOTE_PREFIX = 'note:';

/** The React Flow node id of a note. */
export function noteNodeId(noteId: string): string {
  return `${NOTE_PREFIX}${noteId}`;
}

/** The note a React Flow node id stands for, or null. */
export function noteIdOf(nodeId: string): string | null {
  return nodeId.startsWith(NOTE_PREFIX) ? nodeId.slice(NOTE_PREFIX.length) : null;
}

/** The note whose React Flow node is `target` itself (not a control inside it), or null. */
export function noteIdOfElement(target: EventTarget | null): string | null {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return null;
  if (!target.classList.contains('react-flow__node')) return null;
  const id = target.getAttribute('data-id');
  return id ? noteIdOf(id) : null;
}

/** All node types the canvas draws (the grid's and the workshop's), declared once at module scope. */
import type { NodeTypes } from '@xyflow/react';
import { CaptureDraftNode } from './CaptureDraftNode';
import { EmotionCurveNode } from './EmotionCurveNode';
import { NODE_TYPES } from './flow-registry';
import { NoteNode } from './NoteNode';
import { NotesLaneNode } from './NotesLaneNode';
import { ParkingLotNode } from './ParkingLotNode';

export const CANVAS_NODE_TYPES: NodeTypes = {
  ...NODE_TYPES,
  note: NoteNode,
  notesLane: NotesLaneNode,
  parkingLot: ParkingLotNode,
  emotionCurve: EmotionCurveNode,
  captureDraft: CaptureDraftNode,
};

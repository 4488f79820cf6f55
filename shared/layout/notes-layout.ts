/**
 * Where the sticky notes go: a notes row under the lanes (a note with a stage stacks in its stage's
 * column) and the parking lot right of the grid (notes without a stage). Nothing overlaps the grid or
 * another note, whatever the text. Pure and deterministic.
 */
import type { JourneyMap, Note } from '../model/types';
import type { JourneyLayout, Rect } from './grid-layout';

export interface NotesLayoutOptions {
  noteWidth: number;
  /** Space between two notes. */
  noteGap: number;
  /** Space between an area's border and its notes. */
  padding: number;
  /** The notes row is at least this tall, even when no stage has a note. */
  minRowHeight: number;
  /** Estimated characters of note text per line. */
  charsPerLine: number;
  /** Longer texts are clamped to this many lines (the full text is in the note's accessible name). */
  maxLines: number;
  lineHeight: number;
  /** Note height besides its text: padding and the colour control. */
  chromeHeight: number;
  /** Space between the grid and the parking lot. */
  parkingLotGap: number;
  /** The parking lot wraps its notes into another column after this many. */
  maxNotesPerColumn: number;
}

export const DEFAULT_NOTES_LAYOUT_OPTIONS: NotesLayoutOptions = {
  noteWidth: 200,
  noteGap: 10,
  padding: 12,
  minRowHeight: 72,
  charsPerLine: 24,
  maxLines: 5,
  lineHeight: 18,
  chromeHeight: 40,
  parkingLotGap: 32,
  maxNotesPerColumn: 8,
};

/** One note's box; `stageId` null for the parking lot. */
export interface NoteBox extends Rect {
  noteId: string;
  stageId: string | null;
  /** Position among the notes of its place (its stage column or the parking lot). */
  index: number;
}

export interface NotesLayout {
  options: NotesLayoutOptions;
  /** The notes row under the lanes, spanning the silo-header column and every stage column. */
  row: Rect;
  /** The parking lot area, its title included. */
  parkingLot: Rect;
  /** The parking lot's title strip, level with the stage headers. */
  parkingLotHeader: Rect;
  notes: ReadonlyMap<string, NoteBox>;
}

/** The number of text lines a note shows (estimated, clamped to the options' range). */
export function noteTextLines(text: string, options: NotesLayoutOptions = DEFAULT_NOTES_LAYOUT_OPTIONS): number {
  const perLine = Math.max(1, options.charsPerLine);
  const estimated = text
    .split('\n')
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
  return Math.min(Math.max(estimated, 1), Math.max(1, options.maxLines));
}

/** The height of a note showing `text`. */
export function noteHeight(text: string, options: NotesLayoutOptions = DEFAULT_NOTES_LAYOUT_OPTIONS): number {
  return options.chromeHeight + noteTextLines(text, options) * options.lineHeight;
}

/** The notes of each place: stage columns by stage id, and the parking lot (notes naming no stage on the grid). */
export function notesByPlace(
  notes: readonly Note[],
  layout: Pick<JourneyLayout, 'columns'>,
): { byStage: Map<string, Note[]>; parkingLot: Note[] } {
  const stageIds = new Set(layout.columns.map((column) => column.stageId));
  const byStage = new Map<string, Note[]>();
  const parkingLot: Note[] = [];
  const seen = new Set<string>();
  for (const note of notes) {
    if (seen.has(note.id)) continue;
    seen.add(note.id);
    if (note.stageId !== null && stageIds.has(note.stageId)) {
      const list = byStage.get(note.stageId);
      if (list) list.push(note);
      else byStage.set(note.stageId, [note]);
    } else parkingLot.push(note);
  }
  return { byStage, parkingLot };
}

/** Lays out the notes row under `layout`'s lanes and the parking lot to its right. */
export function layoutNotes(
  map: Pick<JourneyMap, 'notes'>,
  layout: JourneyLayout,
  options: NotesLayoutOptions = DEFAULT_NOTES_LAYOUT_OPTIONS,
): NotesLayout {
  const { noteWidth, noteGap, padding } = options;
  const { byStage, parkingLot } = notesByPlace(map.notes, layout);
  const boxes = new Map<string, NoteBox>();
  const rowTop = layout.height;

  let tallestStack = 0;
  for (const column of layout.columns) {
    let y = rowTop + padding;
    (byStage.get(column.stageId) ?? []).forEach((note, index) => {
      const height = noteHeight(note.text, options);
      boxes.set(note.id, {
        noteId: note.id,
        stageId: column.stageId,
        index,
        x: column.x + padding,
        y,
        width: noteWidth,
        height,
      });
      y += height + noteGap;
    });
    tallestStack = Math.max(tallestStack, y - noteGap - (rowTop + padding));
  }
  const row: Rect = {
    x: 0,
    y: rowTop,
    width: layout.width,
    height: Math.max(options.minRowHeight, tallestStack + 2 * padding),
  };

  const headerHeight = layout.options.stageHeaderHeight;
  const lotX = layout.width + options.parkingLotGap;
  const perColumn = Math.max(1, options.maxNotesPerColumn);
  const lotColumns = Math.max(1, Math.ceil(parkingLot.length / perColumn));
  const stackTops = new Array<number>(lotColumns).fill(headerHeight + padding);
  parkingLot.forEach((note, index) => {
    const sub = Math.floor(index / perColumn);
    const y = stackTops[sub] ?? headerHeight + padding;
    const height = noteHeight(note.text, options);
    boxes.set(note.id, {
      noteId: note.id,
      stageId: null,
      index,
      x: lotX + padding + sub * (noteWidth + noteGap),
      y,
      width: noteWidth,
      height,
    });
    stackTops[sub] = y + height + noteGap;
  });
  const lotContentBottom = Math.max(...stackTops) - noteGap + padding;
  const lotWidth = lotColumns * noteWidth + (lotColumns - 1) * noteGap + 2 * padding;
  const parkingLotRect: Rect = {
    x: lotX,
    y: 0,
    width: lotWidth,
    height: Math.max(lotContentBottom, row.y + row.height),
  };

  return {
    options,
    row,
    parkingLot: parkingLotRect,
    parkingLotHeader: { x: lotX, y: 0, width: lotWidth, height: headerHeight },
    notes: boxes,
  };
}

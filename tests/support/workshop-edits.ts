/**
 * Random edit sequences for the workshop layer's incremental tests: the edits a workshop makes with the
 * model's own functions (cards, emotions, notes, stages, silos), a "resize" that switches the layout
 * options, and two raw edits the model never makes (a touchpoint id used twice, a stretch of the
 * touchpoints array reversed) so the layers' "last touchpoint with an id wins" rule is exercised too.
 */
import fc from 'fast-check';
import { generateJourneyMap } from './map-generator';
import {
  DEFAULT_LAYOUT_OPTIONS,
  layoutJourney,
  type JourneyLayout,
  type LayoutOptions,
} from '../../shared/layout/grid-layout';
import { DEFAULT_EMOTION_CURVE_OPTIONS, type EmotionCurveOptions } from '../../shared/layout/emotion-curve-geometry';
import { DEFAULT_NOTES_LAYOUT_OPTIONS, type NotesLayoutOptions } from '../../shared/layout/notes-layout';
import {
  addNote,
  addSilo,
  addStage,
  addTouchpoint,
  moveNote,
  moveSilo,
  moveStage,
  moveTouchpoint,
  newNote,
  newSilo,
  newStage,
  newTouchpoint,
  removeNote,
  removeSilo,
  removeStage,
  removeTouchpoint,
  renameSilo,
  renameStage,
  reorderTouchpointInCell,
  updateNote,
  updateTouchpoint,
  type Emotion,
  type JourneyMap,
} from '../../shared/model';

export const WORKSHOP_EDIT_KINDS = [
  'move card to the next lane',
  'move card',
  'reorder in cell',
  'set emotion',
  'retitle',
  'add card',
  'remove card',
  'add note',
  'remove note',
  'edit note',
  'move note',
  'rename stage',
  'move stage',
  'add stage',
  'remove stage',
  'rename silo',
  'move silo',
  'add silo',
  'remove silo',
  'resize',
  'reuse an id',
  'reverse a stretch',
  'nothing',
] as const;

export interface WorkshopEdit {
  kind: (typeof WORKSHOP_EDIT_KINDS)[number];
  /** Indices into the map's touchpoints, stages, silos and notes, taken modulo their counts. */
  a: number;
  b: number;
  c: number;
  text: string;
}

export const workshopEditArbitrary: fc.Arbitrary<WorkshopEdit> = fc.record({
  kind: fc.constantFrom(...WORKSHOP_EDIT_KINDS),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.string({ maxLength: 90 }),
});

/** The options a layout is made with; "resize" switches between two sets. */
export interface WorkshopOptions {
  grid: LayoutOptions;
  workshop: { notes?: NotesLayoutOptions; curve?: EmotionCurveOptions };
}

export const DEFAULT_WORKSHOP_OPTIONS: WorkshopOptions = { grid: DEFAULT_LAYOUT_OPTIONS, workshop: {} };

const RESIZED_OPTIONS: WorkshopOptions = {
  grid: {
    ...DEFAULT_LAYOUT_OPTIONS,
    cardWidth: 140,
    siloHeaderWidth: 120,
    titleCharsPerLine: 12,
    maxCardsPerSubColumn: 3,
  },
  workshop: {
    notes: { ...DEFAULT_NOTES_LAYOUT_OPTIONS, noteWidth: 150, maxNotesPerColumn: 2 },
    curve: { ...DEFAULT_EMOTION_CURVE_OPTIONS, levelSpacing: 20 },
  },
};

/** The options after `edit`: switched by "resize", else the same object. */
export function optionsAfter(options: WorkshopOptions, edit: WorkshopEdit): WorkshopOptions {
  if (edit.kind !== 'resize') return options;
  return options === RESIZED_OPTIONS ? DEFAULT_WORKSHOP_OPTIONS : RESIZED_OPTIONS;
}

/** One version of the map in an edit sequence: the map, its options and its grid, laid out from the last one. */
export interface EditedVersion {
  map: JourneyMap;
  options: WorkshopOptions;
  grid: JourneyLayout;
  /** True when the edit left the options as they were. */
  sameOptions: boolean;
  /** True when the edit changed neither the map nor the options. */
  unchanged: boolean;
}

/**
 * Walks a generated map through `edits`: `start` sees the first version, `check` each edited one (its
 * grid laid out from the last grid, as the canvas does).
 */
export function walkEdits(
  generated: { touchpoints: number; seed: number },
  edits: readonly WorkshopEdit[],
  start: (version: EditedVersion) => void,
  check: (version: EditedVersion) => void,
): void {
  let map = generateJourneyMap(generated);
  let options = DEFAULT_WORKSHOP_OPTIONS;
  let grid = layoutJourney(map, options.grid);
  start({ map, options, grid, sameOptions: true, unchanged: true });
  edits.forEach((edit, step) => {
    const before = { map, options };
    map = applyWorkshopEdit(map, edit, step);
    options = optionsAfter(options, edit);
    grid = layoutJourney(map, options.grid, grid);
    const sameOptions = options === before.options;
    check({ map, options, grid, sameOptions, unchanged: sameOptions && map === before.map });
  });
}

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

const EMOTIONS: readonly (Emotion | null)[] = [-2, -1, 0, 1, 2, null];

/** The map after `edit` (the same map when it does not apply); `step` makes new ids unique. */
export function applyWorkshopEdit(map: JourneyMap, edit: WorkshopEdit, step: number): JourneyMap {
  const touchpoint = pick(map.touchpoints, edit.a);
  const stage = pick(map.stages, edit.b);
  const silo = pick(map.silos, edit.c);
  const siloId = edit.c % 4 === 0 ? null : (silo?.id ?? null);
  const note = pick(map.notes, edit.a);
  switch (edit.kind) {
    case 'move card to the next lane': {
      if (!touchpoint) return map;
      const lane = map.silos.findIndex((candidate) => candidate.id === touchpoint.siloId);
      const below = map.silos[lane + 1]?.id ?? null;
      return moveTouchpoint(map, touchpoint.id, { stageId: touchpoint.stageId, siloId: below });
    }
    case 'move card':
      return touchpoint && stage ? moveTouchpoint(map, touchpoint.id, { stageId: stage.id, siloId }) : map;
    case 'reorder in cell':
      return touchpoint ? reorderTouchpointInCell(map, touchpoint.id, edit.b % 8) : map;
    case 'set emotion':
      return touchpoint
        ? updateTouchpoint(map, touchpoint.id, { emotion: EMOTIONS[edit.b % EMOTIONS.length] ?? null })
        : map;
    case 'retitle':
      return touchpoint ? updateTouchpoint(map, touchpoint.id, { title: edit.text || 'Retitled' }) : map;
    case 'add card':
      return stage
        ? addTouchpoint(
            map,
            newTouchpoint({
              id: `added-${step}`,
              stageId: stage.id,
              siloId,
              title: edit.text || 'New',
              emotion: EMOTIONS[edit.c % 6] ?? null,
            }),
            edit.a,
          )
        : map;
    case 'remove card':
      return touchpoint ? removeTouchpoint(map, touchpoint.id) : map;
    case 'add note':
      return addNote(
        map,
        newNote({ id: `note-added-${step}`, text: edit.text, stageId: edit.c % 3 === 0 ? null : (stage?.id ?? null) }),
      );
    case 'remove note':
      return note ? removeNote(map, note.id) : map;
    case 'edit note':
      return note ? updateNote(map, note.id, { text: edit.text }) : map;
    case 'move note':
      return note ? moveNote(map, note.id, edit.c % 3 === 0 ? null : (stage?.id ?? null)) : map;
    case 'rename stage':
      return stage ? renameStage(map, stage.id, edit.text || 'Renamed') : map;
    case 'move stage':
      return stage ? moveStage(map, stage.id, edit.a % map.stages.length) : map;
    case 'add stage':
      return addStage(map, newStage({ id: `stage-added-${step}`, name: 'Added' }), edit.a % (map.stages.length + 1));
    case 'remove stage':
      return stage && map.stages.length > 1 ? removeStage(map, stage.id) : map;
    case 'rename silo':
      return silo ? renameSilo(map, silo.id, edit.text || 'Renamed') : map;
    case 'move silo':
      return silo ? moveSilo(map, silo.id, edit.a % map.silos.length) : map;
    case 'add silo':
      return addSilo(map, newSilo(map, { id: `silo-added-${step}`, name: 'Added' }), edit.a % (map.silos.length + 1));
    case 'remove silo':
      return silo ? removeSilo(map, silo.id) : map;
    case 'reuse an id':
      return touchpoint ? withTwin(map, touchpoint.id, edit) : map;
    case 'reverse a stretch':
      return reverseStretch(map, edit.a, edit.b % 12);
    case 'resize':
    case 'nothing':
      return map;
  }
}

/** `map` with a changed copy of a touchpoint, same id, inserted somewhere in the array. */
function withTwin(map: JourneyMap, touchpointId: string, edit: WorkshopEdit): JourneyMap {
  const original = map.touchpoints.find((touchpoint) => touchpoint.id === touchpointId);
  const stage = pick(map.stages, edit.b);
  if (!original || !stage) return map;
  const twin = { ...original, stageId: stage.id, title: edit.text || 'Twin', emotion: EMOTIONS[edit.c % 6] ?? null };
  const at = edit.c % (map.touchpoints.length + 1);
  return { ...map, touchpoints: [...map.touchpoints.slice(0, at), twin, ...map.touchpoints.slice(at)] };
}

/** `map` with `length` touchpoints from `start` (modulo the count) in reverse order. */
function reverseStretch(map: JourneyMap, start: number, length: number): JourneyMap {
  if (map.touchpoints.length < 2) return map;
  const from = start % map.touchpoints.length;
  const touchpoints = [...map.touchpoints];
  touchpoints.splice(from, length, ...touchpoints.slice(from, from + length).reverse());
  return { ...map, touchpoints };
}

import type { JourneyMap, Stage } from '../model';

/** `touchpointLane` of a touchpoint whose `siloId` is null. */
export const NO_SILO = -1;
/** `touchpointLane` of a touchpoint whose silo is not among the map's silos. */
export const UNKNOWN_SILO = -2;
/** `touchpointColumn` of a touchpoint whose stage is not among the map's stages. */
export const NO_COLUMN = -1;

/** What the rules need to know about one stage (the first with its id). */
export interface StageFacts {
  readonly stage: Stage;
  /** Position among the map's distinct stages: the spec's stage column order. */
  readonly column: number;
  readonly touchpointCount: number;
  /** How many of its touchpoints have an emotion ≤ −1. */
  readonly painCount: number;
  /** Whether one of its touchpoints has the intent `recover`. */
  readonly hasRecovery: boolean;
  /** D(S): the distinct non-null silos of its touchpoints, in lane order. */
  readonly delivering: readonly string[];
}

/** Lookups precomputed once per analysis and shared by every rule. */
export interface JourneyIndex {
  readonly map: JourneyMap;
  /** The distinct stages (the first occurrence of each id), in column order. */
  readonly stages: readonly StageFacts[];
  readonly stageById: ReadonlyMap<string, StageFacts>;
  /** The lane (array position of the first occurrence) of each silo id. */
  readonly siloLane: ReadonlyMap<string, number>;
  /** Per touchpoint array position: its stage's column, or `NO_COLUMN`. */
  readonly touchpointColumn: Int32Array;
  /** Per touchpoint array position: its silo's lane, `NO_SILO` or `UNKNOWN_SILO`. */
  readonly touchpointLane: Int32Array;
  /** The array positions of the touchpoints of column c, in array order: `grouped[groupEnd[c]]` up to `grouped[groupEnd[c + 1]]`. */
  readonly grouped: Int32Array;
  readonly groupEnd: Int32Array;
  /** Per lane: ", " and " and " before the silo's name, so each name adds one piece to a list. */
  readonly listTails: { readonly comma: readonly string[]; readonly and: readonly string[] };
}

/** The index of an earlier version of a map, and for each touchpoint of the new version a position of the same object in it (-1: none). */
export interface EarlierIndex {
  readonly index: JourneyIndex;
  readonly positions: Int32Array;
}

/**
 * Builds the shared lookups for one map in a few linear passes over its arrays. Given the index of an
 * earlier version of the map whose stages and silos had the same ids in the same order, it takes over the
 * column and lane of every touchpoint that is the same object, and the facts of every stage whose
 * touchpoints are the same objects in the same order: maps are immutable, so nothing else can change them.
 */
export function buildJourneyIndex(map: JourneyMap, previous?: EarlierIndex): JourneyIndex {
  const { silos, touchpoints } = map;
  const stageColumn = new Map<string, number>();
  const distinctStages: Stage[] = [];
  for (const stage of map.stages) {
    if (stageColumn.has(stage.id)) continue;
    stageColumn.set(stage.id, distinctStages.length);
    distinctStages.push(stage);
  }
  const siloLane = new Map<string, number>();
  const listTails = { comma: new Array<string>(silos.length), and: new Array<string>(silos.length) };
  for (let lane = 0; lane < silos.length; lane += 1) {
    const silo = silos[lane];
    if (silo === undefined || siloLane.has(silo.id)) continue;
    siloLane.set(silo.id, lane);
    listTails.comma[lane] = `, ${silo.name}`;
    listTails.and[lane] = ` and ${silo.name}`;
  }
  const earlier = previous !== undefined && hasSameGrid(previous.index, map, distinctStages) ? previous.index : undefined;
  const earlierPositions = earlier === undefined ? undefined : previous?.positions;

  // Column and lane of every touchpoint, and the touchpoints grouped by column (a counting sort, array order kept).
  const touchpointColumn = new Int32Array(touchpoints.length);
  const touchpointLane = new Int32Array(touchpoints.length);
  const groupEnd = new Int32Array(distinctStages.length + 1);
  for (let position = 0; position < touchpoints.length; position += 1) {
    const touchpoint = touchpoints[position];
    const earlierPosition = earlierPositions?.[position] ?? -1;
    if (earlier !== undefined && earlierPosition >= 0) {
      touchpointColumn[position] = earlier.touchpointColumn[earlierPosition] ?? NO_COLUMN;
      touchpointLane[position] = earlier.touchpointLane[earlierPosition] ?? NO_SILO;
    } else {
      touchpointColumn[position] = touchpoint === undefined ? NO_COLUMN : (stageColumn.get(touchpoint.stageId) ?? NO_COLUMN);
      touchpointLane[position] = laneOf(siloLane, touchpoint?.siloId ?? null);
    }
    const column = touchpointColumn[position] ?? NO_COLUMN;
    if (column !== NO_COLUMN) groupEnd[column + 1] = (groupEnd[column + 1] ?? 0) + 1;
  }
  for (let column = 1; column < groupEnd.length; column += 1) groupEnd[column] = (groupEnd[column] ?? 0) + (groupEnd[column - 1] ?? 0);
  const grouped = new Int32Array(touchpoints.length);
  const fill = groupEnd.slice(0, distinctStages.length);
  for (let position = 0; position < touchpoints.length; position += 1) {
    const column = touchpointColumn[position] ?? NO_COLUMN;
    if (column === NO_COLUMN) continue;
    const slot = fill[column] ?? 0;
    grouped[slot] = position;
    fill[column] = slot + 1;
  }

  const partial = { map, touchpointLane, grouped, groupEnd };
  const scratch = { seenInColumn: new Int32Array(silos.length).fill(NO_COLUMN), lanes: new Int32Array(silos.length) };
  const stages: StageFacts[] = [];
  const stageById = new Map<string, StageFacts>();
  for (let column = 0; column < distinctStages.length; column += 1) {
    const stage = distinctStages[column];
    if (stage === undefined) continue;
    const earlierFacts = earlier?.stages[column];
    const facts =
      earlier !== undefined && earlierFacts !== undefined && hasSameTouchpoints(earlier, partial, column)
        ? earlierFacts.stage === stage
          ? earlierFacts
          : { ...earlierFacts, stage }
        : stageFacts(partial, stage, column, scratch);
    stages.push(facts);
    stageById.set(stage.id, facts);
  }
  return { map, stages, stageById, siloLane, touchpointColumn, touchpointLane, grouped, groupEnd, listTails };
}

type Grouping = Pick<JourneyIndex, 'map' | 'touchpointLane' | 'grouped' | 'groupEnd'>;

/** The facts of the stage at `column` from its grouped touchpoints (`scratch`: per-lane work arrays shared by all stages). */
function stageFacts(index: Grouping, stage: Stage, column: number, scratch: { seenInColumn: Int32Array; lanes: Int32Array }): StageFacts {
  const { map, touchpointLane, grouped, groupEnd } = index;
  const { seenInColumn, lanes } = scratch;
  const first = groupEnd[column] ?? 0;
  const end = groupEnd[column + 1] ?? first;
  let painCount = 0;
  let hasRecovery = false;
  let laneCount = 0;
  let unknownSilos: string[] | null = null;
  for (let slot = first; slot < end; slot += 1) {
    const position = grouped[slot] ?? 0;
    const touchpoint = map.touchpoints[position];
    if (touchpoint === undefined) continue;
    if (touchpoint.emotion !== null && touchpoint.emotion <= -1) painCount += 1;
    if (touchpoint.intent === 'recover') hasRecovery = true;
    const lane = touchpointLane[position] ?? NO_SILO;
    if (lane >= 0) {
      if (seenInColumn[lane] === column) continue;
      seenInColumn[lane] = column;
      lanes[laneCount] = lane;
      laneCount += 1;
    } else if (lane === UNKNOWN_SILO && touchpoint.siloId !== null) {
      (unknownSilos ??= []).push(touchpoint.siloId);
    }
  }
  return {
    stage,
    column,
    touchpointCount: end - first,
    painCount,
    hasRecovery,
    delivering: siloIdsOfLanes(map, lanes.subarray(0, laneCount).sort(), unknownSilos),
  };
}

/** Whether `earlier` had the same columns (distinct stage ids in order) and lanes (silo ids in order) as this map. */
function hasSameGrid(earlier: JourneyIndex, map: JourneyMap, distinctStages: readonly Stage[]): boolean {
  if (earlier.stages.length !== distinctStages.length || earlier.map.silos.length !== map.silos.length) return false;
  for (let column = 0; column < distinctStages.length; column += 1) {
    if (earlier.stages[column]?.stage.id !== distinctStages[column]?.id) return false;
  }
  for (let lane = 0; lane < map.silos.length; lane += 1) {
    if (earlier.map.silos[lane]?.id !== map.silos[lane]?.id) return false;
  }
  return true;
}

/** Whether column `column` holds the same touchpoint objects in the same order in both groupings. */
function hasSameTouchpoints(earlier: Grouping, later: Grouping, column: number): boolean {
  const earlierFirst = earlier.groupEnd[column] ?? 0;
  const laterFirst = later.groupEnd[column] ?? 0;
  const count = (later.groupEnd[column + 1] ?? laterFirst) - laterFirst;
  if ((earlier.groupEnd[column + 1] ?? earlierFirst) - earlierFirst !== count) return false;
  for (let i = 0; i < count; i += 1) {
    const earlierTouchpoint = earlier.map.touchpoints[earlier.grouped[earlierFirst + i] ?? -1];
    if (earlierTouchpoint !== later.map.touchpoints[later.grouped[laterFirst + i] ?? -1]) return false;
  }
  return true;
}

/** The ids of the silos at these sorted lanes, then the distinct unknown ids in code-unit order. */
function siloIdsOfLanes(map: JourneyMap, sortedLanes: Int32Array, unknownSilos: readonly string[] | null): string[] {
  const ids: string[] = [];
  for (let i = 0; i < sortedLanes.length; i += 1) ids.push(map.silos[sortedLanes[i] ?? 0]?.id ?? '');
  if (unknownSilos !== null) ids.push(...[...new Set(unknownSilos)].sort(compareText));
  return ids;
}

function laneOf(siloLane: ReadonlyMap<string, number>, siloId: string | null): number {
  return siloId === null ? NO_SILO : (siloLane.get(siloId) ?? UNKNOWN_SILO);
}

/** Distinct silo ids in lane order; ids of unknown silos go last, in code-unit order. */
export function inLaneOrder(index: Pick<JourneyIndex, 'siloLane'>, siloIds: readonly string[]): string[] {
  if (siloIds.length === 0) return [];
  if (siloIds.length === 1) return [siloIds[0] ?? ''];
  if (siloIds.length === 2) return siloPairInLaneOrder(index, siloIds[0] ?? '', siloIds[1] ?? '');
  const unique = [...new Set(siloIds)];
  const lanes = new Map<string, number>();
  for (const id of unique) lanes.set(id, laneOf(index.siloLane, id));
  return unique.sort((a, b) => compareLanes(lanes.get(a) ?? UNKNOWN_SILO, a, lanes.get(b) ?? UNKNOWN_SILO, b));
}

/** Two silo ids in lane order (one id if they are the same). */
export function siloPairInLaneOrder(index: Pick<JourneyIndex, 'siloLane'>, a: string, b: string): string[] {
  if (a === b) return [a];
  return compareLanes(laneOf(index.siloLane, a), a, laneOf(index.siloLane, b), b) < 0 ? [a, b] : [b, a];
}

/** Lane order of two silos given their lanes (`UNKNOWN_SILO` after every lane, then by id). */
function compareLanes(laneA: number, a: string, laneB: number, b: string): number {
  const rankA = laneA < 0 ? Number.POSITIVE_INFINITY : laneA;
  const rankB = laneB < 0 ? Number.POSITIVE_INFINITY : laneB;
  return rankA - rankB || compareText(a, b);
}

/** The name of a silo; an unknown id stands for itself. */
export function siloName(index: JourneyIndex, siloId: string): string {
  const lane = index.siloLane.get(siloId);
  return lane === undefined ? siloId : (index.map.silos[lane]?.name ?? siloId);
}

/** "A", "A and B", "A, B and C" from the names of these silos. */
export function siloNameList(index: JourneyIndex, siloIds: readonly string[]): string {
  const last = siloIds.length - 1;
  let text = last < 0 ? '' : siloName(index, siloIds[0] ?? '');
  for (let i = 1; i <= last; i += 1) {
    const siloId = siloIds[i] ?? '';
    const lane = index.siloLane.get(siloId);
    const tails = i === last ? index.listTails.and : index.listTails.comma;
    text += (lane === undefined ? undefined : tails[lane]) ?? `${i === last ? ' and ' : ', '}${siloId}`;
  }
  return text;
}

/** Locale-independent string order (UTF-16 code units), so the same map sorts the same everywhere. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

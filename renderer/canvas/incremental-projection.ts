/**
 * The projection onto React Flow made from the previous one in proportion to what an edit changed: the
 * cards of the touchpoints it changed, moved or re-marked, the stage headers whose badge changed, and the
 * hand-offs at those touchpoints are projected again; everything else is the previous projection's.
 * Whatever a patch could not follow cheaply (stages, silos or hand-offs edited, columns or lanes moved,
 * other layout options, another map, repeated touchpoint ids) is projected in full.
 */
import type { JourneyLayout } from '../../shared/layout/grid-layout';
import { itemsById } from '../../shared/model/by-id';
import type { Handoff, JourneyMap, Touchpoint } from '../../shared/model/types';
import {
  applyTouchpointEdit,
  cardAt,
  indexCards,
  moveCardPositions,
  touchpointEdit,
  type CardIndex,
  type TouchpointEdit,
} from './card-index';
import { NO_MARKS, type DiagnosisMarks } from './diagnosis-marks';
import {
  cardsWithChangedBoxes,
  changedBadges,
  changedTouchpointMarks,
  changedUnownedHandoffs,
  clashPartnersOf,
  sameGridFrame,
} from './flow-changes';
import { edgeIdOf, type CardNode, type FlowNode, type HandoffEdge } from './flow-types';
import { handoffIndexOf } from './handoff-index';
import { ListPatch } from './list-patch';
import {
  projectCard,
  projectGrid,
  projectHandoff,
  projectStageHeader,
  projectToFlow,
  reuseUnchanged,
  sameEdge,
  sameNode,
  type CardContext,
  type FlowProjection,
} from './project-to-flow';

/** What of the map the projection reads. */
export type ProjectedMap = Pick<JourneyMap, 'id' | 'stages' | 'silos' | 'touchpoints' | 'handoffs'>;

/** A projection and what the next one is made from. Read-only: later projections share its objects. */
export interface IncrementalFlowProjection {
  readonly projection: FlowProjection;
  readonly memo: ProjectionMemo;
}

/** What a projection was made from, and its index once a patch made one. */
interface ProjectionMemo {
  readonly map: ProjectedMap;
  readonly layout: JourneyLayout;
  readonly marks: DiagnosisMarks;
  /** Made by the first patch that needs it (not by a full projection), then moved forward from patch to patch. */
  readonly index: ProjectionIndex | null;
}

/** Where a projection's cards and edges are. */
interface ProjectionIndex {
  /** The touchpoints by id and the card positions, valid while the projection owns them. */
  readonly cards: CardIndex;
  /** Where the cards start among the nodes (they come last, after the grid and the headers). */
  readonly cardStart: number;
  /** Each edge's index among the edges, by edge id. */
  readonly edgeAt: ReadonlyMap<string, number>;
}

/**
 * Projects the map and its layout exactly like `reuseUnchanged(previous.projection, projectToFlow(…))`
 * (deep-equal nodes and edges, every unchanged one as the previous object, the previous arrays when
 * nothing changed), at a cost in proportion to what changed since `previous`, the projection of the same
 * map before an edit (the first patch after a full projection also indexes that one's cards and edges).
 */
export function projectToFlowIncrementally(
  map: ProjectedMap,
  layout: JourneyLayout,
  marks: DiagnosisMarks = NO_MARKS,
  previous: IncrementalFlowProjection | null = null,
): IncrementalFlowProjection {
  if (previous && sameInputs(previous.memo, map, layout, marks)) return previous;
  const patch = previous && sameFrame(previous.memo, map, layout) ? patchFor(previous, map) : null;
  return previous && patch
    ? patchProjection(previous, patch.index, patch.edit, map, layout, marks)
    : projectAll(map, layout, marks, previous);
}

/** True when `map` is the same map as `before` with the same stages, silos and hand-offs arrays. */
function sameFixedArrays(before: ProjectedMap, map: ProjectedMap): boolean {
  return before.id === map.id && before.stages === map.stages && before.silos === map.silos && before.handoffs === map.handoffs;
}

function sameInputs(memo: ProjectionMemo, map: ProjectedMap, layout: JourneyLayout, marks: DiagnosisMarks): boolean {
  return sameFixedArrays(memo.map, map) && memo.map.touchpoints === map.touchpoints && memo.layout === layout && memo.marks === marks;
}

/** True when only touchpoints and marks changed, and no column or lane moved: what a patch can follow. */
function sameFrame(memo: ProjectionMemo, map: ProjectedMap, layout: JourneyLayout): boolean {
  return (
    sameFixedArrays(memo.map, map) &&
    memo.layout.options === layout.options &&
    sameGridFrame(memo.layout, layout) &&
    handoffIndexOf(map.handoffs).idsUnique
  );
}

/** The previous projection's index and the touchpoint edit to patch it with; null when touchpoint ids repeat. */
function patchFor(previous: IncrementalFlowProjection, map: ProjectedMap): { index: ProjectionIndex; edit: TouchpointEdit } | null {
  const index = indexOf(previous);
  const edit = index && touchpointEdit(index.cards, previous.memo.map.touchpoints, map.touchpoints);
  return index && edit ? { index, edit } : null;
}

/** The projection's index: its own while it owns it, else made from its arrays (null when touchpoint ids repeat). */
function indexOf({ memo, projection }: IncrementalFlowProjection): ProjectionIndex | null {
  if (memo.index?.cards.owner === memo) return memo.index;
  const cards = indexCards(memo.map.touchpoints, projection.nodes);
  if (!cards) return null;
  const firstCard = projection.nodes.findIndex((node) => node.type === 'touchpoint');
  return {
    cards,
    cardStart: firstCard < 0 ? projection.nodes.length : firstCard,
    edgeAt: new Map(projection.edges.map((edge, position) => [edge.id, position])),
  };
}

/** The full projection. */
function projectAll(
  map: ProjectedMap,
  layout: JourneyLayout,
  marks: DiagnosisMarks,
  previous: IncrementalFlowProjection | null,
): IncrementalFlowProjection {
  const projection = reuseUnchanged(previous?.projection ?? null, projectToFlow(map, layout, marks));
  return { projection, memo: { map: mapOf(map), layout, marks, index: null } };
}

function mapOf({ id, stages, silos, touchpoints, handoffs }: ProjectedMap): ProjectedMap {
  return { id, stages, silos, touchpoints, handoffs };
}

/** The node `fresh`, or `previous` (of the same id) when it is equal, as `reuseUnchanged` keeps it. */
function keepNode<T extends FlowNode>(previous: T | undefined, fresh: T): T {
  return previous && (previous === fresh || sameNode(previous, fresh)) ? previous : fresh;
}

/** The previous projection patched where the edit, the layout and the marks changed it. */
function patchProjection(
  previous: IncrementalFlowProjection,
  index: ProjectionIndex,
  edit: TouchpointEdit,
  map: ProjectedMap,
  layout: JourneyLayout,
  marks: DiagnosisMarks,
): IncrementalFlowProjection {
  const { memo, projection: before } = previous;
  const { cards, cardStart } = index;
  const touched = touchedCards(edit, memo, layout, marks);
  cards.owner = null;
  applyTouchpointEdit(cards, edit);
  const context: CardContext = {
    stageById: itemsById(map.stages),
    siloById: itemsById(map.silos),
    marks,
    titleOf: (touchpointId) => cards.touchpointOf.get(touchpointId)?.title ?? touchpointId,
    options: layout.options,
  };
  const nodes = new ListPatch<FlowNode>(before.nodes);
  if (marks !== memo.marks) patchHeaders(nodes, memo.marks, layout, context);
  patchCardStretch(nodes, cards, edit, touched, map.touchpoints, layout, context, cardStart);
  patchTouchedCards(nodes, cards, edit, touched, layout, context);
  const cardTouchpoint = (touchpointId: string) => cardAt(nodes.items, cards.positionOf.get(touchpointId))?.data.touchpoint;
  const { edges, edgeAt } = patchEdges(memo.marks, before.edges, index.edgeAt, edit, map.handoffs, cardTouchpoint, context);

  const nodeList = nodes.result();
  const projection = nodeList === before.nodes && edges === before.edges ? before : { nodes: nodeList, edges };
  const next: IncrementalFlowProjection = { projection, memo: { map: mapOf(map), layout, marks, index: { cards, cardStart, edgeAt } } };
  cards.owner = next.memo;
  return next;
}

/**
 * The ids of the cards to project again besides the changed stretch's: those whose touchpoint changed,
 * whose box or marks changed, and those naming a changed touchpoint as their clash partner.
 */
function touchedCards(edit: TouchpointEdit, memo: ProjectionMemo, layout: JourneyLayout, marks: DiagnosisMarks): Set<string> {
  const touched = new Set(edit.changedIds);
  for (const touchpointId of cardsWithChangedBoxes(memo.layout, layout)) touched.add(touchpointId);
  for (const touchpointId of changedTouchpointMarks(memo.marks, marks)) touched.add(touchpointId);
  for (const touchpointId of clashPartnersOf(marks, edit.changedIds)) touched.add(touchpointId);
  return touched;
}

/** Projects again the stage headers whose badge changed, and the grid when a stage's status did. */
function patchHeaders(nodes: ListPatch<FlowNode>, marksBefore: DiagnosisMarks, layout: JourneyLayout, context: CardContext): void {
  const { marks } = context;
  const changed = changedBadges(marksBefore, marks, layout.columns);
  const grid = changed.statusChanged ? projectGrid(layout, marks) : null;
  if (grid) nodes.set(0, keepNode(nodes.items[0], grid));
  // The grid node comes first when there is one, then a stage header per column.
  const firstHeader = nodes.items[0]?.type === 'grid' ? 1 : 0;
  for (const column of changed.columns) {
    const stage = context.stageById.get(column.stageId);
    const position = firstHeader + column.index;
    if (!stage) continue;
    const header = projectStageHeader(stage, column, layout.columns.length, marks.stages.get(stage.id));
    nodes.set(position, keepNode(nodes.items[position], header));
  }
}

/**
 * Replaces the cards of the edit's stretch of the touchpoints array with those of its new version, in the
 * array's order: a touchpoint object the edit only moved keeps its card unless it is `touched`.
 */
function patchCardStretch(
  nodes: ListPatch<FlowNode>,
  cards: CardIndex,
  edit: TouchpointEdit,
  touched: ReadonlySet<string>,
  touchpoints: readonly Touchpoint[],
  layout: JourneyLayout,
  context: CardContext,
  cardStart: number,
): void {
  if (edit.before.length === 0 && edit.after.length === 0) return;
  const start = stretchStart(cards, touchpoints, edit.start, cardStart);
  const count = edit.before.filter((touchpoint) => cards.positionOf.has(touchpoint.id)).length;
  const stretch: CardNode[] = [];
  for (const touchpoint of edit.after) {
    const box = layout.cards.get(touchpoint.id);
    if (!box) continue;
    const before = cardAt(nodes.items, cards.positionOf.get(touchpoint.id));
    const moved = before?.data.touchpoint === touchpoint && !touched.has(touchpoint.id);
    stretch.push(moved && before ? before : keepNode(before, projectCard(touchpoint, box, context)));
  }
  nodes.replace(start, count, stretch);
  moveCardPositions(cards, edit, nodes.items, start, count, stretch);
}

/** Where the cards of the stretch starting at `start` in the touchpoints array are: after the last card before it. */
function stretchStart(cards: CardIndex, touchpoints: readonly Touchpoint[], start: number, cardStart: number): number {
  for (let index = start - 1; index >= 0; index--) {
    const touchpoint = touchpoints[index];
    const position = touchpoint && cards.positionOf.get(touchpoint.id);
    if (position !== undefined) return position + 1;
  }
  return cardStart;
}

/** Projects again the touched cards outside the edit's stretch, where they are. */
function patchTouchedCards(
  nodes: ListPatch<FlowNode>,
  cards: CardIndex,
  edit: TouchpointEdit,
  touched: ReadonlySet<string>,
  layout: JourneyLayout,
  context: CardContext,
): void {
  for (const touchpointId of touched) {
    if (edit.afterIds.has(touchpointId)) continue;
    const position = cards.positionOf.get(touchpointId);
    const before = cardAt(nodes.items, position);
    const box = layout.cards.get(touchpointId);
    if (position === undefined || !before || !box) continue;
    nodes.set(position, keepNode(before, projectCard(before.data.touchpoint, box, context)));
  }
}

/**
 * Projects again the hand-offs at a changed touchpoint and those whose unowned flag changed; lists the
 * edges again in hand-off order when one of them appears or goes.
 */
function patchEdges(
  marksBefore: DiagnosisMarks,
  before: readonly HandoffEdge[],
  edgeAt: ReadonlyMap<string, number>,
  edit: TouchpointEdit,
  handoffs: readonly Handoff[],
  cardTouchpoint: (touchpointId: string) => Touchpoint | undefined,
  context: CardContext,
): { edges: HandoffEdge[]; edgeAt: ReadonlyMap<string, number> } {
  const { marks } = context;
  const index = handoffIndexOf(handoffs);
  const affected = new Set<Handoff>();
  for (const touchpointId of edit.changedIds) for (const handoff of index.byTouchpointId.get(touchpointId) ?? []) affected.add(handoff);
  for (const handoffId of changedUnownedHandoffs(marksBefore, marks)) {
    const handoff = index.byId.get(handoffId);
    if (handoff) affected.add(handoff);
  }
  const edges = new ListPatch(before);
  const projected = new Map<string, HandoffEdge | null>();
  let regroup = false;
  for (const handoff of affected) {
    const from = cardTouchpoint(handoff.fromTouchpointId);
    const to = cardTouchpoint(handoff.toTouchpointId);
    const at = edgeAt.get(edgeIdOf(handoff.id));
    const was = at === undefined ? undefined : before[at];
    const fresh = from && to ? projectHandoff(handoff, from, to, context.siloById, marks) : null;
    const edge = fresh && was && (was === fresh || sameEdge(was, fresh)) ? was : fresh;
    projected.set(handoff.id, edge);
    if (at !== undefined && edge) edges.set(at, edge);
    else if (at !== undefined || edge) regroup = true;
  }
  if (!regroup) return { edges: edges.result(), edgeAt };
  const listed: HandoffEdge[] = [];
  for (const handoff of handoffs) {
    const at = edgeAt.get(edgeIdOf(handoff.id));
    const edge = projected.has(handoff.id) ? projected.get(handoff.id) : at === undefined ? undefined : before[at];
    if (edge) listed.push(edge);
  }
  return { edges: listed, edgeAt: new Map(listed.map((edge, position) => [edge.id, position])) };
}

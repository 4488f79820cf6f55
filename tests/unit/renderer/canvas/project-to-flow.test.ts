import { describe, expect, it } from 'vitest';
import { MarkerType } from '@xyflow/react';
import { cellKey, layoutJourney } from '../../../../shared/layout/grid-layout';
import { analyzeJourney } from '../../../../shared/analysis';
import { updateHandoff, updateSilo, updateStage, updateTouchpoint } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';
import { diagnosisMarks } from '../../../../renderer/canvas/diagnosis-marks';
import type { CardNode, FlowNode, GridNode, StageHeaderNode } from '../../../../renderer/canvas/flow-types';
import {
  applyEdgeFlags,
  applyNodeFlags,
  focusedCellNode,
  handoffLabel,
  projectToFlow,
  reuseUnchanged,
} from '../../../../renderer/canvas/project-to-flow';
import { workshopMap } from './canvas-fixtures';

function project(map = workshopMap()) {
  return projectToFlow(map, layoutJourney(map));
}

function byId(nodes: readonly FlowNode[], id: string): FlowNode {
  const node = nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

describe('projectToFlow', () => {
  it('makes a column header per stage, a row header per lane, one grid node and a card per touchpoint', () => {
    const { nodes } = project();
    const count = (type: string) => nodes.filter((node) => node.type === type).length;
    expect(count('stageHeader')).toBe(2);
    expect(count('siloHeader')).toBe(3);
    expect(count('grid')).toBe(1);
    expect(count('cell')).toBe(0);
    expect(count('touchpoint')).toBe(4);
  });

  it('draws all cells with one grid node behind the cards, hidden from assistive technology', () => {
    const map = workshopMap();
    const layout = layoutJourney(map);
    const grid = byId(projectToFlow(map, layout).nodes, 'grid') as GridNode;
    expect(grid.position).toEqual({ x: layout.columns[0]?.x, y: layout.lanes[0]?.y });
    expect(grid.data.columns.map((column) => column.stageId)).toEqual(['s1', 's2']);
    expect(grid.data.lanes.map((lane) => lane.siloId)).toEqual(['sales', 'billing', null]);
    expect(grid.zIndex).toBeLessThan(byId(projectToFlow(map, layout).nodes, 'tp:ad').zIndex ?? 0);
    expect(grid.domAttributes).toMatchObject({ 'aria-hidden': true });
    expect(grid.style).toMatchObject({ pointerEvents: 'none' });
  });

  it('gives headers and cards the roles and names assistive technology and the end-to-end tests rely on', () => {
    const { nodes } = project();
    const stage = byId(nodes, 'stage:s1');
    expect(stage.ariaRole).toBe('columnheader');
    expect(stage.ariaLabel).toMatch(/^Discover\b/);
    const silo = byId(nodes, 'silo:sales');
    expect(silo.ariaRole).toBe('rowheader');
    expect(silo.ariaLabel).toMatch(/^Sales\b.*lead Sam/);
    const unowned = byId(nodes, 'no-owner');
    expect(unowned.ariaRole).toBe('rowheader');
    expect(unowned.ariaLabel).toMatch(/^No owner\b/);
    const card = byId(nodes, 'tp:invoice');
    expect(card.ariaRole).toBe('button');
    expect(card.ariaLabel).toMatch(/^Invoice, Email, Inform, customer very unhappy/);
    expect(card.ariaLabel).toContain('In Buy, Billing');
    expect(card.domAttributes).toMatchObject({ 'data-kind': 'touchpoint' });
  });

  it('puts cards where the layout puts them, with the layout size', () => {
    const map = workshopMap();
    const layout = layoutJourney(map);
    const { nodes } = projectToFlow(map, layout);
    const box = layout.cards.get('quote');
    const card = byId(nodes, 'tp:quote');
    expect(card.position).toEqual({ x: box?.x, y: box?.y });
    expect(card.width).toBe(box?.width);
    expect(card.height).toBe(box?.height);
  });

  it('makes a focusable node for the focused cell only, letting clicks through', () => {
    const map = workshopMap();
    const cell = focusedCellNode(map, layoutJourney(map), { stageId: 's1', siloId: 'billing' });
    expect(cell?.id).toBe(`cell:${cellKey('s1', 'billing')}`);
    expect(cell?.draggable).toBe(false);
    expect(cell?.selectable).toBe(false);
    expect(cell?.style).toMatchObject({ pointerEvents: 'none' });
    expect(cell?.ariaRole).toBe('gridcell');
    expect(cell?.ariaLabel).toBe('Discover, Billing: empty');
    expect(focusedCellNode(map, layoutJourney(map), { stageId: 's2', siloId: 'sales' })?.ariaLabel).toBe(
      'Buy, Sales: 1 touchpoint',
    );
    expect(focusedCellNode(map, layoutJourney(map), { stageId: 'nope', siloId: null })).toBeNull();
  });

  it('draws a cross-silo hand-off differently from one within a silo, not by colour alone', () => {
    const { edges } = project();
    const cross = edges.find((edge) => edge.id === 'ho:h-cross');
    const same = edges.find((edge) => edge.id === 'ho:h-same');
    expect(cross?.ariaLabel).toBe('Hand-off from Quote to Invoice, cross-silo: Send bill, owned by Billing');
    expect(same?.ariaLabel).toBe('Hand-off from Ad to Quote, within one silo, no owner');
    expect(cross?.data?.crossSilo).toBe(true);
    expect(same?.data?.crossSilo).toBe(false);
    expect(cross?.markerEnd).toMatchObject({ type: MarkerType.Arrow });
    expect(same?.markerEnd).toMatchObject({ type: MarkerType.ArrowClosed });
    expect(cross?.ariaRole).toBe('group');
    expect(cross?.source).toBe('tp:quote');
    expect(cross?.target).toBe('tp:invoice');
  });

  it('skips hand-offs whose cards are not on the grid', () => {
    const map = {
      ...workshopMap(),
      handoffs: [{ id: 'h', fromTouchpointId: 'ad', toTouchpointId: 'ghost', label: '', ownerSiloId: null }],
    };
    expect(project(map).edges).toEqual([]);
  });

  it('names a hand-off with its label trimmed', () => {
    expect(handoffLabel('A', 'B', true, '  Call  ', null)).toBe('Hand-off from A to B, cross-silo: Call, no owner');
  });
});

describe('reuseUnchanged', () => {
  it('keeps the objects of nodes and edges that did not change, so React Flow skips them', () => {
    const map = workshopMap();
    const first = project(map);
    const edited = updateTouchpoint(map, 'invoice', { title: 'Invoice sent' });
    const second = reuseUnchanged(first, project(edited));
    expect(byId(second.nodes, 'tp:ad')).toBe(byId(first.nodes, 'tp:ad'));
    expect(byId(second.nodes, 'stage:s1')).toBe(byId(first.nodes, 'stage:s1'));
    expect(byId(second.nodes, 'tp:invoice')).not.toBe(byId(first.nodes, 'tp:invoice'));
    expect((byId(second.nodes, 'tp:invoice') as CardNode).data.touchpoint.title).toBe('Invoice sent');
    expect(second.edges.find((e) => e.id === 'ho:h-same')).toBe(first.edges.find((e) => e.id === 'ho:h-same'));
    expect(second.edges.find((e) => e.id === 'ho:h-cross')).not.toBe(first.edges.find((e) => e.id === 'ho:h-cross'));
  });
  it('hands back the very same lists when nothing in them changed, and a new list when one item did', () => {
    const map = workshopMap();
    const first = project(map);
    const same = reuseUnchanged(first, project({ ...map, touchpoints: [...map.touchpoints], handoffs: [...map.handoffs] }));
    expect(same.edges).toBe(first.edges);
    expect(same.nodes).toBe(first.nodes);
    const retitled = reuseUnchanged(first, project(updateTouchpoint(map, 'stray', { title: 'Stray card' })));
    expect(retitled.nodes).not.toBe(first.nodes);
    expect(retitled.edges).toBe(first.edges);
    const withoutEdge = reuseUnchanged(first, project({ ...map, handoffs: map.handoffs.slice(1) }));
    expect(withoutEdge.edges).not.toBe(first.edges);
    expect(withoutEdge.edges).toHaveLength(first.edges.length - 1);
  });
});

describe('projectToFlow across edits', () => {
  it('hands back the very node and edge objects that did not change, and new ones where something did', () => {
    const map = workshopMap();
    const marked = (next: JourneyMap) => projectToFlow(next, layoutJourney(next), diagnosisMarks(next, analyzeJourney(next)));
    const first = marked(map);
    const retitled = updateTouchpoint(map, 'invoice', { title: 'Invoice sent' });
    const second = marked(retitled);
    for (const id of ['stage:s1', 'stage:s2', 'silo:sales', 'silo:billing', 'tp:ad', 'tp:quote']) {
      expect(byId(second.nodes, id)).toBe(byId(first.nodes, id));
    }
    expect(byId(second.nodes, 'tp:invoice')).not.toBe(byId(first.nodes, 'tp:invoice'));
    expect(second.edges.find((edge) => edge.id === 'ho:h-same')).toBe(first.edges.find((edge) => edge.id === 'ho:h-same'));
    // Its label names the retitled card.
    expect(second.edges.find((edge) => edge.id === 'ho:h-cross')).not.toBe(first.edges.find((edge) => edge.id === 'ho:h-cross'));
    // A stage whose badge changes gets a new header with the new badge.
    const third = marked(updateStage(retitled, 's2', { accountableSiloId: null }));
    const before = byId(second.nodes, 'stage:s2') as StageHeaderNode;
    const after = byId(third.nodes, 'stage:s2') as StageHeaderNode;
    expect(after).not.toBe(before);
    expect(after.data.findingCount).toBe(before.data.findingCount + 1);
  });
});

describe('view flags', () => {
  it('marks selected nodes and the single roving tab stop, touching nothing else', () => {
    const { nodes } = project();
    const flagged = applyNodeFlags(nodes, { selectedNodeIds: new Set(['tp:ad']), tabStopNodeId: 'stage:s1' });
    expect(byId(flagged, 'tp:ad').selected).toBe(true);
    expect(byId(flagged, 'stage:s1').domAttributes?.tabIndex).toBe(0);
    expect(flagged.filter((node) => node.domAttributes?.tabIndex === 0)).toHaveLength(1);
    expect(byId(flagged, 'tp:quote')).toBe(byId(nodes, 'tp:quote'));
    expect(applyNodeFlags(flagged, { selectedNodeIds: new Set(['tp:ad']), tabStopNodeId: 'stage:s1' })).toBe(flagged);
  });

  it('marks selected hand-offs and returns the same array when nothing changes', () => {
    const { edges } = project();
    const flagged = applyEdgeFlags(edges, new Set(['ho:h-cross']));
    expect(flagged.find((edge) => edge.id === 'ho:h-cross')?.selected).toBe(true);
    expect(applyEdgeFlags(flagged, new Set(['ho:h-cross']))).toBe(flagged);
  });
});

describe('a 1,000-touchpoint map', () => {
  it('re-projects after one edit reusing all other cards (speed is measured by npm run bench)', async () => {
    const { generateJourneyMap } = await import('../../../support/map-generator');
    const map = generateJourneyMap({ touchpoints: 1000, seed: 3 });
    const first = projectToFlow(map, layoutJourney(map));
    const firstTouchpoint = map.touchpoints[0];
    if (!firstTouchpoint) throw new Error('empty map');
    const edited = updateTouchpoint(map, firstTouchpoint.id, { description: 'changed' });
    const second = reuseUnchanged(first, projectToFlow(edited, layoutJourney(edited)));
    const cards = second.nodes.filter((node) => node.type === 'touchpoint');
    const reused = cards.filter((node) => first.nodes.includes(node));
    expect(cards).toHaveLength(1000);
    expect(reused).toHaveLength(999);
  });
});

describe('projectToFlow with the diagnosis marks', () => {
  function projectMarked(map: JourneyMap) {
    return projectToFlow(map, layoutJourney(map), diagnosisMarks(map, analyzeJourney(map)));
  }
  /** Quote (Sales, sell) and Invoice (Billing, collect) reach the customer in the same stage: a clash. */
  function clashingMap(map = workshopMap()): JourneyMap {
    return updateTouchpoint(updateTouchpoint(map, 'quote', { intent: 'sell' }), 'invoice', { intent: 'collect' });
  }

  it('gives each stage header its status and badge, and says the status in its accessible name', () => {
    const { nodes } = projectMarked(workshopMap());
    const discover = byId(nodes, 'stage:s1') as StageHeaderNode;
    expect(discover.data).toMatchObject({ status: 'critical', badge: 'No shared metric', findingCount: 2 });
    expect(discover.ariaLabel).toBe('Discover, stage 1 of 2, Critical: No shared metric, 2 findings');
  });

  it('names an OK stage OK, and leaves the status out when the map is not analysed', () => {
    const map = workshopMap();
    const measured: JourneyMap = {
      ...map,
      touchpoints: map.touchpoints.filter((tp) => tp.stageId === 's1' && tp.siloId !== null),
      handoffs: [],
      stages: map.stages.map((stage) => ({
        ...stage,
        metrics: [
          {
            id: `m-${stage.id}`,
            name: 'Shortlist rate',
            definition: '',
            unit: '%',
            direction: 'higher-is-better' as const,
            target: 30,
            current: 31,
            ownerSiloIds: ['sales'],
          },
        ],
      })),
    };
    const discover = byId(projectMarked(measured).nodes, 'stage:s1') as StageHeaderNode;
    expect(discover.data).toMatchObject({ status: 'ok', badge: 'OK', findingCount: 0 });
    expect(discover.ariaLabel).toBe('Discover, stage 1 of 2, OK');
    const plain = byId(project(measured).nodes, 'stage:s1') as StageHeaderNode;
    expect(plain.data.status).toBeNull();
    expect(plain.ariaLabel).toBe('Discover, stage 1 of 2');
  });

  it('tints each grid column by its stage status', () => {
    const grid = byId(projectMarked(workshopMap()).nodes, 'grid') as GridNode;
    expect(grid.data.columns.map((column) => column.status)).toEqual(['critical', 'critical']);
  });

  it('marks a card no silo owns, on the card and in its accessible name', () => {
    const stray = byId(projectMarked(workshopMap()).nodes, 'tp:stray') as CardNode;
    expect(stray.data).toMatchObject({ unowned: true, conflict: false });
    expect(stray.ariaLabel).toMatch(/^Stray, .*\. No owner: no silo is responsible for it$/);
  });

  it('marks both clashing cards, each naming the other', () => {
    const { nodes } = projectMarked(clashingMap());
    const quote = byId(nodes, 'tp:quote') as CardNode;
    const invoice = byId(nodes, 'tp:invoice') as CardNode;
    expect(quote.data.conflict).toBe(true);
    expect(invoice.data.conflict).toBe(true);
    expect(quote.ariaLabel).toMatch(/^Quote, .*\. Conflict: clashes with Invoice$/);
    expect(invoice.ariaLabel).toMatch(/^Invoice, .*\. Conflict: clashes with Quote$/);
    expect((byId(nodes, 'tp:ad') as CardNode).data).toMatchObject({ conflict: false, unowned: false });
  });

  it('marks a cross-silo hand-off nobody owns: its own class and data, and words in its name', () => {
    const map = updateHandoff(workshopMap(), 'h-cross', { ownerSiloId: null });
    const edge = projectMarked(map).edges.find((candidate) => candidate.id === 'ho:h-cross');
    expect(edge?.data).toMatchObject({ crossSilo: true, unowned: true, ownerName: null });
    expect(edge?.className).toContain('jm-handoff--unowned');
    expect(edge?.ariaLabel).toBe(
      'Hand-off from Quote to Invoice, cross-silo: Send bill, no owner. Warning: unowned hand-off, nobody makes sure it goes well',
    );
    const owned = projectMarked(workshopMap()).edges.find((candidate) => candidate.id === 'ho:h-cross');
    expect(owned?.data).toMatchObject({ crossSilo: true, unowned: false, ownerName: 'Billing' });
    expect(owned?.className).not.toContain('jm-handoff--unowned');
  });

  it('re-creates only the nodes whose marks changed', () => {
    const map = workshopMap();
    const before = projectMarked(map);
    const after = reuseUnchanged(before, projectMarked(clashingMap(map)));
    expect(byId(after.nodes, 'tp:ad')).toBe(byId(before.nodes, 'tp:ad'));
    expect(byId(after.nodes, 'tp:stray')).toBe(byId(before.nodes, 'tp:stray'));
    expect(byId(after.nodes, 'stage:s1')).toBe(byId(before.nodes, 'stage:s1'));
    expect(byId(after.nodes, 'tp:quote')).not.toBe(byId(before.nodes, 'tp:quote'));
    expect(byId(after.nodes, 'stage:s2')).not.toBe(byId(before.nodes, 'stage:s2'));
  });

  it('builds a card anew when only its name would change: its clash partner retitled, its stage or silo renamed', () => {
    const map = clashingMap();
    const first = projectMarked(map);
    const later = (next: JourneyMap) => reuseUnchanged(first, projectMarked(next));
    const cardOf = (projection: ReturnType<typeof projectMarked>, id: string) => byId(projection.nodes, id) as CardNode;

    const partnerRetitled = later(updateTouchpoint(map, 'invoice', { title: 'Final bill' }));
    expect(cardOf(partnerRetitled, 'tp:quote')).not.toBe(cardOf(first, 'tp:quote'));
    expect(cardOf(partnerRetitled, 'tp:quote').ariaLabel).toMatch(/\. Conflict: clashes with Final bill$/);

    const stageRenamed = later(updateStage(map, 's1', { name: 'Explore' }));
    const ad = cardOf(stageRenamed, 'tp:ad');
    expect(ad).not.toBe(cardOf(first, 'tp:ad'));
    expect(ad.ariaLabel).toContain('. In Explore, ');

    const siloRenamed = later(updateSilo(map, 'sales', { name: 'Sales team', color: '#16a34a' }));
    const quote = cardOf(siloRenamed, 'tp:quote');
    expect(quote.ariaLabel).toContain(', Sales team. Conflict');
    expect(quote.data.siloColor).toBe('#16a34a');
    expect(cardOf(siloRenamed, 'tp:ad')).not.toBe(cardOf(first, 'tp:ad'));
    // Cards of other silos are handed back: their names do not say the renamed silo.
    expect(cardOf(siloRenamed, 'tp:invoice')).toBe(cardOf(first, 'tp:invoice'));
    expect(cardOf(siloRenamed, 'tp:stray')).toBe(cardOf(first, 'tp:stray'));
  });

  it('re-projects a 1,000-touchpoint map with its marks after one edit, reusing every unchanged card', async () => {
    const { generateJourneyMap } = await import('../../../support/map-generator');
    const map = generateJourneyMap({ touchpoints: 1000, seed: 3 });
    const first = projectMarked(map);
    const firstTouchpoint = map.touchpoints[0];
    if (!firstTouchpoint) throw new Error('empty map');
    const edited = updateTouchpoint(map, firstTouchpoint.id, { description: 'changed' });
    const second = reuseUnchanged(first, projectMarked(edited));
    const cards = second.nodes.filter((node) => node.type === 'touchpoint');
    expect(cards.filter((node) => first.nodes.includes(node))).toHaveLength(999);
  });
});

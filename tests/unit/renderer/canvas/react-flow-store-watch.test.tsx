/**
 * React Flow's node and edge wrappers hear of a store update only when what they read changed
 * (patches/@xyflow+react+*.patch, see patches/README.md). These tests pin that they still follow every
 * change the canvas makes: a node's data and position, an edge's own props and the nodes at its ends, nodes
 * and edges added and removed, and a flow mounted again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render } from '@testing-library/react';
import { Position, ReactFlow, ReactFlowProvider, type Edge, type Node, type NodeProps } from '@xyflow/react';
import { describe, expect, it } from 'vitest';

type LabelNode = Node<{ label: string }, 'counting'>;

const renders = new Map<string, number>();

function CountingNode({ id, data }: NodeProps<LabelNode>) {
  renders.set(id, (renders.get(id) ?? 0) + 1);
  return <span>{data.label}</span>;
}

const NODE_TYPES = { counting: CountingNode };
const HANDLES = [
  { type: 'source' as const, position: Position.Right, x: 50, y: 15, width: 1, height: 1 },
  { type: 'target' as const, position: Position.Left, x: 0, y: 15, width: 1, height: 1 },
];

function node(id: string, x: number, y: number, label = id): LabelNode {
  return { id, type: 'counting', position: { x, y }, width: 50, height: 30, handles: HANDLES, data: { label } };
}

function Flow({ nodes, edges = [] }: { nodes: LabelNode[]; edges?: Edge[] }) {
  return (
    <ReactFlowProvider>
      <div style={{ width: 800, height: 600 }}>
        <ReactFlow nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} />
      </div>
    </ReactFlowProvider>
  );
}

const NODES = Array.from({ length: 60 }, (_, index) => node(`n${index}`, (index % 10) * 70, Math.floor(index / 10) * 50));

function rendered(): string[] {
  return [...renders.keys()].sort();
}

function edgePath(container: HTMLElement, id: string): string | null {
  return container.querySelector(`[data-id="${id}"] path.react-flow__edge-path`)?.getAttribute('d') ?? null;
}

describe('React Flow store watch', () => {
  it('re-renders only the node whose data changed, and no node when none did', () => {
    const { container, rerender } = render(<Flow nodes={NODES} />);
    renders.clear();

    const edited = NODES.map((item) => (item.id === 'n7' ? { ...item, data: { label: 'renamed' } } : item));
    act(() => rerender(<Flow nodes={edited} />));
    expect(rendered()).toEqual(['n7']);
    expect(container.querySelector('[data-id="n7"]')?.textContent).toBe('renamed');

    renders.clear();
    act(() => rerender(<Flow nodes={[...edited]} />));
    expect(rendered()).toEqual([]);
  });

  it('moves a node whose position changed', () => {
    const { container, rerender } = render(<Flow nodes={NODES} />);
    const moved = NODES.map((item) => (item.id === 'n3' ? { ...item, position: { x: 900, y: 400 } } : item));
    act(() => rerender(<Flow nodes={moved} />));
    const style = container.querySelector<HTMLElement>('[data-id="n3"]')?.style.transform;
    expect(style).toBe('translate(900px, 400px)');
  });

  it('redraws an edge when a node at either end moves, and when the edge itself changes', () => {
    const edges: Edge[] = [{ id: 'e1', source: 'n0', target: 'n55' }];
    const { container, rerender } = render(<Flow nodes={NODES} edges={edges} />);
    const first = edgePath(container, 'e1');
    expect(first).not.toBeNull();

    const targetMoved = NODES.map((item) => (item.id === 'n55' ? { ...item, position: { x: 600, y: 500 } } : item));
    act(() => rerender(<Flow nodes={targetMoved} edges={edges} />));
    const second = edgePath(container, 'e1');
    expect(second).not.toBe(first);

    const sourceMoved = targetMoved.map((item) => (item.id === 'n0' ? { ...item, position: { x: 0, y: 300 } } : item));
    act(() => rerender(<Flow nodes={sourceMoved} edges={edges} />));
    const third = edgePath(container, 'e1');
    expect(third).not.toBe(second);

    const retargeted: Edge[] = [{ id: 'e1', source: 'n0', target: 'n9' }];
    act(() => rerender(<Flow nodes={sourceMoved} edges={retargeted} />));
    expect(edgePath(container, 'e1')).not.toBe(third);
  });

  it('adds and removes nodes and edges, and works again after the flow is mounted anew', () => {
    const edges: Edge[] = [{ id: 'e1', source: 'n0', target: 'n1' }];
    const { container, rerender, unmount } = render(<Flow nodes={NODES} edges={edges} />);

    const fewer = NODES.filter((item) => item.id !== 'n1' && item.id !== 'n2');
    act(() => rerender(<Flow nodes={[...fewer, node('extra', 300, 400)]} edges={[]} />));
    expect(container.querySelector('[data-id="n1"]')).toBeNull();
    expect(container.querySelector('[data-id="extra"]')).not.toBeNull();
    expect(container.querySelector('[data-id="e1"]')).toBeNull();
    unmount();

    const again = render(<Flow nodes={NODES} edges={edges} />);
    renders.clear();
    const edited = NODES.map((item) => (item.id === 'n1' ? { ...item, data: { label: 'again' } } : item));
    act(() => again.rerender(<Flow nodes={edited} edges={edges} />));
    expect(rendered()).toEqual(['n1']);
    expect(edgePath(again.container, 'e1')).not.toBeNull();
  });

  it('runs on the patched ES module builds of React Flow (the ones Vite bundles)', () => {
    for (const build of ['index.js', 'index.mjs']) {
      const source = readFileSync(join(process.cwd(), 'node_modules/@xyflow/react/dist/esm', build), 'utf8');
      expect(source, build).toContain('useWatchedStoreApi(watchNode(id), [id])');
      expect(source, build).toContain('useWatchedStoreApi(watchEdge(id), [id])');
    }
  });
});

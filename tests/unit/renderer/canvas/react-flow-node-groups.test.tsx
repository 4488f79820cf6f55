/**
 * React Flow renders its node wrappers in memoised groups (patches/@xyflow+react+*.patch, see
 * patches/README.md). These tests pin what the canvas relies on: the nodes are in the DOM in the order
 * given, and adding, removing or moving a node leaves every other node's element in place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider, type Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';

function nodesOf(ids: readonly string[]): Node[] {
  return ids.map((id, index) => ({
    id,
    position: { x: (index % 40) * 60, y: Math.floor(index / 40) * 40 },
    width: 50,
    height: 30,
    data: { label: id },
  }));
}

function renderedIds(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.react-flow__node')].map((element) => element.getAttribute('data-id') ?? '');
}

function elementsById(container: HTMLElement): Map<string, Element> {
  return new Map([...container.querySelectorAll('.react-flow__node')].map((element) => [element.getAttribute('data-id') ?? '', element]));
}

function Flow({ ids }: { ids: readonly string[] }) {
  return (
    <ReactFlowProvider>
      <div style={{ width: 800, height: 600 }}>
        <ReactFlow nodes={nodesOf(ids)} edges={[]} />
      </div>
    </ReactFlowProvider>
  );
}

const IDS = Array.from({ length: 400 }, (_, index) => `node-${index}`);

describe('React Flow node groups', () => {
  it('renders every node once, in the order of the nodes array', () => {
    const { container } = render(<Flow ids={IDS} />);
    expect(renderedIds(container)).toEqual(IDS);
  });

  it('keeps every other node’s element when nodes are added at either end or in the middle, removed or moved', () => {
    const { container, rerender } = render(<Flow ids={IDS} />);
    const before = elementsById(container);

    const moved = IDS[350] ?? '';
    const edited = [
      'added-first',
      ...IDS.slice(0, 10).filter((id) => id !== 'node-5'),
      moved,
      'added-middle',
      ...IDS.slice(10).filter((id) => id !== moved),
      'added-last',
    ];
    act(() => rerender(<Flow ids={edited} />));

    expect(renderedIds(container)).toEqual(edited);
    const after = elementsById(container);
    const kept = IDS.filter((id) => id !== 'node-5' && id !== moved);
    expect(kept.filter((id) => after.get(id) !== before.get(id))).toEqual([]);
  });

  it('keeps the keyboard focus on a node while cards are added after it', () => {
    const { container, rerender } = render(<Flow ids={IDS.slice(0, 3)} />);
    const focused = container.querySelector<HTMLElement>('.react-flow__node[data-id="node-1"]');
    focused?.focus();
    expect(document.activeElement).toBe(focused);

    act(() => rerender(<Flow ids={IDS.slice(0, 4)} />));
    act(() => rerender(<Flow ids={IDS.slice(0, 5)} />));

    expect(document.activeElement).toBe(focused);
    expect(renderedIds(container)).toEqual(IDS.slice(0, 5));
  });

  it('runs on the patched ES module builds of React Flow (the ones Vite bundles)', () => {
    for (const build of ['index.js', 'index.mjs']) {
      const source = readFileSync(join(process.cwd(), 'node_modules/@xyflow/react/dist/esm', build), 'utf8');
      expect(source, build).toContain('function groupNodeIds(nodeIds)');
      expect(source, build).toContain('memo(NodeWrapperGroupComponent, sameGroupProps)');
      expect(source, build).toContain('last.node === node && last.internals === internals && last.isParent === isParent');
    }
  });
});

/**
 * The baseline of the open-to-paint figure: React Flow as its quick-start uses it, with default nodes and
 * nothing else. `window.benchRender(positions)` starts the clock and renders one default node per position
 * (the positions of the app's nodes for the same map); `?n=N` renders N nodes on a grid at start-up instead.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, useNodesState, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface Position {
  x: number;
  y: number;
}

declare global {
  interface Window {
    benchRender?: (positions: Position[]) => void;
    __benchStart?: number;
  }
}

const GRID_SPACING = { x: 220, y: 110 };

function defaultNodes(positions: readonly Position[]): Node[] {
  return positions.map((position, index) => ({ id: `n${index + 1}`, position, data: { label: `Node ${index + 1}` } }));
}

function gridPositions(count: number): Position[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  return Array.from({ length: count }, (_, index) => ({
    x: (index % columns) * GRID_SPACING.x,
    y: Math.floor(index / columns) * GRID_SPACING.y,
  }));
}

function initialCount(): number {
  const count = Number(new URLSearchParams(window.location.search).get('n') ?? 0);
  return Number.isSafeInteger(count) && count > 0 ? count : 0;
}

/** React Flow with default nodes, fitted to the view. */
function BareFlow() {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>(defaultNodes(gridPositions(initialCount())));
  useEffect(() => {
    window.benchRender = (positions) => {
      window.__benchStart = performance.now();
      setNodes(defaultNodes(positions));
    };
    return () => {
      delete window.benchRender;
    };
  }, [setNodes]);
  return <ReactFlow nodes={nodes} onNodesChange={onNodesChange} fitView minZoom={0.01} />;
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <BareFlow />
  </StrictMode>,
);

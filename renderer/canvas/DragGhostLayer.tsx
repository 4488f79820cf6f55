import { useMemo, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useStore, type ReactFlowState } from '@xyflow/react';

const selectDomNode = (state: ReactFlowState) => state.domNode;

/**
 * The layer the drag ghost (drag-ghost.ts) is drawn in: inside React Flow's viewport, so it pans and zooms
 * with the map, above the nodes, composited on its own, and hidden from pointer and assistive technology
 * (the dragged nodes themselves keep their names and stay in place). The viewport's portal element is
 * looked up once, not on every store update as React Flow's ViewportPortal does.
 */
export function DragGhostLayer({ layerRef }: { layerRef: RefObject<HTMLDivElement | null> }) {
  const domNode = useStore(selectDomNode);
  const portal = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  if (!portal) return null;
  return createPortal(<div ref={layerRef} className="jm-drag-ghost" aria-hidden="true" inert />, portal);
}

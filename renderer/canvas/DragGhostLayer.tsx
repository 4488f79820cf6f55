import type { RefObject } from 'react';
import { ViewportPortal } from '@xyflow/react';

/**
 * The layer the drag ghost (drag-ghost.ts) is drawn in: inside React Flow's viewport, so it pans and zooms
 * with the map, above the nodes, composited on its own, and hidden from pointer and assistive technology
 * (the dragged nodes themselves keep their names and stay in place).
 */
export function DragGhostLayer({ layerRef }: { layerRef: RefObject<HTMLDivElement | null> }) {
  return (
    <ViewportPortal>
      <div ref={layerRef} className="jm-drag-ghost" aria-hidden="true" inert />
    </ViewportPortal>
  );
}

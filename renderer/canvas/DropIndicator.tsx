import { ViewportPortal } from '@xyflow/react';
import { useView } from '../store/view-store';

/** The bar showing where a dragged card, stage or silo would land. */
export function DropIndicator() {
  const indicator = useView((state) => state.drop?.indicator ?? null);
  if (!indicator) return null;
  return (
    <ViewportPortal>
      <div
        className="jm-drop-indicator"
        aria-hidden="true"
        style={{
          position: 'absolute',
          transform: `translate(${indicator.x}px, ${indicator.y}px)`,
          width: indicator.width,
          height: indicator.height,
        }}
      />
    </ViewportPortal>
  );
}

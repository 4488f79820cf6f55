import { useId, useState } from 'react';
import { Panel } from '@xyflow/react';
import { Legend } from '../findings/Legend';

/** A "Legend" button over the map that shows and hides the legend of every mark the canvas draws. */
export function CanvasLegend() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Panel position="top-right" className="jm-canvas-legend">
      <button
        type="button"
        className="jm-canvas-legend__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        Legend
      </button>
      <div id={panelId} hidden={!open} className="jm-canvas-legend__panel">
        {open ? <Legend title="Legend of the map" headingLevel={2} /> : null}
      </div>
    </Panel>
  );
}

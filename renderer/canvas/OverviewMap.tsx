/**
 * The overview in the corner of the canvas: every node as a rectangle in its colour, the visible part of
 * the map outlined, dragging and wheeling in it pans and zooms the canvas.
 *
 * React Flow's own MiniMap subscribes one component per node to its store, so a 1,000-card map ran more
 * than a thousand selectors on every store update (each edit, each frame of a pan). This one draws all
 * rectangles of one colour as a single path, recomputed only when the nodes change, and follows the
 * viewport with one subscription.
 */
import { memo, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { overviewFrame, rectanglePaths, type OverviewRect } from './overview-geometry';

const WIDTH = 200;
const HEIGHT = 150;
/** Margin around the map inside the overview, in overview pixels. */
const OFFSET_SCALE = 5;
const TITLE_ID = 'jm-overview-title';

interface ViewportSlice {
  x: number;
  y: number;
  zoom: number;
  paneWidth: number;
  paneHeight: number;
}

const selectViewport = (state: ReactFlowState): ViewportSlice => ({
  x: state.transform[0],
  y: state.transform[1],
  zoom: state.transform[2],
  paneWidth: state.width,
  paneHeight: state.height,
});

const sameViewport = (a: ViewportSlice, b: ViewportSlice) =>
  a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.paneWidth === b.paneWidth && a.paneHeight === b.paneHeight;

const NodeShapes = memo(function NodeShapes({ paths }: { paths: readonly { color: string; d: string }[] }) {
  return (
    <>
      {paths.map(({ color, d }) => (
        <path key={color} className="react-flow__minimap-node" d={d} style={{ fill: color }} shapeRendering="crispEdges" />
      ))}
    </>
  );
});

export interface OverviewMapProps<N> {
  nodes: readonly N[];
  /** The rectangle a node takes on the map, or null to leave it out. */
  rectOf: (node: N) => OverviewRect | null;
  /** The fill of a node ('transparent' leaves it out). */
  colorOf: (node: N) => string;
  ariaLabel: string;
}

/**
 * The canvas overview (replaces React Flow's MiniMap; same look, pannable and zoomable). Its shapes follow
 * the nodes as a deferred value: an edit's own render does not wait for them.
 */
export const OverviewMap = memo(OverviewMapView) as typeof OverviewMapView;

function OverviewMapView<N>({ nodes, rectOf, colorOf, ariaLabel }: OverviewMapProps<N>) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const panZoom = useStore((state) => state.panZoom);
  const translateExtent = useStore((state) => state.translateExtent);
  const viewport = useStore(selectViewport, sameViewport);

  const shownNodes = useDeferredValue(nodes);
  const { bounds, paths } = useMemo(() => rectanglePaths(shownNodes, rectOf, colorOf), [shownNodes, rectOf, colorOf]);
  const frame = overviewFrame(bounds, viewport, { width: WIDTH, height: HEIGHT, offsetScale: OFFSET_SCALE });
  const viewScale = useRef(frame.viewScale);
  viewScale.current = frame.viewScale;

  const minimap = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (!svg.current || !panZoom) return undefined;
    const instance = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => viewScale.current,
    });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    minimap.current?.update({
      translateExtent,
      width: viewport.paneWidth,
      height: viewport.paneHeight,
      pannable: true,
      zoomable: true,
    });
  }, [panZoom, translateExtent, viewport.paneWidth, viewport.paneHeight]);

  const { view, box } = frame;
  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={TITLE_ID}
      >
        <title id={TITLE_ID}>{ariaLabel}</title>
        <NodeShapes paths={paths} />
        <path
          className="react-flow__minimap-mask"
          d={
            `M${box.x - frame.offset},${box.y - frame.offset}h${box.width + frame.offset * 2}` +
            `v${box.height + frame.offset * 2}h${-box.width - frame.offset * 2}z` +
            `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`
          }
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}

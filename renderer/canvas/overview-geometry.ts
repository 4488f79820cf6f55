/** The geometry of the canvas overview: node rectangles as one path per colour, and the overview's frame. */

export interface OverviewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of React Flow's state the overview frames: its transform and the pane's size in pixels. */
export interface OverviewViewport {
  x: number;
  y: number;
  zoom: number;
  paneWidth: number;
  paneHeight: number;
}

export interface OverviewFrame {
  /** The visible part of the map, in map coordinates. */
  view: OverviewRect;
  /** The overview's viewBox: the map and the visible part, centred, with a margin. */
  box: OverviewRect;
  /** The margin, in map coordinates. */
  offset: number;
  /** Map units per overview pixel. */
  viewScale: number;
}

const TRANSPARENT = 'transparent';

function union(a: OverviewRect, b: OverviewRect): OverviewRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * The rectangles of `nodes` as one SVG path per fill colour (in the order colours first appear; transparent
 * nodes drawn by none), and the bounds of every rectangle (null without any).
 */
export function rectanglePaths<N>(
  nodes: readonly N[],
  rectOf: (node: N) => OverviewRect | null,
  colorOf: (node: N) => string,
): { bounds: OverviewRect | null; paths: { color: string; d: string }[] } {
  let bounds: OverviewRect | null = null;
  const byColor = new Map<string, string[]>();
  for (const node of nodes) {
    const rect = rectOf(node);
    if (!rect || !(rect.width > 0) || !(rect.height > 0)) continue;
    bounds = bounds ? union(bounds, rect) : rect;
    const color = colorOf(node);
    if (color === TRANSPARENT) continue;
    let parts = byColor.get(color);
    if (!parts) byColor.set(color, (parts = []));
    parts.push(`M${rect.x},${rect.y}h${rect.width}v${rect.height}h${-rect.width}z`);
  }
  return { bounds, paths: [...byColor].map(([color, parts]) => ({ color, d: parts.join('') })) };
}

/** Frames the map `bounds` and the visible part in an overview of `size` pixels, as React Flow's MiniMap does. */
export function overviewFrame(
  bounds: OverviewRect | null,
  viewport: OverviewViewport,
  size: { width: number; height: number; offsetScale: number },
): OverviewFrame {
  const zoom = viewport.zoom > 0 ? viewport.zoom : 1;
  const view = {
    x: -viewport.x / zoom,
    y: -viewport.y / zoom,
    width: viewport.paneWidth / zoom,
    height: viewport.paneHeight / zoom,
  };
  const whole = bounds ? union(bounds, view) : view;
  const viewScale = Math.max(whole.width / size.width, whole.height / size.height);
  const viewWidth = viewScale * size.width;
  const viewHeight = viewScale * size.height;
  const offset = size.offsetScale * viewScale;
  return {
    view,
    box: {
      x: whole.x - (viewWidth - whole.width) / 2 - offset,
      y: whole.y - (viewHeight - whole.height) / 2 - offset,
      width: viewWidth + offset * 2,
      height: viewHeight + offset * 2,
    },
    offset,
    viewScale,
  };
}

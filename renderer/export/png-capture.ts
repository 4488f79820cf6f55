import { toSvg } from 'html-to-image';
import type { ViewStore } from '../store/view-store';
import { embeddedFontCss, fontFamiliesIn } from './font-embed';

/** What the PNG shows: the canvas as it is on screen, or every stage, silo and card. */
export type PngScope = 'view' | 'whole-map';

/** A rectangle in the canvas's flow coordinates (unzoomed pixels). */
export interface FlowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of the image and how the canvas's content is placed in it. */
export interface CaptureFrame {
  width: number;
  height: number;
  /** A CSS transform for the viewport element; null keeps the one on screen. */
  transform: string | null;
}

/** Twice the on-screen size, so the image stays sharp on a projector and in a slide. */
export const PNG_PIXEL_RATIO = 2;
/** Space around the whole map, in canvas pixels. */
export const WHOLE_MAP_PADDING = 32;
/** Chromium refuses canvases wider or taller than this. */
const MAX_CANVAS_SIDE = 16_384;
/** Beyond this many pixels (about 200 MB of memory) the image is made at a lower resolution. */
const MAX_CANVAS_PIXELS = 50_000_000;
const LIGHT_CANVAS_FALLBACK = '#f8f9fb';

/** What the canvas has drawn, counted to tell when drawing the whole map has finished. */
const DRAWN_SELECTOR = '.react-flow__node, .react-flow__edge';
/** How many frames in a row the drawn count must hold still before the whole map counts as drawn. */
const SETTLED_FRAMES = 2;
/** How long drawing the whole map may take before the export gives up rather than miss cards. */
const DRAW_TIMEOUT_MS = 30_000;
/** The elements whose boxes make up the drawn map: nodes, hand-off arrows and their labels. */
const CONTENT_SELECTOR = '.react-flow__node, .react-flow__edge-path, .react-flow__edgelabel-renderer > *';
/** Interactive decorations that do not belong in a picture of the map. */
const LEFT_OUT_CLASSES = ['react-flow__handle', 'react-flow__nodesselection', 'react-flow__selection'];
/** SVG properties html-to-image does not copy below an `<svg>` root, so they are inlined while capturing. */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'visibility',
  'color',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/**
 * The CSS properties copied onto each element of the picture. html-to-image copies every computed
 * property by default, which makes a 1,000-card map take most of a minute; these are the ones the
 * canvas's styles set.
 */
const PICTURE_PROPERTIES = [
  ...['display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'box-sizing', 'float', 'clear'],
  ...['width', 'height', 'min-width', 'min-height', 'max-width', 'max-height'],
  ...['margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left'],
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => ['width', 'style', 'color'].map((part) => `border-${side}-${part}`)),
  ...['top-left', 'top-right', 'bottom-right', 'bottom-left'].map((corner) => `border-${corner}-radius`),
  ...['outline-width', 'outline-style', 'outline-color', 'outline-offset', 'box-shadow', 'opacity', 'visibility'],
  ...['background-color', 'background-image', 'background-size', 'background-position', 'background-repeat', 'background-clip'],
  ...['overflow-x', 'overflow-y', 'clip', 'clip-path', 'transform', 'transform-origin', 'translate', 'scale', 'rotate'],
  ...['flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'order', 'row-gap', 'column-gap'],
  ...['align-items', 'align-self', 'align-content', 'justify-content', 'justify-items', 'justify-self', 'place-items'],
  ...['grid-template-columns', 'grid-template-rows', 'grid-column-start', 'grid-column-end', 'grid-row-start', 'grid-row-end'],
  ...['grid-auto-flow', 'grid-auto-columns', 'grid-auto-rows'],
  ...['color', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant-numeric', 'line-height'],
  ...['letter-spacing', 'word-spacing', 'text-align', 'text-indent', 'text-transform', 'text-overflow', 'white-space'],
  ...['text-decoration-line', 'text-decoration-color', 'text-decoration-style', 'word-break', 'overflow-wrap', 'vertical-align'],
  ...['direction', 'list-style-type', '-webkit-line-clamp', '-webkit-box-orient', 'object-fit', 'content'],
  ...['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin'],
];

/** The scale of a CSS transform such as `matrix(0.5, 0, 0, 0.5, 10, 20)`; 1 for none or anything unreadable. */
export function scaleOfTransform(transform: string): number {
  const match = /^matrix\(\s*([-\d.e]+)\s*,\s*([-\d.e]+)/i.exec(transform.trim());
  if (!match) return 1;
  const scale = Math.hypot(Number(match[1]), Number(match[2]));
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** The smallest rectangle holding all `rects`; null when there are none. */
export function unionOf(rects: readonly FlowBounds[]): FlowBounds | null {
  const [first, ...rest] = rects;
  if (!first) return null;
  let left = first.x;
  let top = first.y;
  let right = first.x + first.width;
  let bottom = first.y + first.height;
  for (const rect of rest) {
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.width);
    bottom = Math.max(bottom, rect.y + rect.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The frame showing all of `bounds` at 100 % zoom with `padding` around it. */
export function wholeMapFrame(bounds: FlowBounds, padding = WHOLE_MAP_PADDING): CaptureFrame {
  return {
    width: Math.ceil(bounds.width + 2 * padding),
    height: Math.ceil(bounds.height + 2 * padding),
    transform: `translate(${padding - bounds.x}px, ${padding - bounds.y}px) scale(1)`,
  };
}

/** `wanted` (2×), lowered as far as needed for a canvas the browser can allocate. */
export function pixelRatioFor(width: number, height: number, wanted = PNG_PIXEL_RATIO): number {
  if (width <= 0 || height <= 0) return wanted;
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_CANVAS_PIXELS / (width * height));
  return Math.min(wanted, bySide, byArea);
}

/**
 * The extent of the drawn map in flow coordinates, read from the rendered nodes, arrows and labels
 * (React Flow places them inside the transformed viewport element). Null when nothing is drawn.
 */
export function flowBoundsOf(viewport: HTMLElement): FlowBounds | null {
  const origin = viewport.getBoundingClientRect();
  const zoom = scaleOfTransform(getComputedStyle(viewport).transform);
  const rects: FlowBounds[] = [];
  for (const element of viewport.querySelectorAll(CONTENT_SELECTOR)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    rects.push({ x: (rect.left - origin.left) / zoom, y: (rect.top - origin.top) / zoom, width: rect.width / zoom, height: rect.height / zoom });
  }
  return unionOf(rects);
}

/** Switches the page to the light theme until the returned function is called (a no-op when it is light already). */
function applyLightTheme(doc: Document): () => void {
  const root = doc.documentElement;
  const theme = root.dataset.theme;
  if (theme === undefined || theme === 'light') return () => undefined;
  const colorScheme = root.style.colorScheme;
  root.dataset.theme = 'light';
  root.style.colorScheme = 'light';
  return () => {
    // The user may have changed the theme meanwhile; only undo our own change.
    if (root.dataset.theme !== 'light') return;
    root.dataset.theme = theme;
    root.style.colorScheme = colorScheme;
  };
}

/**
 * True when a style sheet may style this SVG element: it or an ancestor below its `<svg>` root has a
 * class. Elements without (the paths of icons) take their look from attributes and from the root,
 * which html-to-image does copy.
 */
function isStyledByClass(element: Element): boolean {
  for (let current: Element | null = element; current !== null && current.tagName.toLowerCase() !== 'svg'; current = current.parentElement) {
    if (current.hasAttribute('class')) return true;
  }
  return false;
}

/** Copies the computed SVG styles below each `<svg>` root onto the elements; returns the undo. */
function inlineSvgStyles(container: Element): () => void {
  const touched: { element: SVGElement; style: string | null }[] = [];
  const view = container.ownerDocument.defaultView;
  if (!view) return () => undefined;
  for (const element of container.querySelectorAll<SVGElement>('svg *')) {
    if (!isStyledByClass(element)) continue;
    const computed = view.getComputedStyle(element);
    touched.push({ element, style: element.getAttribute('style') });
    for (const property of SVG_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) element.style.setProperty(property, value);
    }
  }
  return () => {
    for (const { element, style } of touched) {
      if (style === null) element.removeAttribute('style');
      else element.setAttribute('style', style);
    }
  };
}

function loadImage(url: string, doc: Document): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = doc.createElement('img');
    image.onload = () => {
      image
        .decode()
        .catch(() => undefined)
        .then(() => resolve(image));
    };
    image.onerror = () => reject(new Error('The browser could not draw the map as an image.'));
    image.src = url;
  });
}

function canvasToPngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('The map is too large to turn into an image.'));
        return;
      }
      blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
    }, 'image/png');
  });
}

function keepInPicture(node: HTMLElement): boolean {
  return !(node instanceof Element && LEFT_OUT_CLASSES.some((name) => node.classList.contains(name)));
}

/** The canvas's React Flow pane and its transformed viewport element, or null when no map is shown. */
export function findCanvas(root: ParentNode = document): { flow: HTMLElement; viewport: HTMLElement } | null {
  const flow = root.querySelector<HTMLElement>('.jm-canvas .react-flow');
  const viewport = flow?.querySelector<HTMLElement>('.react-flow__viewport');
  return flow && viewport ? { flow, viewport } : null;
}

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => resolve());
    else win.setTimeout(resolve, 16);
  });
}

/**
 * Resolves once the canvas has finished drawing what it was asked to: the number of drawn nodes and
 * edges has held still for `SETTLED_FRAMES` frames in a row. React Flow adds nodes after a store update
 * and the edges between them once the nodes are measured, a frame or two apart. Rejects after
 * `timeoutMs` rather than let an image miss cards.
 */
export async function waitUntilDrawn(viewport: HTMLElement, timeoutMs = DRAW_TIMEOUT_MS): Promise<void> {
  const win = viewport.ownerDocument.defaultView;
  if (!win) return;
  const deadline = Date.now() + timeoutMs;
  let count = -1;
  let still = 0;
  while (still < SETTLED_FRAMES) {
    if (Date.now() > deadline) throw new Error('The whole map took too long to draw. Try again, or export the current view.');
    await nextFrame(win);
    const now = viewport.querySelectorAll(DRAWN_SELECTOR).length;
    still = now === count ? still + 1 : 0;
    count = now;
  }
}

/**
 * What the capture asks of the canvas before a whole-map image: draw every node and edge in full detail.
 * A big map (over 1,500 nodes) only draws what is on screen, and zoomed far out cards draw as blocks;
 * the view store's `drawingWholeMap` turns both off. Resolves, once drawn, with the function that undoes it.
 */
export function drawWholeCanvas(view: ViewStore, root: ParentNode = document): () => Promise<() => void> {
  return async () => {
    const undo = () => view.getState().setDrawingWholeMap(false);
    view.getState().setDrawingWholeMap(true);
    try {
      const viewport = findCanvas(root)?.viewport;
      if (viewport) await waitUntilDrawn(viewport);
    } catch (error) {
      undo();
      throw error;
    }
    return undo;
  };
}

export interface CaptureOptions {
  /**
   * Makes the canvas draw all of the map (see `drawWholeCanvas`) before a whole-map image; resolves with
   * the undo. Without it the image holds what the canvas has drawn.
   */
  drawEverything?: () => Promise<() => void>;
}

/**
 * A PNG of the journey canvas at 2× in the light theme: the current view, or the whole map at 100 %
 * zoom. Follows React Flow's documented recipe (html-to-image on `.react-flow__viewport`); the DOM is
 * drawn to SVG while the light theme is applied (no paint happens in between), then rasterised here.
 * For the whole map the canvas first draws every node, on screen or not (`options.drawEverything`).
 */
export async function captureCanvasPng(scope: PngScope, root: ParentNode = document, options: CaptureOptions = {}): Promise<Uint8Array> {
  const canvas = findCanvas(root);
  if (!canvas) throw new Error('The map is not shown. Switch to the map view and try again.');
  if (scope !== 'whole-map' || !options.drawEverything) return capture(scope, canvas);
  const undo = await options.drawEverything();
  try {
    // The canvas may have been redrawn meanwhile: look it up again.
    return await capture(scope, findCanvas(root) ?? canvas);
  } finally {
    undo();
  }
}

async function capture(scope: PngScope, { flow, viewport }: { flow: HTMLElement; viewport: HTMLElement }): Promise<Uint8Array> {
  const doc = viewport.ownerDocument;

  let frame: CaptureFrame;
  if (scope === 'whole-map') {
    const bounds = flowBoundsOf(viewport);
    if (!bounds) throw new Error('The map is empty: add a stage or a touchpoint first.');
    frame = wholeMapFrame(bounds);
  } else {
    frame = { width: Math.round(flow.clientWidth), height: Math.round(flow.clientHeight), transform: null };
  }
  if (frame.width <= 0 || frame.height <= 0) throw new Error('The map has no size on screen.');

  const fontEmbedCSS = await embeddedFontCss(doc, fontFamiliesIn(viewport), viewport.textContent ?? '');
  const restoreTheme = applyLightTheme(doc);
  let svgUrl: string;
  let background: string;
  try {
    background = getComputedStyle(doc.documentElement).getPropertyValue('--color-canvas').trim() || LIGHT_CANVAS_FALLBACK;
    const restoreSvg = inlineSvgStyles(viewport);
    try {
      svgUrl = await toSvg(viewport, {
        width: frame.width,
        height: frame.height,
        backgroundColor: background,
        fontEmbedCSS,
        filter: keepInPicture,
        includeStyleProperties: PICTURE_PROPERTIES,
        style: {
          width: `${frame.width}px`,
          height: `${frame.height}px`,
          ...(frame.transform === null ? {} : { transform: frame.transform, transformOrigin: '0 0' }),
        },
      });
    } finally {
      restoreSvg();
    }
  } finally {
    restoreTheme();
  }

  const image = await loadImage(svgUrl, doc);
  const ratio = pixelRatioFor(frame.width, frame.height);
  const output = doc.createElement('canvas');
  output.width = Math.round(frame.width * ratio);
  output.height = Math.round(frame.height * ratio);
  const context = output.getContext('2d');
  if (!context) throw new Error('The browser could not prepare an image of this size.');
  context.fillStyle = background;
  context.fillRect(0, 0, output.width, output.height);
  context.drawImage(image, 0, 0, output.width, output.height);
  return canvasToPngBytes(output);
}

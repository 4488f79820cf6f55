import { afterEach, describe, expect, it, vi } from 'vitest';
import { createViewStore } from '../../../../renderer/store/view-store';

const toSvg = vi.hoisted(() => vi.fn(async (_node: unknown, _options: { width: number; height: number }) => 'data:image/svg+xml,'));
vi.mock('html-to-image', () => ({ toSvg }));

const {
  captureCanvasPng,
  drawWholeCanvas,
  findCanvas,
  flowBoundsOf,
  pixelRatioFor,
  scaleOfTransform,
  unionOf,
  waitUntilDrawn,
  wholeMapFrame,
} = await import('../../../../renderer/export/png-capture');

function rect(x: number, y: number, width: number, height: number): DOMRect {
  return { x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) } as DOMRect;
}

/** A React Flow viewport at `zoom`, translated by (tx, ty), holding elements with the given screen rects. */
function viewportWith(zoom: number, tx: number, ty: number, children: { className: string; screen: DOMRect }[]): HTMLElement {
  const viewport = document.createElement('div');
  viewport.className = 'react-flow__viewport';
  viewport.style.transform = `matrix(${zoom}, 0, 0, ${zoom}, ${tx}, ${ty})`;
  viewport.getBoundingClientRect = () => rect(100 + tx, 50 + ty, 800, 600);
  for (const child of children) {
    const element = document.createElement('div');
    element.className = child.className;
    element.getBoundingClientRect = () => child.screen;
    viewport.append(element);
  }
  return viewport;
}

describe('the geometry of a canvas picture', () => {
  it('reads the zoom from a CSS transform', () => {
    expect(scaleOfTransform('matrix(0.5, 0, 0, 0.5, 10, 20)')).toBe(0.5);
    expect(scaleOfTransform('none')).toBe(1);
  });

  it('unites rectangles', () => {
    expect(unionOf([])).toBeNull();
    expect(unionOf([{ x: 10, y: 0, width: 10, height: 10 }, { x: -5, y: 20, width: 5, height: 5 }])).toEqual({ x: -5, y: 0, width: 25, height: 25 });
  });

  it('frames the whole map at 100 % with padding on every side', () => {
    expect(wholeMapFrame({ x: -40, y: 10, width: 1000, height: 500 }, 32)).toEqual({
      width: 1064,
      height: 564,
      transform: 'translate(72px, 22px) scale(1)',
    });
  });

  it('makes pictures at 2× unless the canvas would be too big for the browser', () => {
    expect(pixelRatioFor(1200, 800)).toBe(2);
    expect(pixelRatioFor(12_000, 2_000)).toBeCloseTo(16_384 / 12_000);
    expect(pixelRatioFor(6_000, 6_000) * 6_000 * pixelRatioFor(6_000, 6_000) * 6_000).toBeLessThanOrEqual(50_000_001);
  });

  it('measures the drawn map in flow coordinates from the nodes, arrows and labels on screen', () => {
    // Zoom 0.5: a node at screen (100 + 20 + 50, 50 + 10 + 25) is at flow (100, 50).
    const viewport = viewportWith(0.5, 20, 10, [
      { className: 'react-flow__node', screen: rect(170, 85, 100, 50) },
      { className: 'react-flow__node', screen: rect(420, 335, 50, 25) },
      { className: 'react-flow__background', screen: rect(0, 0, 5000, 5000) },
    ]);
    document.body.append(viewport);
    expect(flowBoundsOf(viewport)).toEqual({ x: 100, y: 50, width: 600, height: 550 });
    viewport.remove();
  });

  it('finds nothing to draw on an empty canvas', () => {
    expect(flowBoundsOf(viewportWith(1, 0, 0, []))).toBeNull();
  });
});

describe('capturing', () => {
  it('explains that the map must be shown when there is no canvas', async () => {
    expect(findCanvas(document)).toBeNull();
    await expect(captureCanvasPng('view', document)).rejects.toThrow('Switch to the map view');
  });

  it('explains that an empty map has nothing to draw', async () => {
    const canvas = document.createElement('section');
    canvas.className = 'jm-canvas';
    const flow = document.createElement('div');
    flow.className = 'react-flow';
    flow.append(viewportWith(1, 0, 0, []));
    canvas.append(flow);
    document.body.append(canvas);
    await expect(captureCanvasPng('whole-map', document)).rejects.toThrow('The map is empty');
    canvas.remove();
  });
});

/** A canvas as the app shows it (`.jm-canvas .react-flow .react-flow__viewport`), in the document. */
function canvasWith(viewport: HTMLElement): HTMLElement {
  const canvas = document.createElement('section');
  canvas.className = 'jm-canvas';
  const flow = document.createElement('div');
  flow.className = 'react-flow';
  flow.append(viewport);
  canvas.append(flow);
  document.body.append(canvas);
  return canvas;
}

/** Adds a drawn node to the viewport at the given screen rect (the viewport sits at screen (100, 50), zoom 1). */
function drawNode(viewport: HTMLElement, screen: DOMRect): void {
  const node = document.createElement('div');
  node.className = 'react-flow__node';
  node.getBoundingClientRect = () => screen;
  viewport.append(node);
}

describe('drawing the whole map before a whole-map image', () => {
  afterEach(() => {
    document.body.replaceChildren();
    toSvg.mockClear();
  });

  it('waits until the canvas has stopped adding nodes and edges', async () => {
    const viewport = viewportWith(1, 0, 0, []);
    let frames = 0;
    // React Flow adds the off-screen nodes, then the edges between them, over a few frames.
    const adding = setInterval(() => {
      frames += 1;
      if (frames <= 3) drawNode(viewport, rect(0, 0, 10, 10));
    }, 5);
    await waitUntilDrawn(viewport);
    clearInterval(adding);
    expect(viewport.querySelectorAll('.react-flow__node')).toHaveLength(3);
  });

  it('gives up with a plain message rather than make an image that misses cards', async () => {
    const viewport = viewportWith(1, 0, 0, []);
    const adding = setInterval(() => drawNode(viewport, rect(0, 0, 10, 10)), 1);
    await expect(waitUntilDrawn(viewport, 60)).rejects.toThrow('took too long to draw');
    clearInterval(adding);
  });

  it('has the canvas draw everything (view store flag) until the image is made, then undoes it', async () => {
    const view = createViewStore();
    canvasWith(viewportWith(1, 0, 0, []));
    const undo = await drawWholeCanvas(view, document)();
    expect(view.getState().drawingWholeMap).toBe(true);
    undo();
    expect(view.getState().drawingWholeMap).toBe(false);
  });

  it('measures the whole map only after the canvas has drawn the nodes that were off screen', async () => {
    const viewport = viewportWith(1, 0, 0, []);
    canvasWith(viewport);
    // On screen the canvas drew nothing; asked to draw everything it adds two cards 1,000 px apart.
    const undo = vi.fn();
    const drawEverything = vi.fn(async () => {
      drawNode(viewport, rect(100, 50, 200, 80));
      drawNode(viewport, rect(1100, 650, 200, 80));
      return undo;
    });
    toSvg.mockRejectedValueOnce(new Error('stop after measuring'));
    await expect(captureCanvasPng('whole-map', document, { drawEverything })).rejects.toThrow('stop after measuring');
    expect(drawEverything).toHaveBeenCalledTimes(1);
    expect(toSvg.mock.calls[0]?.[1]).toMatchObject({ width: 1200 + 64, height: 680 + 64 });
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('undoes the drawing when the whole map turns out to be empty', async () => {
    canvasWith(viewportWith(1, 0, 0, []));
    const undo = vi.fn();
    await expect(captureCanvasPng('whole-map', document, { drawEverything: async () => undo })).rejects.toThrow('The map is empty');
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('leaves the canvas alone for an image of the current view', async () => {
    const viewport = viewportWith(1, 0, 0, []);
    const canvas = canvasWith(viewport);
    const flow = canvas.querySelector<HTMLElement>('.react-flow');
    if (flow) Object.defineProperties(flow, { clientWidth: { value: 800 }, clientHeight: { value: 600 } });
    const drawEverything = vi.fn(async () => () => undefined);
    toSvg.mockRejectedValueOnce(new Error('stop'));
    await expect(captureCanvasPng('view', document, { drawEverything })).rejects.toThrow('stop');
    expect(drawEverything).not.toHaveBeenCalled();
  });
});

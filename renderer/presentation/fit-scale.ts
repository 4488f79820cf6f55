/**
 * Scaling the presentation to the screen. It is designed for a 1920 × 1080 projector: at that size it is
 * drawn 1:1, a smaller window shows the same picture smaller and a bigger screen a bigger one, like a slide.
 */

export interface Size {
  width: number;
  height: number;
}

/** The design size; type sizes (24 px body, 32 px stage names) hold at this size. */
export const DESIGN_SIZE: Size = { width: 1920, height: 1080 };

function usable(size: Size): boolean {
  return Number.isFinite(size.width) && Number.isFinite(size.height) && size.width > 0 && size.height > 0;
}

/**
 * The zoom of the presentation frame in a viewport, and the frame's size in design pixels (it always fills
 * the viewport; the shorter side of the design fits). An unmeasurable viewport (no layout, e.g. a test DOM) gives 1.
 */
export function frameFit(viewport: Size, design: Size = DESIGN_SIZE): { zoom: number; frame: Size } {
  if (!usable(viewport)) return { zoom: 1, frame: design };
  const zoom = Math.min(viewport.width / design.width, viewport.height / design.height);
  return { zoom, frame: { width: viewport.width / zoom, height: viewport.height / zoom } };
}

/** How much to shrink content of `natural` size to fit `available` space: at most 1 (never enlarged). */
export function shrinkToFit(natural: Size, available: Size): number {
  if (!usable(natural) || !usable(available)) return 1;
  return Math.min(1, available.width / natural.width, available.height / natural.height);
}

/**
 * The largest scale (at most 1) at which content fits `available` when it may also be laid out wider:
 * shrinking by `s` leaves room for a layout `available.width / s` wide, where cards wrap less and the
 * content gets shorter. `measureAt(width)` lays the content out at a width and returns its natural size.
 * A binary search of `steps` layouts; never below the plain shrink of the content at the available width.
 */
export function fitByReflow(available: Size, measureAt: (width: number) => Size, steps = 7): { scale: number; width: number } {
  if (!usable(available)) return { scale: 1, width: available.width };
  const fits = (scale: number) => {
    const width = available.width / scale;
    const natural = measureAt(width);
    return natural.width * scale <= available.width + 0.5 && natural.height * scale <= available.height + 0.5;
  };
  if (fits(1)) return { scale: 1, width: available.width };
  let low = shrinkToFit(measureAt(available.width), available);
  let high = 1;
  for (let step = 0; step < steps; step += 1) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return { scale: low, width: available.width / low };
}

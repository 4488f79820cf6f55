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

/**
 * Whether content of `natural` size fits `available` space at full size. The whole map is never shrunk
 * to fit (that would draw its text below the 24 px the room needs): what does not fit is condensed.
 */
export function fitsAtFullSize(natural: Size, available: Size): boolean {
  return natural.width <= available.width + 0.5 && natural.height <= available.height + 0.5;
}

/**
 * The stage columns of the condensed whole map, split into bands stacked top to bottom so that no band
 * is wider than `width`: each band has a `labelWidth` column of silo names and stage columns at least
 * `minColumn` wide. Bands are as even as possible ([start, end) ranges of column indexes, in order).
 */
export function condensedBands(stageCount: number, width: number, labelWidth: number, minColumn: number): Array<[number, number]> {
  if (stageCount <= 0) return [];
  const room = Number.isFinite(width) && width > 0 ? Math.floor((width - labelWidth) / minColumn) : stageCount;
  const perBand = Math.max(1, Math.min(stageCount, room));
  const bandCount = Math.ceil(stageCount / perBand);
  const bands: Array<[number, number]> = [];
  for (let band = 0; band < bandCount; band++) {
    const start = Math.round((band * stageCount) / bandCount);
    const end = Math.round(((band + 1) * stageCount) / bandCount);
    bands.push([start, end]);
  }
  return bands;
}

/** Attribute set on a box whose content had to be scaled down to fit, with the scale used. */
const SCALED_ATTRIBUTE = 'data-print-scaled';

/**
 * Attribute set on `.pv-root` elements while measuring: print.css then lays out the off-screen sheets it
 * otherwise skips (`content-visibility: auto`), all in one layout instead of one forced layout per sheet.
 */
export const MEASURING_ATTRIBUTE = 'data-print-measuring';

const MAX_ATTEMPTS = 6;

interface FitBox {
  box: HTMLElement;
  content: HTMLElement;
  room: number;
  scale: number;
}

/**
 * The safety net behind the page planner: every `[data-print-fit]` box whose content is taller than the
 * box is zoomed out (so it reflows into the room it gets) until it fits, so nothing on a page is ever cut
 * off. CSS `zoom` rather than a transform: a transformed box is split across pages by its unscaled size.
 * Measures every box, then zooms all the overflowing ones, then measures again: one layout per round
 * for the whole document rather than one per box and attempt. Content already zoomed by an earlier
 * call is zoomed further from its current scale. Sheets skipped off screen are laid out for the
 * measurement (`MEASURING_ATTRIBUTE`). Returns how many boxes needed it.
 */
export function fitOverflowingContent(root: ParentNode): number {
  const documents = [...root.querySelectorAll('.pv-root')];
  if (root instanceof Element && root.matches('.pv-root')) documents.push(root);
  for (const element of documents) element.setAttribute(MEASURING_ATTRIBUTE, '');
  try {
    return fitBoxes(root);
  } finally {
    for (const element of documents) element.removeAttribute(MEASURING_ATTRIBUTE);
  }
}

function fitBoxes(root: ParentNode): number {
  let pending: FitBox[] = [];
  for (const box of root.querySelectorAll<HTMLElement>('[data-print-fit]')) {
    const content = box.firstElementChild;
    if (!(content instanceof HTMLElement)) continue;
    const room = box.getBoundingClientRect().height;
    if (room > 0) pending.push({ box, content, room, scale: Number(content.style.zoom) || 1 });
  }
  const scaled = new Set<FitBox>();
  for (let attempt = 0; attempt < MAX_ATTEMPTS && pending.length > 0; attempt += 1) {
    // All reads first, then all writes: the writes invalidate layout, the next round's reads redo it once.
    const overflowing = pending
      .map((fit) => ({ fit, height: fit.content.getBoundingClientRect().height }))
      .filter(({ fit, height }) => height > fit.room + 0.5);
    for (const { fit, height } of overflowing) {
      fit.scale *= (fit.room / height) * 0.99;
      fit.content.style.zoom = String(fit.scale);
      scaled.add(fit);
    }
    pending = overflowing.map(({ fit }) => fit);
  }
  for (const fit of scaled) fit.box.setAttribute(SCALED_ATTRIBUTE, fit.scale.toFixed(3));
  return scaled.size;
}

/** Attribute set on a box whose content had to be scaled down to fit, with the scale used. */
const SCALED_ATTRIBUTE = 'data-print-scaled';

const MAX_ATTEMPTS = 6;

/**
 * The safety net behind the page planner: every `[data-print-fit]` box whose content is taller than the
 * box is zoomed out (so it reflows into the room it gets) until it fits, so nothing on a page is ever cut
 * off. CSS `zoom` rather than a transform: a transformed box is split across pages by its unscaled size.
 * Returns how many boxes needed it.
 */
export function fitOverflowingContent(root: ParentNode): number {
  let scaled = 0;
  for (const box of root.querySelectorAll<HTMLElement>('[data-print-fit]')) {
    const content = box.firstElementChild;
    if (!(content instanceof HTMLElement)) continue;
    const room = box.getBoundingClientRect().height;
    const height = (): number => content.getBoundingClientRect().height;
    if (room <= 0 || height() <= room + 0.5) continue;
    let scale = 1;
    for (let attempt = 0; attempt < MAX_ATTEMPTS && height() > room + 0.5; attempt += 1) {
      scale *= (room / height()) * 0.99;
      content.style.zoom = String(scale);
    }
    box.setAttribute(SCALED_ATTRIBUTE, scale.toFixed(3));
    scaled += 1;
  }
  return scaled;
}

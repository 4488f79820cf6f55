/**
 * Level of detail by zoom. Below `FAR_ZOOM` a card's 14 px title is under 4 px on screen: nobody can read
 * it, yet drawing it (text, icons, shadows, labels) is what makes a fitted 1,000-card map slow to paint,
 * hit-test and drag. There, cards draw as plain blocks in their silo's colour with their marks as
 * patterns, and hand-off labels are left out. Accessible names never change with the zoom.
 */
import { createContext, useContext } from 'react';

/** The zoom below which the canvas draws cards as blocks. */
export const FAR_ZOOM = 0.25;

/** Whether the canvas is zoomed out past `FAR_ZOOM` (provided by the canvas, read by cards and edges). */
export const FarZoomContext = createContext(false);

/** True when the canvas is zoomed out so far that cards draw as blocks. */
export function useFarZoom(): boolean {
  return useContext(FarZoomContext);
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The zoom React Flow's `fitView` picks for content of `content` size in a viewport of `viewport` size
 * with `padding` (a fraction of the viewport), clamped to [minZoom, maxZoom]. Used before the first fit
 * so a big map is not drawn in full detail for one frame only to be redrawn as blocks.
 */
export function fitZoom(content: Size, viewport: Size, padding: number, minZoom: number, maxZoom: number): number {
  if (content.width <= 0 || content.height <= 0 || viewport.width <= 0 || viewport.height <= 0) return maxZoom;
  const zoom = Math.min(
    viewport.width / (content.width * (1 + padding)),
    viewport.height / (content.height * (1 + padding)),
  );
  return Math.min(maxZoom, Math.max(minZoom, zoom));
}

/** Where a new document window goes: the remembered bounds when they are still on a screen. */
import type { WindowBounds } from './preferences';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
const CASCADE_STEP = 28;
const MIN_VISIBLE = { width: 160, height: 80 } as const;

function visibleOverlap(bounds: Rectangle, area: Rectangle): { width: number; height: number } {
  const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** True when enough of the window's title bar area lies on one of the screens to grab it. */
export function isReachable(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, 40) };
  return workAreas.some((area) => {
    const overlap = visibleOverlap(titleBar, area);
    return overlap.width >= MIN_VISIBLE.width && overlap.height >= Math.min(titleBar.height, MIN_VISIBLE.height) / 2;
  });
}

/**
 * Bounds for a new window: the saved bounds if still reachable (cascaded when other windows are open),
 * else the default size centred on the primary work area, never larger than it.
 */
export function placeWindow(saved: WindowBounds | null, workAreas: readonly Rectangle[], openWindows: number): WindowBounds {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height };
  const offset = CASCADE_STEP * openWindows;
  if (saved && isReachable(saved, workAreas)) {
    const cascaded = { ...saved, x: saved.x + offset, y: saved.y + offset };
    return isReachable(cascaded, workAreas) ? { ...cascaded, maximized: saved.maximized && openWindows === 0 } : { ...saved, maximized: false };
  }
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(DEFAULT_WINDOW_SIZE.width, primary.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(DEFAULT_WINDOW_SIZE.height, primary.height));
  return {
    x: Math.round(primary.x + (primary.width - width) / 2) + offset,
    y: Math.round(primary.y + (primary.height - height) / 2) + offset,
    width,
    height,
    maximized: false,
  };
}

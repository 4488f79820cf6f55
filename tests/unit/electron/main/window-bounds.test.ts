import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, isReachable, placeWindow } from '../../../../electron/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('placeWindow', () => {
  it('restores the remembered bounds when they are on a screen', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: true };
    expect(placeWindow(saved, [laptop, external], 0)).toEqual(saved);
  });

  it('centres the default size when the remembered screen is gone', () => {
    const saved = { x: 3000, y: 100, width: 1200, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop], 0)).toEqual({ x: 80, y: 38, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height, maximized: false });
  });

  it('cascades further windows and does not maximise them', () => {
    const saved = { x: 100, y: 100, width: 800, height: 600, maximized: true };
    expect(placeWindow(saved, [laptop], 2)).toEqual({ x: 156, y: 156, width: 800, height: 600, maximized: false });
  });

  it('never makes a window larger than a small screen, nor smaller than the minimum', () => {
    const small = { x: 0, y: 0, width: 1024, height: 600 };
    expect(placeWindow(null, [small], 0)).toMatchObject({ width: 1024, height: 600 });
  });
});

describe('isReachable', () => {
  it('needs enough of the title bar on a screen to grab it', () => {
    expect(isReachable({ x: 1400, y: 0, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isReachable({ x: 1200, y: 0, width: 800, height: 600 }, [laptop])).toBe(true);
    expect(isReachable({ x: 100, y: -500, width: 800, height: 600 }, [laptop])).toBe(false);
  });
});

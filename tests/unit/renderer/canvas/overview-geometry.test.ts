import { describe, expect, it } from 'vitest';
import { overviewFrame, rectanglePaths, type OverviewRect } from '../../../../renderer/canvas/overview-geometry';

interface Item {
  rect: OverviewRect | null;
  color: string;
}

const rectOf = (item: Item) => item.rect;
const colorOf = (item: Item) => item.color;

describe('rectanglePaths', () => {
  it('draws every rectangle of one colour in one path, colours in order of first use', () => {
    const items: Item[] = [
      { rect: { x: 0, y: 0, width: 10, height: 5 }, color: 'red' },
      { rect: { x: 20, y: 0, width: 10, height: 5 }, color: 'blue' },
      { rect: { x: 0, y: 10, width: 4, height: 2 }, color: 'red' },
    ];
    expect(rectanglePaths(items, rectOf, colorOf).paths).toEqual([
      { color: 'red', d: 'M0,0h10v5h-10zM0,10h4v2h-4z' },
      { color: 'blue', d: 'M20,0h10v5h-10z' },
    ]);
  });

  it('bounds every rectangle, transparent ones included, and leaves out nodes without a size', () => {
    const items: Item[] = [
      { rect: { x: -5, y: 2, width: 10, height: 5 }, color: 'transparent' },
      { rect: { x: 20, y: 30, width: 10, height: 5 }, color: 'blue' },
      { rect: null, color: 'red' },
      { rect: { x: 500, y: 500, width: 0, height: 10 }, color: 'red' },
    ];
    const { bounds, paths } = rectanglePaths(items, rectOf, colorOf);
    expect(bounds).toEqual({ x: -5, y: 2, width: 35, height: 33 });
    expect(paths.map((path) => path.color)).toEqual(['blue']);
  });

  it('has no bounds and no paths without nodes', () => {
    expect(rectanglePaths<Item>([], rectOf, colorOf)).toEqual({ bounds: null, paths: [] });
  });
});

describe('overviewFrame', () => {
  const size = { width: 200, height: 150, offsetScale: 5 };

  it('turns the transform into the visible part of the map', () => {
    const frame = overviewFrame(null, { x: -100, y: -50, zoom: 0.5, paneWidth: 800, paneHeight: 600 }, size);
    expect(frame.view).toEqual({ x: 200, y: 100, width: 1600, height: 1200 });
  });

  it('fits the map and the visible part together, centred, with a margin of five overview pixels', () => {
    const bounds = { x: 0, y: 0, width: 4000, height: 1000 };
    const frame = overviewFrame(bounds, { x: 0, y: 0, zoom: 1, paneWidth: 1000, paneHeight: 500 }, size);
    // 4000 wide in 200 px: 20 map units per pixel; the 150 px height shows 3000, centred on the 1000 of map.
    expect(frame.viewScale).toBe(20);
    expect(frame.offset).toBe(100);
    expect(frame.box).toEqual({ x: -100, y: -1100, width: 4200, height: 3200 });
  });

  it('widens the frame when the visible part reaches past the map', () => {
    const bounds = { x: 0, y: 0, width: 100, height: 100 };
    const frame = overviewFrame(bounds, { x: 500, y: 0, zoom: 1, paneWidth: 100, paneHeight: 100 }, size);
    // The view starts at x = −500: the frame spans −500…100.
    expect(frame.viewScale).toBe(3);
    expect(frame.box.x).toBeCloseTo(-500 - 15);
  });
});

import { describe, expect, it } from 'vitest';
import { FAR_ZOOM, fitZoom } from '../../../../renderer/canvas/zoom-detail';

describe('fitZoom', () => {
  it('never enlarges a small map past the maximum zoom', () => {
    expect(fitZoom({ width: 400, height: 300 }, { width: 1440, height: 900 }, 0.08, 0.05, 1)).toBe(1);
  });

  it('fits the tighter of the two sides, leaving the padding around the map', () => {
    // 12,000 × 3,000 content in 1,200 × 800: the width decides, 1,200 / (12,000 × 1.1) ≈ 0.0909.
    expect(fitZoom({ width: 12_000, height: 3_000 }, { width: 1_200, height: 800 }, 0.1, 0.01, 1)).toBeCloseTo(
      1_200 / 13_200,
      6,
    );
    // 1,000 × 8,000 content in the same viewport: the height decides.
    expect(fitZoom({ width: 1_000, height: 8_000 }, { width: 1_200, height: 800 }, 0.1, 0.01, 1)).toBeCloseTo(
      800 / 8_800,
      6,
    );
  });

  it('stops at the minimum zoom for a map larger than it can show', () => {
    expect(fitZoom({ width: 1e7, height: 1e7 }, { width: 1_200, height: 800 }, 0.08, 0.05, 1)).toBe(0.05);
  });

  it('treats an empty map or an unmeasured viewport as full size, never as zoomed out', () => {
    expect(fitZoom({ width: 0, height: 0 }, { width: 1_200, height: 800 }, 0.08, 0.05, 1)).toBe(1);
    expect(fitZoom({ width: 5_000, height: 5_000 }, { width: 0, height: 0 }, 0.08, 0.05, 1)).toBe(1);
  });

  it('puts a fitted 1,000-card map below the far zoom and a workshop-sized one above it', () => {
    const viewport = { width: 1_440, height: 900 };
    expect(fitZoom({ width: 12_800, height: 9_000 }, viewport, 0.08, 0.05, 1)).toBeLessThan(FAR_ZOOM);
    expect(fitZoom({ width: 1_500, height: 1_100 }, viewport, 0.08, 0.05, 1)).toBeGreaterThan(FAR_ZOOM);
  });
});

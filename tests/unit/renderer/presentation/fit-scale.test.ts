import { describe, expect, it } from 'vitest';
import { DESIGN_SIZE, condensedBands, fitsAtFullSize, frameFit } from '../../../../renderer/presentation/fit-scale';

describe('fitting the presentation to the screen', () => {
  it('draws 1:1 on a 1920 × 1080 projector', () => {
    expect(frameFit({ width: 1920, height: 1080 })).toEqual({ zoom: 1, frame: DESIGN_SIZE });
  });

  it('shows the same picture smaller in a smaller window and bigger on a bigger screen', () => {
    expect(frameFit({ width: 1280, height: 720 }).zoom).toBeCloseTo(2 / 3, 6);
    expect(frameFit({ width: 3840, height: 2160 }).zoom).toBe(2);
  });

  it('fits the shorter side and fills the rest of a screen of another shape', () => {
    const fit = frameFit({ width: 1920, height: 1200 });
    expect(fit.zoom).toBe(1);
    expect(fit.frame).toEqual({ width: 1920, height: 1200 });
    const wide = frameFit({ width: 2560, height: 1080 });
    expect(wide.zoom).toBe(1);
    expect(wide.frame.width).toBe(2560);
  });

  it('treats an unmeasurable viewport as the design size', () => {
    expect(frameFit({ width: 0, height: 0 })).toEqual({ zoom: 1, frame: DESIGN_SIZE });
  });

  it('tells whether the whole map fits at full size (it is never shrunk below it)', () => {
    expect(fitsAtFullSize({ width: 1920, height: 1000 }, { width: 1920, height: 1000 })).toBe(true);
    expect(fitsAtFullSize({ width: 1800, height: 1001 }, { width: 1920, height: 1000 })).toBe(false);
    expect(fitsAtFullSize({ width: 2000, height: 500 }, { width: 1920, height: 1000 })).toBe(false);
  });

  it('keeps the condensed map in one band when its stages fit across', () => {
    expect(condensedBands(6, 1920, 260, 200)).toEqual([[0, 6]]);
    expect(condensedBands(0, 1920, 260, 200)).toEqual([]);
  });

  it('splits the stages of a wide map into even bands, none wider than the screen', () => {
    const bands = condensedBands(16, 1920, 260, 200);
    expect(bands).toEqual([
      [0, 8],
      [8, 16],
    ]);
    const nine = condensedBands(9, 1920, 260, 200);
    expect(nine).toEqual([
      [0, 5],
      [5, 9],
    ]);
    for (const [start, end] of condensedBands(37, 1920, 260, 200)) expect(260 + (end - start) * 200).toBeLessThanOrEqual(1920);
  });

  it('puts one stage per band on a screen too narrow for more, and all in one band when it cannot measure', () => {
    expect(condensedBands(3, 300, 260, 200)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(condensedBands(3, 0, 260, 200)).toEqual([[0, 3]]);
  });
});

import { describe, expect, it } from 'vitest';
import { DESIGN_SIZE, fitByReflow, frameFit, shrinkToFit } from '../../../../renderer/presentation/fit-scale';

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

  it('shrinks content that is too big and never enlarges content that fits', () => {
    expect(shrinkToFit({ width: 2000, height: 500 }, { width: 1000, height: 1000 })).toBe(0.5);
    expect(shrinkToFit({ width: 500, height: 500 }, { width: 1000, height: 1000 })).toBe(1);
  });

  it('lays content out wider when it must shrink, so it shrinks less', () => {
    // Content whose height falls as it gets wider (cards wrap less): 1,000,000 / width tall.
    const measureAt = (width: number) => ({ width, height: 1_000_000 / width });
    const fit = fitByReflow({ width: 1000, height: 800 }, measureAt, 20);
    expect(fit.scale).toBeGreaterThan(shrinkToFit(measureAt(1000), { width: 1000, height: 800 }));
    expect(measureAt(fit.width).height * fit.scale).toBeLessThanOrEqual(800.5);
    expect(fit.scale).toBeCloseTo(Math.sqrt(0.8), 2);
  });

  it('keeps scale 1 for content that already fits', () => {
    expect(fitByReflow({ width: 1000, height: 800 }, (width) => ({ width, height: 700 }))).toEqual({ scale: 1, width: 1000 });
  });
});

import { describe, expect, it } from 'vitest';
import { compositeOver, contrastOf, contrastRatio, drawnContrast, parseColor, relativeLuminance } from '../../../../renderer/presentation/contrast';

describe('WCAG contrast', () => {
  it('gives black a luminance of 0 and white a luminance of 1', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
  });

  it('rates black on white 21:1 and a colour on itself 1:1, whichever comes first', () => {
    const black = { r: 0, g: 0, b: 0 };
    const white = { r: 255, g: 255, b: 255 };
    expect(contrastRatio(black, white)).toBeCloseTo(21, 6);
    expect(contrastRatio(white, black)).toBeCloseTo(21, 6);
    expect(contrastRatio(white, white)).toBe(1);
  });

  it('matches the published ratios of well-known greys on white', () => {
    expect(contrastOf('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastOf('#595959', '#ffffff')).toBeCloseTo(7.0, 1);
    expect(contrastOf('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('reads the colour strings of the theme and of getComputedStyle', () => {
    expect(parseColor('#0b0d12')).toEqual({ r: 11, g: 13, b: 18, a: 1 });
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#00000080')?.a).toBeCloseTo(128 / 255, 6);
    expect(parseColor('rgb(11, 13, 18)')).toEqual({ r: 11, g: 13, b: 18, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(0 0 0 / 25%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.25 });
    expect(parseColor('transparent')?.a).toBe(0);
    expect(parseColor('papayawhip')).toBeNull();
  });

  it('composites a translucent colour over the one behind it', () => {
    const grey = compositeOver({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 255, b: 255, a: 1 });
    expect(grey).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });

  it('refuses colours it cannot read instead of passing them', () => {
    expect(() => contrastOf('currentColor', '#fff')).toThrow(/Cannot read/);
  });

  it('rates text as drawn: over the stack of backgrounds behind it', () => {
    expect(drawnContrast('#000000', [{ background: 'rgba(0, 0, 0, 0)', opacity: 1 }, { background: '#ffffff', opacity: 1 }])).toBeCloseTo(21, 6);
    expect(drawnContrast('#595959', [{ background: 'transparent', opacity: 1 }])).toBeCloseTo(7.0, 1);
    // A half-transparent black panel over white is mid grey behind the white text.
    expect(drawnContrast('#ffffff', [{ background: 'rgba(0, 0, 0, 0.5)', opacity: 1 }])).toBeCloseTo(
      contrastOf('#ffffff', 'rgb(127.5, 127.5, 127.5)'),
      6,
    );
  });

  it('counts the fading of an element with opacity below 1: black on white at 30 % is far below 7:1', () => {
    const dimmed = drawnContrast('#0b0d12', [
      { background: '#ffffff', opacity: 0.3 },
      { background: '#ffffff', opacity: 1 },
    ]);
    expect(dimmed).toBeLessThan(2.5);
    expect(dimmed).toBeCloseTo(contrastOf('rgba(11, 13, 18, 0.3)', '#ffffff'), 6);
    expect(drawnContrast('#0b0d12', [{ background: '#ffffff', opacity: 1 }])).toBeGreaterThan(18);
  });

  it('fades nested opacities into each other', () => {
    const once = drawnContrast('#000000', [{ background: 'transparent', opacity: 0.5 }]);
    const twice = drawnContrast('#000000', [
      { background: 'transparent', opacity: 0.5 },
      { background: 'transparent', opacity: 0.5 },
    ]);
    expect(twice).toBeCloseTo(contrastOf('rgba(0, 0, 0, 0.25)', '#ffffff'), 6);
    expect(twice).toBeLessThan(once);
  });
});

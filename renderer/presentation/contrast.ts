/**
 * WCAG 2 colour contrast: relative luminance, contrast ratio and a parser for the colour strings the
 * projector theme and `getComputedStyle` produce, so the presentation's text can be proven readable.
 */

/** A colour with 0–255 channels and an alpha from 0 (transparent) to 1 (opaque). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The contrast the projector theme promises for every text colour on its background (WCAG AAA). */
export const MIN_PROJECTOR_CONTRAST = 7;

function channelLuminance(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** The WCAG relative luminance of an opaque colour: 0 for black, 1 for white. */
export function relativeLuminance(color: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  return 0.2126 * channelLuminance(color.r) + 0.7152 * channelLuminance(color.g) + 0.0722 * channelLuminance(color.b);
}

/** The WCAG contrast ratio of two opaque colours, from 1 (identical) to 21 (black on white); order does not matter. */
export function contrastRatio(a: Pick<Rgba, 'r' | 'g' | 'b'>, b: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  const lighter = Math.max(relativeLuminance(a), relativeLuminance(b));
  const darker = Math.min(relativeLuminance(a), relativeLuminance(b));
  return (lighter + 0.05) / (darker + 0.05);
}

/** Paints `top` (possibly translucent) over an opaque `bottom` and returns the opaque result. */
export function compositeOver(top: Rgba, bottom: Rgba): Rgba {
  const mix = (upper: number, lower: number) => upper * top.a + lower * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i;

function parseAlpha(text: string | undefined): number {
  if (text === undefined) return 1;
  const value = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 1;
}

/** Parses `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` or `rgba(…)` (comma or space separated); null for anything else. */
export function parseColor(text: string): Rgba | null {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = HEX.exec(trimmed)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const byte = (index: number) => parseInt(full.slice(index, index + 2), 16);
    return { r: byte(0), g: byte(2), b: byte(4), a: full.length === 8 ? byte(6) / 255 : 1 };
  }
  const rgb = RGB.exec(trimmed);
  if (rgb === null) return null;
  const [, r, g, b, alpha] = rgb;
  return { r: Number(r), g: Number(g), b: Number(b), a: parseAlpha(alpha) };
}

/** The contrast ratio of two colour strings; throws for a string `parseColor` cannot read (a theme mistake). */
export function contrastOf(foreground: string, background: string): number {
  const text = parseColor(foreground);
  const behind = parseColor(background);
  if (text === null || behind === null) throw new Error(`Cannot read the colours "${foreground}" / "${background}"`);
  const opaqueBehind = compositeOver(behind, { r: 255, g: 255, b: 255, a: 1 });
  return contrastRatio(compositeOver(text, opaqueBehind), opaqueBehind);
}

/** One element between a piece of text and the page: its background colour and its opacity (0–1). */
export interface PaintLayer {
  background: string;
  opacity: number;
}

function readColor(text: string): Rgba {
  const color = parseColor(text);
  if (color === null) throw new Error(`Cannot read the colour "${text}"`);
  return color;
}

function fade(inner: Rgba, backdrop: Rgba, opacity: number): Rgba {
  const amount = Math.min(1, Math.max(0, opacity));
  return compositeOver({ ...inner, a: amount }, backdrop);
}

/**
 * The contrast of text as it is drawn: its colour over the background colours and opacities of the
 * elements it sits in (`layers`, nearest first, up to the page; the page itself is white). An element
 * with opacity below 1 fades everything inside it, text and backgrounds alike, into what lies behind it,
 * so dimming with opacity lowers the contrast even where every colour pair on its own passes.
 */
export function drawnContrast(textColor: string, layers: readonly PaintLayer[]): number {
  const text = readColor(textColor);
  const paint = (index: number, backdrop: Rgba, withText: boolean): Rgba => {
    if (index < 0) return withText ? compositeOver(text, backdrop) : backdrop;
    const layer = layers[index];
    if (layer === undefined) return backdrop;
    const inner = paint(index - 1, compositeOver(readColor(layer.background), backdrop), withText);
    return layer.opacity < 1 ? fade(inner, backdrop, layer.opacity) : inner;
  };
  const white: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  const last = layers.length - 1;
  return contrastRatio(paint(last, white, true), paint(last, white, false));
}

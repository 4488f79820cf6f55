import type { Rect } from '../../shared/layout/grid-layout';

/** An SVG path from one card to another, leaving and entering on the sides that face each other. */
export function handoffPath(from: Rect, to: Rect): string {
  const fromCenter = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const toCenter = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  if (to.x >= from.x + from.width) return horizontal(from.x + from.width, fromCenter.y, to.x, toCenter.y);
  if (to.x + to.width <= from.x) return horizontal(from.x, fromCenter.y, to.x + to.width, toCenter.y);
  if (to.y >= from.y + from.height) return vertical(fromCenter.x, from.y + from.height, toCenter.x, to.y);
  return vertical(fromCenter.x, from.y, toCenter.x, to.y + to.height);
}

function horizontal(x1: number, y1: number, x2: number, y2: number): string {
  const bend = (x2 - x1) / 2;
  return `M${round(x1)} ${round(y1)}C${round(x1 + bend)} ${round(y1)} ${round(x2 - bend)} ${round(y2)} ${round(x2)} ${round(y2)}`;
}

function vertical(x1: number, y1: number, x2: number, y2: number): string {
  const bend = (y2 - y1) / 2;
  return `M${round(x1)} ${round(y1)}C${round(x1)} ${round(y1 + bend)} ${round(x2)} ${round(y2 - bend)} ${round(x2)} ${round(y2)}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

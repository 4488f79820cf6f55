/** Lane colours for new silos: distinct hues that stay readable on light and dark themes. */
export const SILO_PALETTE = [
  '#2563eb',
  '#16a34a',
  '#dc2626',
  '#ca8a04',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#ea580c',
  '#475569',
  '#65a30d',
  '#4f46e5',
  '#0d9488',
] as const;

/** Sticky-note colours, the first being the classic yellow. */
export const NOTE_PALETTE = ['#fde68a', '#bbf7d0', '#bfdbfe', '#fbcfe8', '#ddd6fe', '#fed7aa'] as const;

/** The first palette colour no silo uses yet; when all are taken, cycles through the palette. */
export function nextSiloColor(usedColors: readonly string[]): string {
  const used = new Set(usedColors.map((color) => color.toLowerCase()));
  const free = SILO_PALETTE.find((color) => !used.has(color));
  return free ?? SILO_PALETTE[usedColors.length % SILO_PALETTE.length] ?? SILO_PALETTE[0];
}

/**
 * The typography and spacing of the printed pages, in CSS pixels. The page planner estimates heights from
 * these numbers and the components draw with the same numbers (as CSS custom properties), so the two
 * cannot drift apart.
 */

export interface TextStyle {
  fontPx: number;
  linePx: number;
}

export const TEXT = {
  body: { fontPx: 13, linePx: 18 },
  small: { fontPx: 11, linePx: 15 },
  heading: { fontPx: 15, linePx: 20 },
  sheetTitle: { fontPx: 24, linePx: 30 },
  sheetSubtitle: { fontPx: 12, linePx: 16 },
  footer: { fontPx: 10, linePx: 14 },
} as const satisfies Record<string, TextStyle>;

export const SHEET = {
  paddingX: 40,
  paddingTop: 30,
  paddingBottom: 22,
  /** Below the header's rule, above the body. */
  headerGap: 14,
  /** Padding below the header text, above its rule. */
  headerPaddingBottom: 8,
  /** Above the footer's rule. */
  footerGap: 10,
  footerPaddingTop: 6,
  /** Widths of the footer's page-number and date fields; the map title takes the rest. */
  footerPageWidth: 110,
  footerDateWidth: 140,
  footerFieldGap: 16,
  columnGap: 28,
  /** Pages at least this wide get three columns of flowing content, narrower ones two. */
  threeColumnMinWidth: 1500,
} as const;

/** Spacing inside the flowing blocks (headings, touchpoints, metrics, findings). */
export const BLOCK = {
  groupHeadingPaddingTop: 12,
  groupHeadingBadgeGap: 4,
  groupHeadingPaddingBottom: 6,
  sectionHeadingPaddingTop: 14,
  sectionHeadingPaddingBottom: 5,
  subheadingPaddingTop: 8,
  subheadingPaddingBottom: 3,
  paragraphPaddingBottom: 8,
  itemPaddingY: 6,
  /** Left border plus left padding of touchpoint and finding rows. */
  itemIndent: 14,
  rule: 1,
  /** An inline icon counts as this many characters when estimating a line. */
  iconChars: 3,
} as const;

/** The legend under the map page's grid. */
export const LEGEND = {
  height: 40,
} as const;

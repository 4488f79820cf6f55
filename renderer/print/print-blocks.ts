import type { Severity, StageStatus } from '../../shared/analysis';
import type { FlowBlock } from './paginate';
import { BLOCK, TEXT, type TextStyle } from './print-metrics';
import { lineCount, splitTextAfterLines } from './text-wrap';

/** A stage's status as a printed badge: an icon plus words. */
export interface BadgeText {
  status: StageStatus;
  text: string;
}

export type MetricState = 'on-target' | 'off-target' | 'no-target' | 'not-measured';

/** One piece of flowing content on the questions and stage pages; it carries exactly the words it prints. */
export type PrintBlock =
  | { kind: 'group-heading'; text: string; badge: BadgeText | null }
  | { kind: 'section-heading'; text: string }
  | { kind: 'subheading'; text: string; note: string | null; color: string | null }
  | { kind: 'status'; badge: BadgeText }
  | { kind: 'paragraph'; label: string | null; text: string; tone: 'body' | 'small' }
  | { kind: 'touchpoint'; title: string; meta: string; color: string | null }
  | { kind: 'metric'; name: string; state: MetricState; stateText: string; values: string; owners: string }
  | { kind: 'finding'; severity: Severity; severityText: string; title: string; message: string; explanation: string }
  | { kind: 'note'; text: string };

/** Heights already worked out, per block object and column width: the planner and the page both ask. */
const heightCache = new WeakMap<PrintBlock, Map<number, number>>();

/**
 * The height a block takes in a column `widthPx` wide: an upper bound, from the shared metrics.
 * Remembered per block object (blocks are not changed once made), so drawing a planned page, which
 * marks each block with its planned height, does not wrap every text again.
 */
export function blockHeight(block: PrintBlock, widthPx: number): number {
  let byWidth = heightCache.get(block);
  if (byWidth === undefined) {
    byWidth = new Map();
    heightCache.set(block, byWidth);
  }
  let height = byWidth.get(widthPx);
  if (height === undefined) {
    height = measureBlock(block, widthPx);
    byWidth.set(widthPx, height);
  }
  return height;
}

function measureBlock(block: PrintBlock, widthPx: number): number {
  const lines = (text: string, style: TextStyle, width = widthPx): number => lineCount(text, width, style.fontPx) * style.linePx;
  const indented = widthPx - BLOCK.itemIndent;
  switch (block.kind) {
    case 'group-heading':
      return (
        BLOCK.groupHeadingPaddingTop +
        lines(block.text, TEXT.heading) +
        (block.badge === null ? 0 : BLOCK.groupHeadingBadgeGap + lines(withIcon(block.badge.text), TEXT.small)) +
        BLOCK.groupHeadingPaddingBottom
      );
    case 'section-heading':
      return BLOCK.sectionHeadingPaddingTop + lines(block.text, TEXT.heading) + BLOCK.sectionHeadingPaddingBottom + BLOCK.rule;
    case 'subheading':
      return (
        BLOCK.subheadingPaddingTop +
        lines(subheadingText(block), TEXT.small, widthPx / SUBHEADING_LETTER_SPACING) +
        BLOCK.subheadingPaddingBottom
      );
    case 'status':
      return lines(withIcon(block.badge.text), TEXT.body) + BLOCK.paragraphPaddingBottom;
    case 'paragraph':
      return paragraphHeight(block.label, block.text, block.tone, widthPx);
    case 'touchpoint':
      return 2 * BLOCK.itemPaddingY + lines(block.title, TEXT.body, indented) + lines(block.meta, TEXT.small, indented) + BLOCK.rule;
    case 'metric':
      return (
        2 * BLOCK.itemPaddingY +
        BLOCK.rule +
        lines(block.name, TEXT.body) +
        lines(withIcon(`${block.stateText} · ${block.values}`), TEXT.small) +
        lines(block.owners, TEXT.small)
      );
    case 'finding':
      return (
        2 * BLOCK.itemPaddingY +
        BLOCK.rule +
        lines(withIcon(`${block.severityText} · ${block.title}`), TEXT.body, indented) +
        lines(block.message, TEXT.body, indented) +
        (block.explanation === '' ? 0 : lines(block.explanation, TEXT.small, indented))
      );
    case 'note':
      return lines(block.text, TEXT.small) + BLOCK.paragraphPaddingBottom;
  }
}

/** A block ready for `paginateFlow`: its height in a column `widthPx` wide, and how to cut it if it is a paragraph. */
export function toFlowBlock(block: PrintBlock, widthPx: number, keepWithNext = false): FlowBlock<PrintBlock> {
  const flow: FlowBlock<PrintBlock> = { item: block, height: blockHeight(block, widthPx), keepWithNext };
  if (block.kind === 'paragraph') {
    flow.split = (available) => splitParagraph(block, widthPx, available);
  }
  return flow;
}

/** The fewest lines of a paragraph printed at the bottom of a column or carried to the next one. */
const MIN_SPLIT_LINES = 2;

function paragraphHeight(label: string | null, text: string, tone: 'body' | 'small', widthPx: number): number {
  const style = TEXT[tone];
  return (label === null ? 0 : TEXT.small.linePx) + lineCount(text, widthPx, style.fontPx) * style.linePx + BLOCK.paragraphPaddingBottom;
}

function splitParagraph(
  block: Extract<PrintBlock, { kind: 'paragraph' }>,
  widthPx: number,
  available: number,
): [FlowBlock<PrintBlock>, FlowBlock<PrintBlock>] | null {
  const style = TEXT[block.tone];
  const labelHeight = block.label === null ? 0 : TEXT.small.linePx;
  const fittingLines = Math.floor((available - labelHeight - BLOCK.paragraphPaddingBottom) / style.linePx);
  if (fittingLines < MIN_SPLIT_LINES) return null;
  const total = lineCount(block.text, widthPx, style.fontPx);
  const take = Math.min(fittingLines, total - MIN_SPLIT_LINES);
  if (take < MIN_SPLIT_LINES) return null;
  const parts = splitTextAfterLines(block.text, widthPx, style.fontPx, take);
  if (parts === null) return null;
  const head: PrintBlock = { ...block, text: parts.head };
  const tail: PrintBlock = { ...block, label: null, text: parts.tail };
  return [toFlowBlock(head, widthPx), toFlowBlock(tail, widthPx)];
}

/** Subheadings are set in capitals with 0.02em letter spacing: about 4% wider than their letters alone. */
const SUBHEADING_LETTER_SPACING = 1.04;

/** The subheading as drawn: a colour swatch, the name and an optional starred note, all in capitals. */
function subheadingText(block: Extract<PrintBlock, { kind: 'subheading' }>): string {
  const text = block.note === null ? withIcon(block.text) : `${withIcon(block.text)} ${withIcon(block.note)}`;
  return text.toUpperCase();
}

function withIcon(text: string): string {
  return `${'x'.repeat(BLOCK.iconChars)}${text}`;
}

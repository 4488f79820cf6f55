import { describe, expect, it } from 'vitest';
import { blockHeight, type PrintBlock, toFlowBlock } from '../../../../renderer/print/print-blocks';
import { BLOCK, TEXT } from '../../../../renderer/print/print-metrics';

const finding = (message: string): PrintBlock => ({
  kind: 'finding',
  severity: 'high',
  severityText: 'High',
  title: 'Split ownership',
  message,
  explanation: 'Decide which silo is accountable.',
});

describe('block heights', () => {
  it('grows with the lines its words need in the column', () => {
    const short = blockHeight(finding('Quote & buy is split.'), 500);
    const long = blockHeight(finding('Quote & buy is delivered by Sales and Underwriting, but no silo is accountable. '.repeat(6)), 500);
    expect(long).toBeGreaterThan(short);
    expect((long - short) % TEXT.body.linePx).toBe(0);
  });

  it('is taller in a narrower column', () => {
    const text = 'Nobody measures how Onboard goes for the customer, so agree on a shared metric for it.';
    expect(blockHeight(finding(text), 200)).toBeGreaterThan(blockHeight(finding(text), 600));
  });

  it('counts a paragraph label as one small line above the text', () => {
    const withLabel = blockHeight({ kind: 'paragraph', label: 'Customer goal', text: 'A fair price', tone: 'body' }, 500);
    const without = blockHeight({ kind: 'paragraph', label: null, text: 'A fair price', tone: 'body' }, 500);
    expect(withLabel - without).toBe(TEXT.small.linePx);
    expect(without).toBe(TEXT.body.linePx + BLOCK.paragraphPaddingBottom);
  });
});

describe('paragraph splitting', () => {
  const long: PrintBlock = {
    kind: 'paragraph',
    label: 'What happens here',
    text: 'The customer compares offers and asks a friend. '.repeat(30),
    tone: 'body',
  };

  it('cuts a paragraph into a part that fits the room left and the rest, which loses the label', () => {
    const flow = toFlowBlock(long, 300);
    const parts = flow.split?.(200) ?? null;
    expect(parts).not.toBeNull();
    if (parts === null) return;
    const [head, tail] = parts;
    expect(head.height).toBeLessThanOrEqual(200);
    expect(head.item).toMatchObject({ label: 'What happens here' });
    expect(tail.item).toMatchObject({ label: null });
    expect(head.height + tail.height).toBeGreaterThanOrEqual(flow.height - TEXT.small.linePx);
  });

  it('refuses to leave a single line at the bottom of a column', () => {
    const flow = toFlowBlock(long, 300);
    expect(flow.split?.(TEXT.small.linePx + TEXT.body.linePx + BLOCK.paragraphPaddingBottom)).toBeNull();
  });

  it('only paragraphs can be split', () => {
    expect(toFlowBlock(finding('x'), 300).split).toBeUndefined();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { MEASURING_ATTRIBUTE, fitOverflowingContent } from '../../../../renderer/print/fit-content';

/**
 * jsdom has no layout: each fit box reports `room` px and its content a height of `natural × zoom`,
 * and every read is logged with whether the measuring attribute was set at the time.
 */
function sheetWith(boxes: { room: number; natural: number }[]): { root: HTMLElement; reads: boolean[]; contents: HTMLElement[] } {
  const root = document.createElement('div');
  root.className = 'pv-root';
  const reads: boolean[] = [];
  const contents = boxes.map(({ room, natural }) => {
    const box = document.createElement('div');
    box.setAttribute('data-print-fit', '');
    const content = document.createElement('div');
    box.append(content);
    root.append(box);
    const rect = (height: number) => {
      reads.push(root.hasAttribute(MEASURING_ATTRIBUTE));
      return { height } as DOMRect;
    };
    box.getBoundingClientRect = () => rect(room);
    content.getBoundingClientRect = () => rect(natural * (Number(content.style.zoom) || 1));
    return content;
  });
  document.body.append(root);
  return { root, reads, contents };
}

describe('fitOverflowingContent', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('leaves content that fits alone and zooms out what overflows until it fits', () => {
    const { root, contents } = sheetWith([
      { room: 100, natural: 80 },
      { room: 100, natural: 150 },
    ]);
    expect(fitOverflowingContent(root)).toBe(1);
    expect(contents[0]?.style.zoom).toBe('');
    const zoom = Number(contents[1]?.style.zoom);
    expect(150 * zoom).toBeLessThanOrEqual(100.5);
    expect(zoom).toBeGreaterThan(0.6);
    expect(root.querySelectorAll('[data-print-scaled]')).toHaveLength(1);
  });

  it('measures with every sheet laid out, and puts the sheets back as they were afterwards', () => {
    const { root, reads } = sheetWith([{ room: 100, natural: 150 }]);
    fitOverflowingContent(root);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every(Boolean)).toBe(true);
    expect(root.hasAttribute(MEASURING_ATTRIBUTE)).toBe(false);
  });

  it('zooms content that an earlier pass zoomed further from its current scale', () => {
    const { root, contents } = sheetWith([{ room: 100, natural: 150 }]);
    const content = contents[0];
    if (content === undefined) throw new Error('no content');
    content.style.zoom = '0.9';
    fitOverflowingContent(root);
    expect(150 * Number(content.style.zoom)).toBeLessThanOrEqual(100.5);
  });

  it('skips boxes without room (not laid out)', () => {
    const { root, contents } = sheetWith([{ room: 0, natural: 150 }]);
    expect(fitOverflowingContent(root)).toBe(0);
    expect(contents[0]?.style.zoom).toBe('');
  });
});

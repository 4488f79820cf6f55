import { describe, expect, it } from 'vitest';
import { MAX_PASTED_LINES, titlesFromText, watchCaptureTitleKey } from '../../../../renderer/canvas/fast-capture';
import { workshopViewFor } from '../../../../renderer/canvas/workshop-view';
import { LIMITS } from '../../../../shared/model/types';
import { storesFor } from './canvas-fixtures';

describe('titlesFromText', () => {
  it('makes one title per non-empty line, without list markers or extra spaces', () => {
    expect(titlesFromText('Welcome call\r\n\n  - Policy pack \n• First bill\n3. Renewal\n2) Survey\n\t\n')).toEqual([
      'Welcome call',
      'Policy pack',
      'First bill',
      'Renewal',
      'Survey',
    ]);
  });

  it('turns spreadsheet tabs into single spaces and keeps numbers that are not list markers', () => {
    expect(titlesFromText('Quote\tweb\t1\n2024 price rise')).toEqual(['Quote web 1', '2024 price rise']);
  });

  it('cuts long titles to the limit and stops after the maximum number of lines', () => {
    expect(titlesFromText('x'.repeat(LIMITS.maxTitleLength + 50))[0]).toHaveLength(LIMITS.maxTitleLength);
    const many = Array.from({ length: MAX_PASTED_LINES + 20 }, (_, index) => `Line ${index}`).join('\n');
    expect(titlesFromText(many)).toHaveLength(MAX_PASTED_LINES);
  });

  it('finds nothing in blank text', () => {
    expect(titlesFromText(' \n\t\r\n')).toEqual([]);
  });
});

describe('watchCaptureTitleKey', () => {
  function setup(value: string) {
    const { documentStore, viewStore } = storesFor();
    const workshopView = workshopViewFor(documentStore);
    viewStore.getState().startEditing({ kind: 'touchpoint', id: 'ad' });
    workshopView.getState().setChainFrom('ad');
    const input = document.createElement('input');
    input.value = value;
    const press = (key: string, shiftKey = false) =>
      watchCaptureTitleKey(
        { key, shiftKey, ctrlKey: false, metaKey: false, altKey: false, target: input },
        viewStore,
        workshopView,
      );
    return { viewStore, workshopView, press };
  }

  it('queues the next card when Enter commits a title', () => {
    const { press, workshopView } = setup('Retarget ad');
    expect(press('Enter')).toBe(false);
    expect(workshopView.getState().pendingCapture).toEqual({ touchpointId: 'ad', then: 'next' });
  });

  it('ends the chain on Enter with an empty title, or on Escape', () => {
    const empty = setup('  ');
    empty.press('Enter');
    expect(empty.workshopView.getState().pendingCapture).toBeNull();
    expect(empty.workshopView.getState().chainFrom).toBeNull();
    const escaped = setup('Ad');
    escaped.press('Escape');
    expect(escaped.workshopView.getState().chainFrom).toBeNull();
  });

  it('asks to leave the editor on Tab, queueing the channel (Shift+Tab: the feeling)', () => {
    const forward = setup('Ad');
    expect(forward.press('Tab')).toBe(true);
    expect(forward.workshopView.getState().pendingCapture).toEqual({ touchpointId: 'ad', then: 'channel' });
    const backward = setup('Ad');
    expect(backward.press('Tab', true)).toBe(true);
    expect(backward.workshopView.getState().pendingCapture).toEqual({ touchpointId: 'ad', then: 'emotion' });
  });

  it('leaves renaming an existing card alone', () => {
    const { press, workshopView } = setup('Ad');
    workshopView.getState().setChainFrom(null);
    expect(press('Tab')).toBe(false);
    press('Enter');
    expect(workshopView.getState().pendingCapture).toBeNull();
  });
});

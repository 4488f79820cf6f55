import { act, fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { levelY, unsetRowY } from '../../../../shared/layout/emotion-curve-geometry';
import { undoSteps } from './canvas-fixtures';
import { renderCanvas } from './render-canvas';

async function curveOf(region: HTMLElement) {
  return within(region).findByRole('figure', { name: 'Emotion curve' });
}

describe('<EmotionCurveNode>', () => {
  it('shows each touchpoint as a point named by its title and emotion, and the stage averages as text', async () => {
    const { region } = renderCanvas();
    const curve = await curveOf(region);
    expect(within(curve).getAllByRole('slider')).toHaveLength(4);
    const invoice = within(curve).getByRole('slider', { name: 'Invoice: emotion very unhappy (\u22122)' });
    expect(invoice).toHaveAttribute('aria-valuenow', '-2');
    expect(invoice).toHaveAttribute('aria-valuetext', 'very unhappy');
    expect(within(curve).getByRole('slider', { name: 'Stray: emotion not set' })).not.toHaveAttribute('aria-valuenow');
    expect(
      within(curve)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Discover: average +1.0', 'Buy: average \u22122.0']);
  });

  it('has one tab stop; Left/Right move between points and Up/Down change the emotion, one undo step each', async () => {
    const user = userEvent.setup();
    const { region, documentStore } = renderCanvas();
    const curve = await curveOf(region);
    const sliders = within(curve).getAllByRole('slider');
    expect(sliders.map((slider) => slider.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    act(() => sliders[0]?.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const quote = within(curve).getByRole('slider', { name: 'Quote: emotion not set' });
    expect(quote).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(documentStore.getState().map.touchpoints.find((t) => t.id === 'quote')?.emotion).toBe(1);
    expect(undoSteps(documentStore)).toBe(2);
    await waitFor(() => expect(within(curve).getByRole('slider', { name: 'Quote: emotion happy (+1)' })).toHaveFocus());
    await user.keyboard('{Delete}');
    expect(documentStore.getState().map.touchpoints.find((t) => t.id === 'quote')?.emotion).toBeNull();
    expect(documentStore.getState().map.stages).toHaveLength(2);
  });

  it('sets the emotion a point is dragged to, snapped to a level, in one undo step', async () => {
    const { region, documentStore } = renderCanvas();
    const curve = await curveOf(region);
    const svg = curve.querySelector('svg');
    if (!svg) throw new Error('no plot');
    const height = Number(svg.getAttribute('height'));
    svg.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 100, height });
    const ad = within(curve).getByRole('slider', { name: 'Ad: emotion happy (+1)' });
    fireEvent.pointerDown(ad, { pointerId: 1, button: 0, clientY: levelY(1, 0) });
    fireEvent.pointerMove(ad, { pointerId: 1, clientY: levelY(0, 0) + 5 });
    fireEvent.pointerMove(ad, { pointerId: 1, clientY: levelY(-1, 0) + 20 });
    expect(ad).toHaveAccessibleName('Ad: emotion very unhappy (\u22122)');
    fireEvent.pointerUp(ad, { pointerId: 1, clientY: levelY(-1, 0) + 20 });
    expect(documentStore.getState().map.touchpoints.find((t) => t.id === 'ad')?.emotion).toBe(-2);
    expect(undoSteps(documentStore)).toBe(1);

    fireEvent.pointerDown(ad, { pointerId: 2, button: 0, clientY: levelY(-2, 0) });
    fireEvent.pointerMove(ad, { pointerId: 2, clientY: unsetRowY(0) });
    fireEvent.pointerUp(ad, { pointerId: 2, clientY: unsetRowY(0) });
    expect(documentStore.getState().map.touchpoints.find((t) => t.id === 'ad')?.emotion).toBeNull();
    expect(undoSteps(documentStore)).toBe(2);
  });

  it('changes nothing in review mode', async () => {
    const user = userEvent.setup();
    const { region, documentStore } = renderCanvas(undefined, true);
    const curve = await curveOf(region);
    const ad = within(curve).getByRole('slider', { name: 'Ad: emotion happy (+1)' });
    expect(ad).toHaveAttribute('aria-readonly', 'true');
    act(() => ad.focus());
    await user.keyboard('{ArrowUp}');
    expect(documentStore.getState().map.touchpoints.find((t) => t.id === 'ad')?.emotion).toBe(1);
  });
});

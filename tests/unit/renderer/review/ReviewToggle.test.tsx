import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReviewToggle } from '../../../../renderer/review/ReviewToggle';
import { useReviewCommands } from '../../../../renderer/review/use-review-commands';
import { fixtureMap, renderWithDocument } from '../analysis/diagnosis-fixture';

function ToggleWithCommand({ announce }: { announce: (message: string) => void }) {
  useReviewCommands(announce);
  return <ReviewToggle />;
}

describe('the review mode toggle', () => {
  it('is pressed for a read-only document and switches review mode off and on, saying what changed', async () => {
    const user = userEvent.setup();
    const announce = vi.fn();
    const { store } = renderWithDocument(<ToggleWithCommand announce={announce} />, fixtureMap(), { readOnly: true });
    const toggle = screen.getByRole('button', { name: 'Review mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(store.getState().reviewMode).toBe(false);
    expect(announce).toHaveBeenLastCalledWith('Review mode is off. This file was opened read-only, so Save will save a copy (Save As…).');

    await user.click(toggle);
    expect(store.getState().reviewMode).toBe(true);
  });

  it('answers the review-toggle command from the menu', () => {
    const announce = vi.fn();
    const { store, registry } = renderWithDocument(<ToggleWithCommand announce={announce} />, fixtureMap());
    expect(screen.getByRole('button', { name: 'Review mode' })).toHaveAttribute('aria-pressed', 'false');
    registry.dispatch('review-toggle');
    expect(store.getState().reviewMode).toBe(true);
    expect(announce).toHaveBeenCalledWith('Review mode: the map is read-only. You can add comments.');
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReviewPanel } from '../../../../renderer/review/ReviewPanel';
import { fixtureMap, renderWithDocument } from '../analysis/diagnosis-fixture';

describe('the review side panel', () => {
  it('shows the summary and the comments, and "Comment on" a stage targets it and focuses the comment box', async () => {
    const user = userEvent.setup();
    renderWithDocument(<ReviewPanel />, fixtureMap(), { readOnly: true });
    expect(screen.getByRole('region', { name: 'Review summary' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Comment on Renew or leave' }));
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveFocus();
    expect(screen.getByRole('region', { name: /^Comments/ })).toHaveTextContent('On stage Renew or leave');
  });
});

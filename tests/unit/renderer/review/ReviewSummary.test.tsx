import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReviewSummary } from '../../../../renderer/review/ReviewSummary';
import { fixtureMap, renderWithDocument } from '../analysis/diagnosis-fixture';

function summary(): HTMLElement {
  return screen.getByRole('region', { name: 'Review summary' });
}

describe('the review summary panel', () => {
  it('shows the customer, the intended memory and the overview', () => {
    renderWithDocument(<ReviewSummary />, fixtureMap(), { readOnly: true });
    expect(summary()).toHaveTextContent('Household policyholder: A family insuring one or two cars');
    expect(summary()).toHaveTextContent('\u201cThey treated me like a person, not a policy number.\u201d');
    expect(summary()).toHaveTextContent('21 problems to resolve in 6 stages; 3 stages are critical.');
  });

  it('has one section per stage with its status in words, what works and what is broken', () => {
    renderWithDocument(<ReviewSummary />, fixtureMap(), { readOnly: true });
    const discover = within(summary()).getByRole('region', { name: /^Discover/ });
    expect(discover).toHaveTextContent('Note');
    expect(discover).toHaveTextContent('Marketing is accountable');
    expect(discover).toHaveTextContent('Low: \u201cShortlist rate\u201d in Discover is worse than its target (22% against 30%).');
    const onboard = within(summary()).getByRole('region', { name: /^Onboard/ });
    expect(onboard).toHaveTextContent('Critical');
    expect(onboard).toHaveTextContent('Nothing yet');
    expect(onboard).toHaveTextContent('High: Nobody measures how Onboard goes for the customer');
  });

  it('selects a stage from its section and hands it to the comment box', async () => {
    const user = userEvent.setup();
    const onCommentOnStage = vi.fn();
    const { view } = renderWithDocument(<ReviewSummary onCommentOnStage={onCommentOnStage} />, fixtureMap(), { readOnly: true });
    await user.click(screen.getByRole('button', { name: 'Show Claim on the map' }));
    expect(view.getState().selection).toEqual({ kind: 'stage', ids: ['stage-claim'] });
    await user.click(screen.getByRole('button', { name: 'Comment on Claim' }));
    expect(onCommentOnStage).toHaveBeenCalledWith('stage-claim');
  });
});

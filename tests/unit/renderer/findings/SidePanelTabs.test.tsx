import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelTabs } from '../../../../renderer/findings/SidePanelTabs';
import { fixtureMap, renderWithDocument } from '../analysis/diagnosis-fixture';

afterEach(cleanup);

describe('the side panel tabs', () => {
  it('shows the inspector first and the number of findings on the Findings tab', () => {
    renderWithDocument(<SidePanelTabs inspector={<p>Inspector contents</p>} />, fixtureMap());
    expect(screen.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Findings (21)' })).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tabpanel', { name: 'Inspector' })).toHaveTextContent('Inspector contents');
    expect(screen.queryByRole('region', { name: 'Findings' })).not.toBeInTheDocument();
  });

  it('switches to the findings by click, by arrow key and by the findings-toggle command', async () => {
    const user = userEvent.setup();
    const { registry } = renderWithDocument(<SidePanelTabs inspector={<p>Inspector contents</p>} />, fixtureMap());

    await user.click(screen.getByRole('tab', { name: /Findings/ }));
    expect(screen.getByRole('tabpanel', { name: /Findings/ })).toContainElement(screen.getByRole('region', { name: 'Findings' }));
    expect(screen.queryByText('Inspector contents')).not.toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Inspector' })).toHaveFocus();
    expect(screen.getByText('Inspector contents')).toBeVisible();

    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /Findings/ })).toHaveAttribute('aria-selected', 'true');

    // The command only works once a component registers it; the workspace does via useDiagnosisCommands.
    expect(registry.dispatch('findings-toggle')).toBe(false);
  });
});

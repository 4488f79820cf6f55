import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OrgChartView } from '../../../../renderer/org-chart/OrgChartView';
import { updateStage } from '../../../../shared/model';
import { fixtureMap, renderWithDocument } from '../analysis/diagnosis-fixture';

afterEach(cleanup);

function table() {
  return screen.getByRole('table', { name: 'Touchpoints per silo and stage' });
}

describe('the org-chart view', () => {
  it('shows the silo × stage matrix with row and column headers', () => {
    renderWithDocument(<OrgChartView />, fixtureMap());
    expect(screen.getByRole('region', { name: 'Org chart' })).toBeInTheDocument();
    const columns = within(table()).getAllByRole('columnheader');
    expect(columns).toHaveLength(8);
    expect(columns[2]).toHaveTextContent('Quote & buy');
    expect(columns[2]).toHaveTextContent('Split');
    expect(columns[2]).toHaveTextContent('No shared metric');
    expect(columns[1]).not.toHaveTextContent('Split');
    expect(within(table()).getAllByRole('rowheader').map((header) => header.textContent)).toEqual([
      'Marketing',
      'Sales & Agents',
      'Underwriting',
      'Billing',
      'Claims',
      'Customer Service',
      'Actuarial',
      'No owner',
    ]);
  });

  it('marks where the accountable silo sits, in words', () => {
    renderWithDocument(<OrgChartView />, fixtureMap());
    const claims = within(table()).getByRole('button', { name: /^Claims in Claim: 3 touchpoints/ });
    expect(claims).toHaveTextContent('Accountable');
    expect(within(table()).getAllByText('Accountable')).toHaveLength(3);
  });

  it('selects the touchpoints of a clicked cell, or the stage where its accountable silo has none', async () => {
    const user = userEvent.setup();
    const map = updateStage(fixtureMap(), 'stage-onboard', { accountableSiloId: 'silo-actuarial' });
    const { view } = renderWithDocument(<OrgChartView />, map);

    await user.click(within(table()).getByRole('button', { name: 'Sales & Agents in Quote & buy: 2 touchpoints' }));
    expect(view.getState().selection).toEqual({ kind: 'touchpoint', ids: ['tp-quote-web', 'tp-agent-call'] });

    await user.click(within(table()).getByRole('button', { name: 'No owner in Onboard: 1 touchpoint' }));
    expect(view.getState().selection).toEqual({ kind: 'touchpoint', ids: ['tp-app-setup'] });

    await user.click(within(table()).getByRole('button', { name: 'Actuarial in Onboard: 0 touchpoints, Accountable' }));
    expect(view.getState().selection).toEqual({ kind: 'stage', ids: ['stage-onboard'] });

    await user.click(within(table()).getByRole('button', { name: 'Renew or leave' }));
    expect(view.getState().selection).toEqual({ kind: 'stage', ids: ['stage-renew'] });
  });

  it('goes back to the map', async () => {
    const user = userEvent.setup();
    const { diagnosisView } = renderWithDocument(<OrgChartView />, fixtureMap());
    diagnosisView.getState().showMainView('org-chart');
    await user.click(screen.getByRole('button', { name: 'Back to the map' }));
    expect(diagnosisView.getState().mainView).toBe('map');
  });
});

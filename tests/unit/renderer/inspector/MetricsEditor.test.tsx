import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MetricsEditor } from '../../../../renderer/inspector/MetricsEditor';
import { DocumentStoreProvider, useDocument } from '../../../../renderer/store/document-store';
import type { JourneyMap, Metric } from '../../../../shared/model/types';
import { storesFor, undoSteps, workshopMap } from '../canvas/canvas-fixtures';

afterEach(cleanup);

function metric(id: string, fields: Partial<Metric> = {}): Metric {
  return {
    id,
    name: id,
    definition: '',
    unit: '',
    direction: 'higher-is-better',
    target: null,
    current: null,
    ownerSiloIds: [],
    ...fields,
  };
}

/** The metrics editor of stage Buy (s2, delivered by Sales and Billing), fed from the store like the inspector does. */
function StageMetrics() {
  const stage = useDocument((state) => state.map.stages.find((candidate) => candidate.id === 's2'));
  const silos = useDocument((state) => state.map.silos);
  if (!stage) return null;
  return <MetricsEditor stageId={stage.id} stageName={stage.name} metrics={stage.metrics} silos={silos} />;
}

function renderEditor(metrics: Metric[] = [], readOnly = false) {
  const base = workshopMap();
  const map: JourneyMap = { ...base, stages: base.stages.map((stage) => (stage.id === 's2' ? { ...stage, metrics } : stage)) };
  const stores = storesFor(map, readOnly);
  render(
    <DocumentStoreProvider store={stores.documentStore}>
      <StageMetrics />
    </DocumentStoreProvider>,
  );
  const metricsOf = () => stores.documentStore.getState().map.stages[1]?.metrics ?? [];
  return { ...stores, metricsOf, user: userEvent.setup() };
}

describe('<MetricsEditor>', () => {
  it('says when the stage has no shared metric and names the silos that deliver it', () => {
    renderEditor();
    expect(screen.getByText('No shared metric for Buy yet.')).toBeInTheDocument();
    expect(screen.getByText(/Delivered by Sales, Billing\./)).toBeInTheDocument();
  });

  it('adds a metric, focuses its name and edits every field, one undo step per committed change', async () => {
    const { user, metricsOf, documentStore } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add metric' }));
    const card = screen.getByRole('group', { name: /^Metric 1: New metric/ });
    const name = within(card).getByRole('textbox', { name: 'Metric name' });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Time to first bill{Enter}');
    await user.type(within(card).getByRole('textbox', { name: 'Definition' }), 'Minutes from bind to first invoice{Control>}{Enter}{/Control}');
    await user.type(within(card).getByRole('textbox', { name: 'Unit' }), 'min{Enter}');
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Direction' }), 'Lower is better');
    await user.type(within(card).getByRole('spinbutton', { name: 'Target' }), '15{Enter}');
    await user.type(within(card).getByRole('spinbutton', { name: 'Current value' }), '42{Enter}');
    const owners = within(card).getByRole('group', { name: 'Owning silos' });
    await user.click(within(owners).getByRole('checkbox', { name: 'Sales' }));
    await user.click(within(owners).getByRole('checkbox', { name: 'Billing' }));
    expect(metricsOf()[0]).toMatchObject({
      name: 'Time to first bill',
      definition: 'Minutes from bind to first invoice',
      unit: 'min',
      direction: 'lower-is-better',
      target: 15,
      current: 42,
      ownerSiloIds: ['sales', 'billing'],
    });
    expect(undoSteps(documentStore)).toBe(9);
    documentStore.temporal.getState().undo();
    expect(metricsOf()[0]?.ownerSiloIds).toEqual(['sales']);
  });

  it('shows whether each metric is on target in words', () => {
    renderEditor([
      metric('quote-to-bind', { name: 'Quote to bind', unit: 'min', direction: 'lower-is-better', target: 15, current: 42 }),
      metric('paid', { name: 'Paid on time', unit: '%', target: 95, current: 97 }),
      metric('cycle', { name: 'Claim cycle' }),
    ]);
    expect(within(screen.getByRole('group', { name: /^Metric 1/ })).getByText('Off target: 42 min vs target 15 min')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: /^Metric 2/ })).getByText('On target')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: /^Metric 3/ })).getByText('No target')).toBeInTheDocument();
  });

  it('tells which owning silos deliver the stage', () => {
    renderEditor([metric('m')]);
    expect(screen.getByRole('checkbox', { name: 'Sales' })).toHaveAccessibleDescription('delivers this stage');
    expect(screen.getByRole('checkbox', { name: 'Billing' })).toHaveAccessibleDescription('delivers this stage');
  });

  it('reorders metrics with Move up and Move down, keeping focus on the moved metric', async () => {
    const { user, metricsOf, documentStore } = renderEditor([metric('a', { name: 'A' }), metric('b', { name: 'B' }), metric('c', { name: 'C' })]);
    expect(screen.getByRole('button', { name: 'Move up A' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move down C' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move down A' }));
    expect(metricsOf().map((m) => m.id)).toEqual(['b', 'a', 'c']);
    expect(screen.getByRole('button', { name: 'Move down A' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move up C' }));
    await user.click(screen.getByRole('button', { name: 'Move up C' }));
    expect(metricsOf().map((m) => m.id)).toEqual(['c', 'b', 'a']);
    expect(screen.getByRole('button', { name: 'Move down C' })).toHaveFocus();
    expect(screen.getByRole('group', { name: /^Metric 1: C/ })).toBeInTheDocument();
    expect(undoSteps(documentStore)).toBe(3);
  });

  it('removes a metric in one undo step and moves focus to Add metric', async () => {
    const { user, metricsOf, documentStore } = renderEditor([metric('a', { name: 'A' }), metric('b', { name: 'B' })]);
    await user.click(screen.getByRole('button', { name: 'Remove metric A' }));
    expect(metricsOf().map((m) => m.id)).toEqual(['b']);
    expect(screen.getByRole('button', { name: 'Add metric' })).toHaveFocus();
    expect(undoSteps(documentStore)).toBe(1);
  });

  it('changes nothing in review mode', () => {
    renderEditor([metric('a', { name: 'A' })], true);
    expect(screen.queryByRole('button', { name: 'Add metric' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Sales' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Metric name' })).toHaveAttribute('readonly');
  });
});

import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../../../renderer/inspector/Inspector';
import { DocumentStoreProvider } from '../../../../renderer/store/document-store';
import type { Selection } from '../../../../renderer/store/view-store';
import { storesFor, undoSteps, workshopMap } from '../canvas/canvas-fixtures';

afterEach(cleanup);

function renderInspector(selection: Selection | null = null, readOnly = false) {
  const stores = storesFor(workshopMap(), readOnly);
  stores.viewStore.getState().select(selection);
  render(
    <DocumentStoreProvider store={stores.documentStore}>
      <Inspector />
    </DocumentStoreProvider>,
  );
  const map = () => stores.documentStore.getState().map;
  return { ...stores, map, user: userEvent.setup() };
}

describe('<Inspector>', () => {
  it('edits the map details when nothing is selected, one undo step per committed field', async () => {
    const { user, map, documentStore } = renderInspector();
    expect(screen.getByRole('heading', { name: 'Map details' })).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: 'Map title' });
    await user.clear(title);
    await user.type(title, 'Claims journey');
    expect(map().title).toBe('Workshop map');
    await user.keyboard('{Enter}');
    expect(map().title).toBe('Claims journey');
    expect(undoSteps(documentStore)).toBe(1);
    await user.type(screen.getByRole('textbox', { name: 'Customer name' }), ' owner');
    await user.type(screen.getByRole('textbox', { name: 'Customer description' }), ' and a van');
    await user.type(screen.getByRole('textbox', { name: 'Intended memory' }), ' and fair');
    await user.tab();
    expect(map().customer).toEqual({ name: 'Driver owner', description: 'Owns a car and a van' });
    expect(map().intendedMemory).toBe('Easy and fair');
    expect(undoSteps(documentStore)).toBe(4);
  });

  it('restores the saved value with Escape and refuses an empty title', async () => {
    const { user, map, documentStore } = renderInspector();
    const title = screen.getByRole('textbox', { name: 'Map title' });
    await user.type(title, ' draft{Escape}');
    expect(title).toHaveValue('Workshop map');
    await user.clear(title);
    await user.tab();
    expect(map().title).toBe('Workshop map');
    expect(title).toHaveValue('Workshop map');
    expect(undoSteps(documentStore)).toBe(0);
  });

  it('edits every field of a touchpoint', async () => {
    const { user, map } = renderInspector({ kind: 'touchpoint', ids: ['quote'] });
    const find = () => map().touchpoints.find((t) => t.id === 'quote');
    await user.clear(screen.getByRole('textbox', { name: 'Title' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Online quote{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Phone');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Who starts it' }), 'Customer starts it');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Intent' }), 'Sell');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Customer emotion' }), '−1 unhappy');
    const day = screen.getByRole('spinbutton', { name: 'Day' });
    await user.clear(day);
    await user.type(day, '12{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Price on screen');
    await user.tab();
    expect(find()).toMatchObject({
      title: 'Online quote',
      channel: 'phone',
      initiator: 'customer',
      intent: 'sell',
      emotion: -1,
      day: 12,
      description: 'Price on screen',
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owning silo' }), 'No owner');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'Discover');
    expect(find()).toMatchObject({ stageId: 's1', siloId: null });
  });

  it('adds a hand-off from a touchpoint without dragging', async () => {
    const { user, map } = renderInspector({ kind: 'touchpoint', ids: ['stray'] });
    const add = screen.getByRole('button', { name: 'Add hand-off' });
    expect(add).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hand off to' }), 'Invoice');
    await user.click(add);
    expect(map().handoffs.at(-1)).toMatchObject({ fromTouchpointId: 'stray', toTouchpointId: 'invoice' });
    expect(screen.getByRole('button', { name: 'To Invoice' })).toBeInTheDocument();
  });

  it('edits a stage: name, description, goal, accountable silo and shared metrics', async () => {
    const { user, map, documentStore } = renderInspector({ kind: 'stage', ids: ['s1'] });
    const stage = () => map().stages[0];
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'First contact');
    await user.clear(screen.getByRole('textbox', { name: 'Customer goal' }));
    await user.type(screen.getByRole('textbox', { name: 'Customer goal' }), 'Compare prices');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Accountable silo' }), 'Sales');
    expect(stage()).toMatchObject({
      description: 'First contact',
      customerGoal: 'Compare prices',
      accountableSiloId: 'sales',
    });
    await user.click(screen.getByRole('button', { name: 'Add metric' }));
    const metric = screen.getByRole('group', { name: /^Metric 1/ });
    await user.clear(within(metric).getByRole('textbox', { name: 'Metric name' }));
    await user.type(within(metric).getByRole('textbox', { name: 'Metric name' }), 'Quote conversion{Enter}');
    await user.type(within(metric).getByRole('textbox', { name: 'Unit' }), '%{Enter}');
    await user.type(within(metric).getByRole('spinbutton', { name: 'Target' }), '40{Enter}');
    await user.selectOptions(within(metric).getByRole('combobox', { name: 'Direction' }), 'Lower is better');
    await user.click(within(metric).getByRole('checkbox', { name: 'Sales' }));
    await user.click(within(metric).getByRole('checkbox', { name: 'Billing' }));
    expect(stage()?.metrics[0]).toMatchObject({
      name: 'Quote conversion',
      unit: '%',
      target: 40,
      direction: 'lower-is-better',
      ownerSiloIds: ['sales', 'billing'],
    });
    const steps = undoSteps(documentStore);
    await user.click(within(metric).getByRole('button', { name: 'Remove metric Quote conversion' }));
    expect(stage()?.metrics).toEqual([]);
    expect(undoSteps(documentStore)).toBe(steps + 1);
  });

  it('edits a silo: name, colour and lead', async () => {
    const { user, map } = renderInspector({ kind: 'silo', ids: ['billing'] });
    await user.type(screen.getByRole('textbox', { name: 'Lead' }), 'Priya{Enter}');
    await user.clear(screen.getByRole('textbox', { name: 'Silo name' }));
    await user.type(screen.getByRole('textbox', { name: 'Silo name' }), 'Finance{Enter}');
    const colour = screen.getByLabelText('Lane colour');
    act(() => {
      (colour as HTMLInputElement).value = '#00ff00';
      colour.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(map().silos[1]).toEqual({ id: 'billing', name: 'Finance', color: '#00ff00', lead: 'Priya' });
  });

  it('edits a hand-off: label and owner, showing where it goes and that it crosses silos', async () => {
    const { user, map, viewStore } = renderInspector({ kind: 'handoff', ids: ['h-cross'] });
    expect(screen.getByText(/Cross-silo/)).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Label' }));
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'First bill{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner silo' }), 'Sales');
    expect(map().handoffs[0]).toMatchObject({ label: 'First bill', ownerSiloId: 'sales' });
    await user.click(screen.getByRole('button', { name: 'Quote' }));
    expect(viewStore.getState().selection).toEqual({ kind: 'touchpoint', ids: ['quote'] });
  });

  it('acts on several selected touchpoints at once', async () => {
    const { user, map } = renderInspector({ kind: 'touchpoint', ids: ['ad', 'quote'] });
    expect(screen.getByRole('heading', { name: '2 touchpoints selected' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete 2 touchpoints' }));
    expect(map().touchpoints.map((t) => t.id)).toEqual(['invoice', 'stray']);
  });

  it('lets nothing change in review mode', async () => {
    const { user, map } = renderInspector({ kind: 'touchpoint', ids: ['quote'] }, true);
    const before = map();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'x{Enter}');
    expect(screen.getByRole('combobox', { name: 'Channel' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
    expect(map()).toBe(before);
  });

  it('shows the map details again when the selected item no longer exists', () => {
    renderInspector({ kind: 'touchpoint', ids: ['gone'] });
    expect(screen.getByRole('heading', { name: 'Map details' })).toBeInTheDocument();
  });
});

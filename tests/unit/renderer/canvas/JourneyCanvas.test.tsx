import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyCanvas } from '../../../../renderer/canvas/JourneyCanvas';
import { CommandProvider, CommandRegistry } from '../../../../renderer/shell/commands';
import { DocumentStoreProvider } from '../../../../renderer/store/document-store';
import { addMetric, createEmptyMap, newMetric, updateStage, updateTouchpoint } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';
import { storesFor, undoSteps, workshopMap } from './canvas-fixtures';

function renderCanvas(map: JourneyMap = workshopMap(), readOnly = false) {
  const stores = storesFor(map, readOnly);
  const registry = new CommandRegistry();
  const view = render(
    <DocumentStoreProvider store={stores.documentStore}>
      <CommandProvider registry={registry}>
        <div style={{ width: 1200, height: 800 }}>
          <JourneyCanvas />
        </div>
      </CommandProvider>
    </DocumentStoreProvider>,
  );
  const region = screen.getByRole('region', { name: 'Journey map' });
  return { ...stores, registry, region, view };
}

afterEach(cleanup);

describe('<JourneyCanvas>', () => {
  it('shows stages as column headers, silos as row headers and touchpoints as buttons', async () => {
    const { region } = renderCanvas();
    expect(await within(region).findAllByRole('columnheader')).toHaveLength(2);
    expect(within(region).getByRole('columnheader', { name: /^Discover\b/ })).toBeInTheDocument();
    expect(within(region).getByRole('rowheader', { name: /^Sales\b/ })).toBeInTheDocument();
    expect(within(region).getByRole('rowheader', { name: /^No owner\b/ })).toBeInTheDocument();
    const card = within(region).getByRole('button', { name: /^Invoice\b/ });
    expect(card).toHaveAttribute('data-kind', 'touchpoint');
    expect(region.querySelectorAll('[data-kind="touchpoint"]')).toHaveLength(4);
  });

  it('shows each card title, channel, intent, feeling and day', async () => {
    const { region } = renderCanvas();
    const quote = await within(region).findByRole('button', { name: /^Quote\b/ });
    expect(quote).toHaveTextContent('Quote');
    expect(quote).toHaveTextContent('Day 3');
    const invoice = within(region).getByRole('button', { name: /^Invoice\b/ });
    expect(within(invoice).getByRole('img', { name: 'Customer feels very unhappy' })).toBeInTheDocument();
    expect(within(invoice).getByRole('img', { name: 'Email' })).toBeInTheDocument();
  });

  it('offers labelled buttons to add stages, silos and touchpoints', async () => {
    const user = userEvent.setup();
    const { region, documentStore } = renderCanvas();
    const palette = within(region).getByRole('toolbar', { name: 'Add to the map' });
    await user.click(within(palette).getByRole('button', { name: 'Add stage' }));
    expect(documentStore.getState().map.stages).toHaveLength(3);
    const editor = await within(region).findByRole('textbox', { name: 'Stage name' });
    await user.clear(editor);
    await user.type(editor, 'Renew{Enter}');
    expect(documentStore.getState().map.stages.at(-1)?.name).toBe('Renew');
    expect(undoSteps(documentStore)).toBe(2);
  });

  it('renames a card with Enter and cancels with Escape', async () => {
    const user = userEvent.setup();
    const { region, documentStore } = renderCanvas();
    const card = await within(region).findByRole('button', { name: /^Ad\b/ });
    act(() => card.focus());
    await user.keyboard('{Enter}');
    const editor = within(region).getByRole('textbox', { name: 'Touchpoint title' });
    await user.clear(editor);
    await user.type(editor, 'Billboard{Escape}');
    expect(documentStore.getState().map.touchpoints[0]?.title).toBe('Ad');
    act(() => within(region).getByRole('button', { name: /^Ad\b/ }).focus());
    await user.keyboard('{F2}');
    const again = within(region).getByRole('textbox', { name: 'Touchpoint title' });
    await user.clear(again);
    await user.type(again, 'Billboard{Enter}');
    expect(documentStore.getState().map.touchpoints[0]?.title).toBe('Billboard');
    expect(undoSteps(documentStore)).toBe(1);
  });

  it('moves roving focus with the arrow keys: one tab stop, focus follows', async () => {
    const user = userEvent.setup();
    const { region, viewStore } = renderCanvas();
    const stage = await within(region).findByRole('columnheader', { name: /^Discover\b/ });
    expect(stage).toHaveAttribute('tabindex', '0');
    act(() => stage.focus());
    await user.keyboard('{ArrowDown}');
    expect(viewStore.getState().focus).toEqual({ kind: 'card', touchpointId: 'ad' });
    const ad = within(region).getByRole('button', { name: /^Ad\b/ });
    await waitFor(() => expect(ad).toHaveFocus());
    expect(ad).toHaveAttribute('tabindex', '0');
    expect(stage).toHaveAttribute('tabindex', '-1');
  });

  it('adds a touchpoint with N in the focused cell and edits its title at once', async () => {
    const user = userEvent.setup();
    const { region, documentStore } = renderCanvas();
    const ad = await within(region).findByRole('button', { name: /^Ad\b/ });
    act(() => ad.focus());
    await user.keyboard('n');
    const editor = await within(region).findByRole('textbox', { name: 'Touchpoint title' });
    expect(editor).toHaveFocus();
    await user.keyboard('Retarget ad{Enter}');
    const cell = documentStore.getState().map.touchpoints.filter((t) => t.stageId === 's1' && t.siloId === 'sales');
    expect(cell.map((t) => t.title)).toEqual(['Ad', 'Retarget ad']);
  });

  it('handles the delete, copy, paste and zoom commands of the menu and toolbar', async () => {
    const { region, registry, viewStore, documentStore } = renderCanvas();
    await within(region).findAllByRole('columnheader');
    act(() => viewStore.getState().select({ kind: 'touchpoint', ids: ['stray'] }));
    act(() => void registry.dispatch('copy'));
    act(() => void registry.dispatch('delete'));
    expect(documentStore.getState().map.touchpoints.map((t) => t.id)).not.toContain('stray');
    act(() => void registry.dispatch('paste'));
    await waitFor(() => expect(documentStore.getState().map.touchpoints.map((t) => t.title)).toContain('Stray'));
    for (const command of ['zoom-in', 'zoom-out', 'zoom-fit'] as const) expect(registry.dispatch(command)).toBe(true);
  });

  it('duplicates the selected cards from the Edit menu, one undo step', async () => {
    const { region, registry, viewStore, documentStore } = renderCanvas();
    await within(region).findAllByRole('columnheader');
    act(() => viewStore.getState().select({ kind: 'touchpoint', ids: ['ad'] }));
    act(() => void registry.dispatch('duplicate'));
    const titles = documentStore.getState().map.touchpoints.filter((t) => t.stageId === 's1' && t.siloId === 'sales').map((t) => t.title);
    expect(titles).toEqual(['Ad', 'Ad']);
    expect(undoSteps(documentStore)).toBe(1);
  });

  it('has labelled zoom controls', async () => {
    const { region } = renderCanvas();
    expect(await within(region).findByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Zoom out' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Fit to map' })).toBeInTheDocument();
  });

  it('offers no editing in review mode', async () => {
    const user = userEvent.setup();
    const { region, documentStore, registry } = renderCanvas(workshopMap(), true);
    const ad = await within(region).findByRole('button', { name: /^Ad\b/ });
    expect(within(region).queryByRole('toolbar', { name: 'Add to the map' })).toBeNull();
    act(() => ad.focus());
    await user.keyboard('n{Enter}{Delete}');
    expect(within(region).queryByRole('textbox')).toBeNull();
    act(() => void registry.dispatch('duplicate'));
    await user.keyboard('{Control>}d{/Control}');
    expect(documentStore.getState().map).toEqual(workshopMap());
  });

  it('renders an empty map without stages', () => {
    const { region } = renderCanvas(createEmptyMap());
    expect(within(region).queryAllByRole('columnheader')).toHaveLength(0);
    expect(within(region).getByRole('button', { name: 'Add touchpoint' })).toBeDisabled();
  });
});

describe('<JourneyCanvas> highlights', () => {
  it('shows each stage status as an icon and words on its header and in its accessible name', async () => {
    const { region } = renderCanvas();
    const discover = await within(region).findByRole('columnheader', { name: /^Discover\b/ });
    expect(discover).toHaveAccessibleName('Discover, stage 1 of 2, Critical: No shared metric, 2 findings');
    expect(discover).toHaveTextContent('No shared metric');
    expect(discover.querySelector('.jm-stage-badge--critical .jm-status-icon--critical')).not.toBeNull();
  });

  it('updates the badges live as the map is edited, and undo brings them back', async () => {
    const { region, documentStore } = renderCanvas();
    const buy = await within(region).findByRole('columnheader', { name: /^Buy\b/ });
    expect(buy).toHaveAccessibleName(/Critical: No shared metric, 2 findings$/);
    act(() =>
      documentStore.getState().applyEdit((map) =>
        updateStage(map, 's2', { accountableSiloId: null }),
      ),
    );
    expect(within(region).getByRole('columnheader', { name: /^Buy\b/ })).toHaveAccessibleName(
      /Critical: No shared metric, 3 findings$/,
    );
    act(() =>
      documentStore.getState().applyEdit((map) =>
        addMetric(
          map,
          's2',
          newMetric({ name: 'Paid on time', target: 95, current: 97, ownerSiloIds: ['sales', 'billing'] }),
        ),
      ),
    );
    const header = within(region).getByRole('columnheader', { name: /^Buy\b/ });
    expect(header).toHaveTextContent('Split: Sales, Billing');
    expect(header).toHaveAccessibleName(/Warning: Split: Sales, Billing, 2 findings$/);
    act(() => documentStore.temporal.getState().undo());
    expect(within(region).getByRole('columnheader', { name: /^Buy\b/ })).toHaveTextContent('No shared metric');
  });

  it('marks the card no silo owns with an icon and "No owner"', async () => {
    const { region } = renderCanvas();
    const stray = await within(region).findByRole('button', { name: /^Stray\b/ });
    expect(stray).toHaveTextContent('No owner');
    expect(stray.querySelector('.jm-unowned-icon')).not.toBeNull();
    expect(stray).toHaveAccessibleName(/No owner: no silo is responsible for it$/);
    expect(within(region).getByRole('button', { name: /^Ad\b/ })).not.toHaveTextContent('No owner');
  });

  it('marks clashing cards with an icon and "Conflict"', async () => {
    const map = updateTouchpoint(updateTouchpoint(workshopMap(), 'quote', { intent: 'sell' }), 'invoice', {
      intent: 'collect',
    });
    const { region } = renderCanvas(map);
    const quote = await within(region).findByRole('button', { name: /^Quote\b/ });
    expect(quote).toHaveTextContent('Conflict');
    expect(quote.querySelector('.jm-conflict-icon')).not.toBeNull();
    expect(quote).toHaveAccessibleName(/Conflict: clashes with Invoice$/);
  });

  it('shows and hides the legend of every mark from a button over the map', async () => {
    const user = userEvent.setup();
    const { region } = renderCanvas();
    const toggle = await within(region).findByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(region).queryByRole('region', { name: 'Legend of the map' })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const legend = within(region).getByRole('region', { name: 'Legend of the map' });
    for (const term of ['Critical', 'Warning', 'Note', 'OK', 'Unowned hand-off', 'Conflicting touchpoint', 'Unowned touchpoint'])
      expect(within(legend).getByText(term)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

import { render, screen } from '@testing-library/react';
import { JourneyCanvas } from '../../../../renderer/canvas/JourneyCanvas';
import { workshopViewFor } from '../../../../renderer/canvas/workshop-view';
import { CommandProvider, CommandRegistry } from '../../../../renderer/shell/commands';
import { DocumentStoreProvider } from '../../../../renderer/store/document-store';
import type { JourneyMap } from '../../../../shared/model/types';
import { storesFor, workshopMap } from './canvas-fixtures';

/** Renders the whole canvas over `map` with its stores, for tests of the nodes it draws. */
export function renderCanvas(map: JourneyMap = workshopMap(), readOnly = false) {
  const stores = storesFor(map, readOnly);
  const registry = new CommandRegistry();
  render(
    <DocumentStoreProvider store={stores.documentStore}>
      <CommandProvider registry={registry}>
        <div style={{ width: 1200, height: 800 }}>
          <JourneyCanvas />
        </div>
      </CommandProvider>
    </DocumentStoreProvider>,
  );
  const region = screen.getByRole('region', { name: 'Journey map' });
  return { ...stores, workshopView: workshopViewFor(stores.documentStore), registry, region };
}

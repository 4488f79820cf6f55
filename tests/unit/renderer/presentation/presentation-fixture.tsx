import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { CommandProvider, CommandRegistry } from '../../../../renderer/shell/commands';
import { createDocumentStore, DocumentStoreProvider } from '../../../../renderer/store/document-store';
import { parseJourneyFile } from '../../../../shared/format';
import type { JourneyMap } from '../../../../shared/model/types';

/** The auto-insurance example map (6 stages, 7 silos), parsed from the shared fixture file. */
export function autoInsuranceMap(): JourneyMap {
  const result = parseJourneyFile(new Uint8Array(readFileSync(resolve('tests/fixtures/auto-insurance.journeymap'))));
  if (!result.ok) throw new Error(`The fixture does not parse: ${result.error.message}`);
  return result.map;
}

/** Renders `ui` over a fresh document store holding `map` and a command registry. */
export function renderOverMap(ui: ReactElement, map: JourneyMap) {
  const store = createDocumentStore({ map, info: { fileName: 'auto-insurance.journeymap', readOnly: false } });
  const registry = new CommandRegistry();
  const rendered = render(
    <DocumentStoreProvider store={store}>
      <CommandProvider registry={registry}>{ui}</CommandProvider>
    </DocumentStoreProvider>,
  );
  return { ...rendered, store, registry };
}

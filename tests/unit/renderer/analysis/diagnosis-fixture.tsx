import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { diagnosisViewFor } from '../../../../renderer/analysis/diagnosis-view';
import { CommandProvider, CommandRegistry } from '../../../../renderer/shell/commands';
import { createDocumentStore, DocumentStoreProvider } from '../../../../renderer/store/document-store';
import { viewStoreFor } from '../../../../renderer/store/view-store';
import { parseJourneyFile } from '../../../../shared/format';
import type { JourneyMap } from '../../../../shared/model/types';

/** The auto-insurance example map, parsed from the shared fixture file. */
export function fixtureMap(): JourneyMap {
  const result = parseJourneyFile(new Uint8Array(readFileSync(resolve('tests/fixtures/auto-insurance.journeymap'))));
  if (!result.ok) throw new Error(`The fixture does not parse: ${result.error.message}`);
  return result.map;
}

/** Renders `ui` over a fresh document store holding `map`, with its view stores and a command registry. */
export function renderWithDocument(ui: ReactElement, map: JourneyMap, options: { readOnly?: boolean } = {}) {
  const store = createDocumentStore({ map, info: { fileName: 'auto-insurance.journeymap', readOnly: options.readOnly ?? false } });
  const registry = new CommandRegistry();
  const rendered = render(
    <DocumentStoreProvider store={store}>
      <CommandProvider registry={registry}>{ui}</CommandProvider>
    </DocumentStoreProvider>,
  );
  return { ...rendered, store, registry, view: viewStoreFor(store), diagnosisView: diagnosisViewFor(store) };
}

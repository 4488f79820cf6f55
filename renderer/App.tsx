import { useEffect, useState } from 'react';
import type { JourneyApi, LoadedDocument } from '../shared/ipc/contract';
import { createEmptyMap } from '../shared/model';
import { JourneyApiProvider } from './api/api-context';
import { AutosaveAndRecovery } from './autosave/AutosaveAndRecovery';
import { DialogProvider } from './dialogs/DialogProvider';
import { ExportCommands } from './export/ExportCommands';
import { CommandProvider } from './shell/commands';
import { ObservableCommandRegistry } from './shell/command-availability';
import { useTheme } from './shell/use-theme';
import { Workspace } from './shell/Workspace';
import { createDocumentStore, DocumentStoreProvider, type DocumentStore } from './store/document-store';

type Boot = { status: 'loading' } | { status: 'ready'; store: DocumentStore };

function blankDocument(): Pick<LoadedDocument, 'map' | 'info'> {
  return { map: createEmptyMap(), info: { fileName: null, readOnly: false } };
}

/** The app: loads the window's first document (a blank map unless main or the URL names one), then the editor. */
export function App({ api }: { api: JourneyApi }) {
  const { preference, setPreference } = useTheme(api);
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [registry] = useState(() => new ObservableCommandRegistry());

  useEffect(() => {
    let active = true;
    api
      .getInitialDocument()
      .catch(() => null)
      .then((initial) => {
        if (active) setBoot({ status: 'ready', store: createDocumentStore(initial ?? blankDocument()) });
      });
    return () => {
      active = false;
    };
  }, [api]);

  if (boot.status === 'loading') {
    return (
      <div className="app-loading" role="status">
        Opening the map…
      </div>
    );
  }
  return (
    <JourneyApiProvider api={api}>
      <DocumentStoreProvider store={boot.store}>
        <CommandProvider registry={registry}>
          <DialogProvider>
            <Workspace api={api} theme={preference} onThemeChange={setPreference} />
            <ExportCommands />
            <AutosaveAndRecovery api={api} />
          </DialogProvider>
        </CommandProvider>
      </DocumentStoreProvider>
    </JourneyApiProvider>
  );
}

import { useEffect } from 'react';
import type { JourneyApi } from '../../shared/ipc/contract';
import { useCommands } from './commands';
import type { DocumentFlows } from './document-flows';

/** Routes main's push events: native-menu commands through the command registry, documents into the store. */
export function useApiEvents(api: JourneyApi, flows: DocumentFlows): void {
  const registry = useCommands();
  useEffect(() => api.onMenuCommand((command) => void registry.dispatch(command)), [api, registry]);
  useEffect(() => api.onDocumentLoad((document) => flows.receive(document)), [api, flows]);
}

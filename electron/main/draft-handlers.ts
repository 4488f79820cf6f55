/** The IPC handlers for autosave drafts: each window writes only its own draft. */
import type { DraftStore } from './drafts';
import type { InvokeHandlers } from './ipc-registrar';
import type { WindowManager } from './window-manager';

export interface DraftHandlerDeps {
  drafts: Pick<DraftStore, 'write' | 'list' | 'get' | 'discard'>;
  windows: Pick<WindowManager, 'session' | 'allSessions'>;
}

/** `drafts:write`, `drafts:list` (drafts of windows still open are left out), `drafts:get`, `drafts:discard`. */
export function draftHandlers<E>(deps: DraftHandlerDeps, windowIdOf: (event: E) => number | null): Pick<InvokeHandlers<E>, 'drafts:write' | 'drafts:list' | 'drafts:get' | 'drafts:discard'> {
  return {
    'drafts:write': async ({ map }, event) => {
      const windowId = windowIdOf(event);
      const session = windowId === null ? undefined : deps.windows.session(windowId);
      if (!session) return;
      await deps.drafts.write(session.draftId, { map, filePath: session.filePath });
    },
    'drafts:list': () => deps.drafts.list(new Set(deps.windows.allSessions().map((session) => session.draftId))),
    'drafts:get': ({ draftId }) => deps.drafts.get(draftId),
    'drafts:discard': ({ draftId }) => deps.drafts.discard(draftId),
  };
}

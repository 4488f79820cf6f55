/** The IPC handlers for autosave drafts: each window writes only its own draft. */
import type { DraftStore } from './drafts';
import type { InvokeHandlers } from './ipc-registrar';
import type { WindowManager } from './window-manager';

export interface DraftHandlerDeps {
  drafts: Pick<DraftStore, 'write' | 'list' | 'get' | 'discard'>;
  windows: Pick<WindowManager, 'session' | 'allSessions'>;
}

type DraftChannels = 'drafts:write' | 'drafts:list' | 'drafts:get' | 'drafts:discard' | 'drafts:discard-own';

/**
 * `drafts:write` and `drafts:discard-own` (the sender window's own draft, whose id only main knows),
 * `drafts:list` (drafts of windows still open are left out), `drafts:get`, `drafts:discard`.
 */
export function draftHandlers<E>(deps: DraftHandlerDeps, windowIdOf: (event: E) => number | null): Pick<InvokeHandlers<E>, DraftChannels> {
  const sessionOf = (event: E) => {
    const windowId = windowIdOf(event);
    return windowId === null ? undefined : deps.windows.session(windowId);
  };
  return {
    'drafts:write': async ({ map }, event) => {
      const session = sessionOf(event);
      if (!session) return;
      await deps.drafts.write(session.draftId, { map, filePath: session.filePath });
    },
    'drafts:list': () => deps.drafts.list(new Set(deps.windows.allSessions().map((session) => session.draftId))),
    'drafts:get': ({ draftId }) => deps.drafts.get(draftId),
    'drafts:discard': ({ draftId }) => deps.drafts.discard(draftId),
    'drafts:discard-own': async (_payload, event) => {
      const session = sessionOf(event);
      if (session) await deps.drafts.discard(session.draftId);
    },
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { JourneyApi } from '../../shared/ipc/contract';
import { useDocumentStore } from '../store/document-store';
import { startDraftAutosave, type DraftAutosave, type DraftStatus } from './draft-autosave';

/** The window's autosave as the UI sees it. */
export interface DraftAutosaveHandle {
  status: DraftStatus;
  /** Writes any unsaved edits as a draft now; resolves true when the draft holds every edit. */
  flush: () => Promise<boolean>;
}

/**
 * Autosaves drafts of the document for as long as the component is mounted, and writes one at once
 * when the page is hidden or unloaded (switching away, closing the tab or the laptop lid).
 */
export function useDraftAutosave(api: JourneyApi): DraftAutosaveHandle {
  const store = useDocumentStore();
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const autosave = useRef<DraftAutosave | null>(null);

  useEffect(() => {
    const running = startDraftAutosave({ api, store, onStatus: setStatus });
    autosave.current = running;
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') void running.flush();
    };
    const flushOnPageHide = () => void running.flush();
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flushOnPageHide);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flushOnPageHide);
      running.dispose();
      if (autosave.current === running) autosave.current = null;
    };
  }, [api, store]);

  const flush = useCallback(() => autosave.current?.flush() ?? Promise.resolve(false), []);
  return { status, flush };
}

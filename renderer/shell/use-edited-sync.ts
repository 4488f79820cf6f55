import { useEffect } from 'react';
import type { JourneyApi } from '../../shared/ipc/contract';
import { selectEdited, useDocument } from '../store/document-store';

/** The window title: "● auto-insurance.journeymap — Journey Map" while edited. */
export function windowTitle(mapTitle: string, fileName: string | null, edited: boolean): string {
  return `${edited ? '● ' : ''}${fileName ?? mapTitle} — Journey Map`;
}

/**
 * Keeps the window title and main's idea of the document (edited? which title?) in step with the
 * store, so closing the window with unsaved changes asks first.
 */
export function useEditedSync(api: JourneyApi): void {
  const edited = useDocument(selectEdited);
  const title = useDocument((state) => state.map.title);
  const fileName = useDocument((state) => state.info.fileName);

  useEffect(() => {
    document.title = windowTitle(title, fileName, edited);
  }, [title, fileName, edited]);

  useEffect(() => {
    api.setEdited({ edited, title }).catch(() => undefined);
  }, [api, edited, title]);
}

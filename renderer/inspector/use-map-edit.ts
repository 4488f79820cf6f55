import type { JourneyMap } from '../../shared/model/types';
import { useDocument, selectReviewMode } from '../store/document-store';

/** The document's `applyEdit` and whether the map is read-only (review mode: every control is disabled). */
export function useMapEdit(): { edit: (change: (map: JourneyMap) => JourneyMap) => void; readOnly: boolean } {
  const applyEdit = useDocument((state) => state.applyEdit);
  const readOnly = useDocument(selectReviewMode);
  return { edit: readOnly ? () => undefined : applyEdit, readOnly };
}

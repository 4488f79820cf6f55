import type { JourneyMap } from '../../shared/model/types';
import { useDocument } from '../store/document-store';

/** The document's `applyEdit` and whether the map is read-only (review mode: every control is disabled). */
export function useMapEdit(): { edit: (change: (map: JourneyMap) => JourneyMap) => void; readOnly: boolean } {
  const applyEdit = useDocument((state) => state.applyEdit);
  const readOnly = useDocument((state) => state.info.readOnly);
  return { edit: readOnly ? () => undefined : applyEdit, readOnly };
}

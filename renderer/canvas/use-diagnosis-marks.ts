/**
 * The canvas's highlights for the open map. Derived from the shared, cached findings once per map
 * object, and the previous object is kept while the highlights stay the same, so an edit that changes
 * no highlight (a title, a note, a drag) does not re-project the canvas.
 */
import type { JourneyMap } from '../../shared/model/types';
import { findingsOf } from '../analysis/use-findings';
import { useDocument, useDocumentStore, type DocumentStore } from '../store/document-store';
import { diagnosisMarks, sameDiagnosisMarks, type DiagnosisMarks } from './diagnosis-marks';

const marksByMap = new WeakMap<JourneyMap, DiagnosisMarks>();
const latestByStore = new WeakMap<DocumentStore, { map: JourneyMap; marks: DiagnosisMarks }>();

/** The marks of a map, derived from its cached findings on first request. */
export function diagnosisMarksOf(map: JourneyMap): DiagnosisMarks {
  let marks = marksByMap.get(map);
  if (marks === undefined) {
    marks = diagnosisMarks(map, findingsOf(map));
    marksByMap.set(map, marks);
  }
  return marks;
}

/** The marks of a document's current map: the previous object while the highlights are unchanged. */
export function stableDiagnosisMarks(store: DocumentStore, map: JourneyMap): DiagnosisMarks {
  const latest = latestByStore.get(store);
  if (latest?.map === map) return latest.marks;
  const next = diagnosisMarksOf(map);
  const marks = latest && sameDiagnosisMarks(latest.marks, next) ? latest.marks : next;
  latestByStore.set(store, { map, marks });
  return marks;
}

/** The open map's highlights; re-renders the caller only when a highlight changes. */
export function useDiagnosisMarks(): DiagnosisMarks {
  const store = useDocumentStore();
  return useDocument((state) => stableDiagnosisMarks(store, state.map));
}

import { useCallback } from 'react';
import type { GridItem } from '../../shared/layout/grid-navigation';
import { renameSilo, renameStage, updateTouchpoint } from '../../shared/model';
import type { JourneyMap } from '../../shared/model/types';
import { useDocumentStore } from '../store/document-store';
import { useIsEditing, useViewStoreApi, type EditTarget } from '../store/view-store';

function renameEdit(target: EditTarget, value: string): (map: JourneyMap) => JourneyMap {
  switch (target.kind) {
    case 'stage':
      return (map) => renameStage(map, target.id, value);
    case 'silo':
      return (map) => renameSilo(map, target.id, value);
    case 'touchpoint':
      return (map) => updateTouchpoint(map, target.id, { title: value });
  }
}

function gridItemOfTarget(target: EditTarget): GridItem {
  switch (target.kind) {
    case 'stage':
      return { kind: 'stage', stageId: target.id };
    case 'silo':
      return { kind: 'silo', siloId: target.id };
    case 'touchpoint':
      return { kind: 'card', touchpointId: target.id };
  }
}

/** Inline renaming of one item: whether it is being edited, and commit/cancel (both return focus to the item). */
export function useInlineRename(kind: EditTarget['kind'], id: string) {
  const documentStore = useDocumentStore();
  const viewStore = useViewStoreApi();
  const editing = useIsEditing(kind, id);

  const finish = useCallback(() => {
    const view = viewStore.getState();
    view.stopEditing();
    view.setFocus(gridItemOfTarget({ kind, id }), true);
  }, [viewStore, kind, id]);

  const commit = useCallback(
    (value: string) => {
      documentStore.getState().applyEdit(renameEdit({ kind, id }, value));
      finish();
    },
    [documentStore, finish, kind, id],
  );

  return { editing, commit, cancel: finish };
}

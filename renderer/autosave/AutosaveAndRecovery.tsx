import type { JourneyApi } from '../../shared/ipc/contract';
import { AutosaveStatus } from './AutosaveStatus';
import { DraftRecovery } from './DraftRecovery';
import { useDraftAutosave } from './use-draft-autosave';

/** Keeps drafts of the window's map while it is edited, and offers the drafts a crash left behind. */
export function AutosaveAndRecovery({ api }: { api: JourneyApi }) {
  const { status, flush } = useDraftAutosave(api);
  return (
    <>
      <AutosaveStatus status={status} />
      <DraftRecovery api={api} flushDraft={flush} />
    </>
  );
}

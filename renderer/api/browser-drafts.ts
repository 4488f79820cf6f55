import type { DraftDetail, DraftSummary } from '../../shared/ipc/contract';
import type { JourneyMap } from '../../shared/model/types';

/** One stored draft: the unsaved map of a tab plus the map as that tab last opened or saved it. */
export type DraftRecord = DraftDetail;

/** Where drafts live: IndexedDB in the browser, memory in tests. */
export interface DraftBackend {
  put(record: DraftRecord): Promise<void>;
  get(draftId: string): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  delete(draftId: string): Promise<void>;
}

/** What the tab knows about the file behind the map when it writes a draft. */
export interface DraftContext {
  fileName: string | null;
  saved: JourneyMap | null;
}

/** The drafts API of the browser build, for one tab. */
export interface DraftStore {
  /** Writes (replaces) this tab's draft. */
  write(map: JourneyMap, context: DraftContext): Promise<void>;
  /** Every stored draft, newest first; unreadable records are skipped. */
  list(): Promise<DraftSummary[]>;
  get(draftId: string): Promise<DraftDetail | null>;
  discard(draftId: string): Promise<void>;
  /** The id this tab writes its draft under. */
  readonly draftId: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMapLike(value: unknown): value is JourneyMap {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    Array.isArray(value.stages) &&
    Array.isArray(value.silos) &&
    Array.isArray(value.touchpoints)
  );
}

/** True for a stored value shaped like a draft record (records from older builds or other code are skipped). */
export function isDraftRecord(value: unknown): value is DraftRecord {
  return (
    isRecord(value) &&
    typeof value.draftId === 'string' &&
    typeof value.title === 'string' &&
    (value.fileName === null || typeof value.fileName === 'string') &&
    typeof value.writtenAt === 'string' &&
    isMapLike(value.draft) &&
    (value.saved === null || isMapLike(value.saved))
  );
}

function summaryOf(record: DraftRecord): DraftSummary {
  return { draftId: record.draftId, title: record.title, fileName: record.fileName, writtenAt: record.writtenAt };
}

/** Creates the drafts API over a backend; `draftId` identifies this tab's draft. */
export function createDraftStore(backend: DraftBackend, draftId: string, now: () => Date = () => new Date()): DraftStore {
  return {
    draftId,
    async write(map, context) {
      await backend.put({
        draftId,
        title: map.title,
        fileName: context.fileName,
        writtenAt: now().toISOString(),
        draft: map,
        saved: context.saved,
      });
    },
    async list() {
      const records = (await backend.getAll()).filter(isDraftRecord);
      return records.map(summaryOf).sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
    },
    async get(id) {
      const record = await backend.get(id);
      return isDraftRecord(record) ? record : null;
    },
    async discard(id) {
      await backend.delete(id);
    },
  };
}

/** A draft backend in memory (tests, and browsers without IndexedDB). Stores structured clones. */
export function createMemoryDraftBackend(): DraftBackend {
  const records = new Map<string, DraftRecord>();
  return {
    put: async (record) => {
      records.set(record.draftId, structuredClone(record));
    },
    get: async (draftId) => {
      const record = records.get(draftId);
      return record ? structuredClone(record) : undefined;
    },
    getAll: async () => [...records.values()].map((record) => structuredClone(record)),
    delete: async (draftId) => {
      records.delete(draftId);
    },
  };
}

/**
 * Autosave drafts: while a map has unsaved edits, the renderer sends it here every few seconds and it is
 * written atomically to `<userData>/drafts/<draftId>.json` (one draft per window). A draft is removed when
 * the map is saved or its changes are discarded; drafts left by a crash are offered for recovery.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { validateJourneyMap } from '../../shared/format';
import type { DraftDetail, DraftSummary } from '../../shared/ipc/contract';
import type { JourneyMap } from '../../shared/model/types';
import { cleanupLeftoverTempFiles, writeFileAtomic } from './atomic-write';
import { readDocumentFile } from './document-files';
import { errorCode } from './file-errors';

const DRAFT_ID = /^[A-Za-z0-9_-]{1,100}$/;
const DRAFT_KIND = 'journeymap-draft';

/** What a draft file holds. */
export interface DraftRecord {
  draftId: string;
  title: string;
  /** The saved file the draft belongs to; null for an untitled map. */
  filePath: string | null;
  writtenAt: string;
  map: JourneyMap;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Reads a draft file's JSON back into a record, or null when it is damaged or not a draft. */
export function parseDraftRecord(text: string): DraftRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.kind !== DRAFT_KIND || !isString(record.draftId) || !DRAFT_ID.test(record.draftId)) return null;
  if (!isString(record.title) || !isString(record.writtenAt)) return null;
  if (record.filePath !== null && !isString(record.filePath)) return null;
  const checked = validateJourneyMap(record.map);
  if (!checked.ok) return null;
  return { draftId: record.draftId, title: record.title, filePath: record.filePath, writtenAt: record.writtenAt, map: checked.map };
}

function summary(record: DraftRecord): DraftSummary {
  return {
    draftId: record.draftId,
    title: record.title,
    fileName: record.filePath ? path.basename(record.filePath) : null,
    writtenAt: record.writtenAt,
  };
}

export interface DraftStoreOptions {
  now?: () => Date;
}

/** The drafts folder. */
export class DraftStore {
  private readonly now: () => Date;

  constructor(
    readonly folder: string,
    options: DraftStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  private pathOf(draftId: string): string {
    if (!DRAFT_ID.test(draftId)) throw new Error('invalid draft id');
    return path.join(this.folder, `${draftId}.json`);
  }

  /** Writes (replaces) the draft of one window. */
  async write(draftId: string, draft: { map: JourneyMap; filePath: string | null }): Promise<void> {
    const record: DraftRecord & { kind: string } = {
      kind: DRAFT_KIND,
      draftId,
      title: draft.map.title,
      filePath: draft.filePath,
      writtenAt: this.now().toISOString(),
      map: draft.map,
    };
    await fsp.mkdir(this.folder, { recursive: true });
    await writeFileAtomic(this.pathOf(draftId), JSON.stringify(record), { keepBackup: false });
  }

  /** Reads one draft, or null when it is missing or damaged. */
  async read(draftId: string): Promise<DraftRecord | null> {
    try {
      const record = parseDraftRecord(await fsp.readFile(this.pathOf(draftId), 'utf8'));
      return record?.draftId === draftId ? record : null;
    } catch {
      return null;
    }
  }

  /** Summaries of every readable draft except those in `exclude` (windows still open), newest first. */
  async list(exclude: ReadonlySet<string> = new Set()): Promise<DraftSummary[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
    const records = await Promise.all(ids.filter((id) => DRAFT_ID.test(id) && !exclude.has(id)).map((id) => this.read(id)));
    return records
      .filter((record): record is DraftRecord => record !== null)
      .map(summary)
      .sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
  }

  /** One draft with, for comparison, the saved file's map when that file can still be read. */
  async get(draftId: string): Promise<DraftDetail | null> {
    const record = await this.read(draftId);
    if (!record) return null;
    let saved: JourneyMap | null = null;
    if (record.filePath) {
      const file = await readDocumentFile(record.filePath);
      saved = file.ok ? file.document.map : null;
    }
    return { ...summary(record), draft: record.map, saved };
  }

  /** Deletes a draft (after a save, or when the user discards it). */
  async discard(draftId: string): Promise<void> {
    await fsp.rm(this.pathOf(draftId), { force: true });
  }

  /** Removes temp files of draft writes interrupted by a crash. */
  async cleanup(): Promise<string[]> {
    return cleanupLeftoverTempFiles(this.folder);
  }
}

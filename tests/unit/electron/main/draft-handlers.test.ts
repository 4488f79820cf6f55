import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftHandlers } from '../../../../electron/main/draft-handlers';
import { createSession, type DocumentSession } from '../../../../electron/main/document-session';
import { DraftStore } from '../../../../electron/main/drafts';
import { SAMPLE_MAP } from '../../../reliability/support/ipc-samples';

/** An IPC event from the window with this id (null: a window main no longer knows). */
interface FakeEvent {
  windowId: number | null;
}

let root: string;
let drafts: DraftStore;
const sessions = new Map<number, DocumentSession>();

function handlers() {
  return draftHandlers<FakeEvent>(
    { drafts, windows: { session: (windowId) => sessions.get(windowId), allSessions: () => [...sessions.values()] } },
    (event) => event.windowId,
  );
}

function draftFile(draftId: string): string {
  return path.join(drafts.folder, `${draftId}.json`);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'draft-handlers-'));
  drafts = new DraftStore(path.join(root, 'drafts'));
  sessions.clear();
  sessions.set(1, createSession(1, 'draft-of-window-1'));
  sessions.set(2, createSession(2, 'draft-of-window-2'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('draft handlers', () => {
  it("drafts:discard-own removes the sender window's draft and no other", async () => {
    const draft = handlers();
    await draft['drafts:write']({ map: SAMPLE_MAP }, { windowId: 1 });
    await draft['drafts:write']({ map: SAMPLE_MAP }, { windowId: 2 });
    expect(existsSync(draftFile('draft-of-window-1'))).toBe(true);

    await draft['drafts:discard-own'](undefined, { windowId: 1 });

    expect(existsSync(draftFile('draft-of-window-1'))).toBe(false);
    expect(existsSync(draftFile('draft-of-window-2'))).toBe(true);
  });

  it('drafts:discard-own is harmless when there is no draft, or the window is gone', async () => {
    const draft = handlers();
    await draft['drafts:write']({ map: SAMPLE_MAP }, { windowId: 2 });
    await expect(draft['drafts:discard-own'](undefined, { windowId: 1 })).resolves.toBeUndefined();
    await expect(draft['drafts:discard-own'](undefined, { windowId: null })).resolves.toBeUndefined();
    await expect(draft['drafts:discard-own'](undefined, { windowId: 99 })).resolves.toBeUndefined();
    expect(existsSync(draftFile('draft-of-window-2'))).toBe(true);
  });

  it('writes each window under its own draft id, and lists only drafts of windows no longer open', async () => {
    const draft = handlers();
    await draft['drafts:write']({ map: SAMPLE_MAP }, { windowId: 1 });
    await draft['drafts:write']({ map: SAMPLE_MAP }, { windowId: null });
    expect(await draft['drafts:list'](undefined, { windowId: 2 })).toEqual([]);
    sessions.delete(1);
    expect((await draft['drafts:list'](undefined, { windowId: 2 })).map((summary) => summary.draftId)).toEqual(['draft-of-window-1']);
  });
});

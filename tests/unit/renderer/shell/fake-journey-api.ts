import { vi } from 'vitest';
import type { EventContract, JourneyApi, LoadedDocument, MenuCommand } from '../../../../shared/ipc/contract';
import { DEFAULT_PREFERENCES } from '../../../../renderer/api/browser-prefs';

/** A JourneyApi whose methods are spies with harmless defaults, plus helpers to push main's events. */
export function fakeJourneyApi(platform: JourneyApi['platform']) {
  const menu = new Set<(command: MenuCommand) => void>();
  const loads = new Set<(document: LoadedDocument) => void>();
  const themes = new Set<(theme: EventContract['theme:changed']) => void>();
  const fullScreenLeft = new Set<() => void>();
  const api = {
    platform,
    getInitialDocument: vi.fn<JourneyApi['getInitialDocument']>(async () => null),
    openDocument: vi.fn<JourneyApi['openDocument']>(async () => ({ status: 'cancelled' })),
    openForReview: vi.fn<JourneyApi['openForReview']>(async () => ({ status: 'cancelled' })),
    newDocument: vi.fn<JourneyApi['newDocument']>(async () => undefined),
    saveDocument: vi.fn<JourneyApi['saveDocument']>(async () => ({ status: 'saved', info: { fileName: 'map.journeymap', readOnly: false } })),
    saveDocumentAs: vi.fn<JourneyApi['saveDocumentAs']>(async () => ({ status: 'saved', info: { fileName: 'copy.journeymap', readOnly: false } })),
    setEdited: vi.fn<JourneyApi['setEdited']>(async () => undefined),
    confirmClose: vi.fn<JourneyApi['confirmClose']>(async () => undefined),
    setFullScreen: vi.fn<JourneyApi['setFullScreen']>(async () => undefined),
    getPreferences: vi.fn<JourneyApi['getPreferences']>(async () => DEFAULT_PREFERENCES),
    setPreferences: vi.fn<JourneyApi['setPreferences']>(async () => DEFAULT_PREFERENCES),
    writeDraft: vi.fn<JourneyApi['writeDraft']>(async () => undefined),
    listDrafts: vi.fn<JourneyApi['listDrafts']>(async () => []),
    getDraft: vi.fn<JourneyApi['getDraft']>(async () => null),
    discardDraft: vi.fn<JourneyApi['discardDraft']>(async () => undefined),
    discardOwnDraft: vi.fn<JourneyApi['discardOwnDraft']>(async () => undefined),
    exportPdf: vi.fn<JourneyApi['exportPdf']>(async () => ({ status: 'cancelled' })),
    exportPng: vi.fn<JourneyApi['exportPng']>(async () => ({ status: 'cancelled' })),
    exportCsv: vi.fn<JourneyApi['exportCsv']>(async () => ({ status: 'cancelled' })),
    importCsv: vi.fn<JourneyApi['importCsv']>(async () => ({ status: 'cancelled' })),
    getPrintJob: vi.fn<JourneyApi['getPrintJob']>(async () => null),
    onMenuCommand: vi.fn<JourneyApi['onMenuCommand']>((listener) => {
      menu.add(listener);
      return () => void menu.delete(listener);
    }),
    onDocumentLoad: vi.fn<JourneyApi['onDocumentLoad']>((listener) => {
      loads.add(listener);
      return () => void loads.delete(listener);
    }),
    onThemeChanged: vi.fn<JourneyApi['onThemeChanged']>((listener) => {
      themes.add(listener);
      return () => void themes.delete(listener);
    }),
    onFullScreenLeft: vi.fn<JourneyApi['onFullScreenLeft']>((listener) => {
      fullScreenLeft.add(listener);
      return () => void fullScreenLeft.delete(listener);
    }),
  };
  return {
    api,
    sendMenuCommand: (command: MenuCommand) => menu.forEach((listener) => listener(command)),
    sendDocument: (document: LoadedDocument) => loads.forEach((listener) => listener(document)),
    leaveFullScreen: () => fullScreenLeft.forEach((listener) => listener()),
    /** How many listeners wait for the window to leave full screen. */
    fullScreenListeners: () => fullScreenLeft.size,
  };
}

/**
 * The preload bridge: exposes `window.journeyApi` with one named method per IPC channel and nothing else
 * (no generic invoke, no `ipcRenderer`). Listeners never see the IPC event and return an unsubscribe
 * function. Payloads are validated in main, so zod stays out of this sandboxed script.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventChannel, EventContract, InvokeChannel, InvokeContract, JourneyApi, Unsubscribe } from '../shared/ipc/contract';

function invoke<C extends InvokeChannel>(channel: C, ...payload: InvokeContract[C]['args'] extends void ? [] : [InvokeContract[C]['args']]): Promise<InvokeContract[C]['result']> {
  return ipcRenderer.invoke(channel, ...payload) as Promise<InvokeContract[C]['result']>;
}

function listen<E extends EventChannel>(channel: E, listener: (payload: EventContract[E]) => void): Unsubscribe {
  const forward = (_event: IpcRendererEvent, payload: EventContract[E]) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = {
  platform: 'electron',
  getInitialDocument: () => invoke('document:get-initial'),
  openDocument: () => invoke('document:open'),
  openForReview: () => invoke('document:open-for-review'),
  newDocument: (payload) => invoke('document:new', payload),
  saveDocument: (payload) => invoke('document:save', payload),
  saveDocumentAs: (payload) => invoke('document:save-as', payload),
  setEdited: (payload) => invoke('document:set-edited', payload),
  confirmClose: () => invoke('window:close-confirmed'),
  setFullScreen: (payload) => invoke('window:set-full-screen', payload),
  getPreferences: () => invoke('prefs:get'),
  setPreferences: (payload) => invoke('prefs:set', payload),
  writeDraft: (payload) => invoke('drafts:write', payload),
  listDrafts: () => invoke('drafts:list'),
  getDraft: (payload) => invoke('drafts:get', payload),
  discardDraft: (payload) => invoke('drafts:discard', payload),
  discardOwnDraft: () => invoke('drafts:discard-own'),
  exportPdf: (payload) => invoke('export:pdf', payload),
  exportPng: (payload) => invoke('export:png', payload),
  exportCsv: (payload) => invoke('export:csv', payload),
  importCsv: () => invoke('import:csv'),
  getPrintJob: () => invoke('print:get-job'),
  onMenuCommand: (listener) => listen('menu:command', listener),
  onDocumentLoad: (listener) => listen('document:load', listener),
  onThemeChanged: (listener) => listen('theme:changed', listener),
  onFullScreenLeft: (listener) => listen('window:left-full-screen', () => listener()),
} satisfies JourneyApi;

contextBridge.exposeInMainWorld('journeyApi', api);

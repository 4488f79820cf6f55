import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHOD_BY_CHANNEL, INVOKE_CHANNELS, type JourneyApi } from '../../../shared/ipc/contract';
import { VALID_PAYLOADS } from '../../reliability/support/ipc-samples';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const invoke = vi.fn(async (...args: unknown[]) => ({ echoed: args }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
  },
}));

await import('../../../electron/preload');
const api = exposed.get('journeyApi') as JourneyApi;

function emit(channel: string, payload: unknown): void {
  for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc-event', ports: [] }, payload);
}

beforeEach(() => invoke.mockClear());

describe('preload bridge', () => {
  it('exposes window.journeyApi for the Electron platform', () => {
    expect([...exposed.keys()]).toEqual(['journeyApi']);
    expect(api.platform).toBe('electron');
  });

  it('has exactly the named methods of the contract: no generic invoke, no ipcRenderer', () => {
    const expected = [...Object.values(API_METHOD_BY_CHANNEL), 'onMenuCommand', 'onDocumentLoad', 'onThemeChanged', 'onFullScreenLeft', 'platform'].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it.each(INVOKE_CHANNELS)('calls %s with its payload only', async (channel) => {
    const method = api[API_METHOD_BY_CHANNEL[channel]] as (payload?: unknown) => Promise<unknown>;
    const payload = VALID_PAYLOADS[channel];
    await (payload === undefined ? method() : method(payload));
    expect(invoke).toHaveBeenCalledWith(...(payload === undefined ? [channel] : [channel, payload]));
  });

  it('hands listeners the payload without the IPC event and lets them unsubscribe', () => {
    const commands: unknown[] = [];
    const stop = api.onMenuCommand((command) => commands.push(command));
    emit('menu:command', 'save');
    stop();
    emit('menu:command', 'undo');
    expect(commands).toEqual(['save']);
  });

  it('delivers document:load and theme:changed payloads', () => {
    const documents: unknown[] = [];
    const themes: unknown[] = [];
    api.onDocumentLoad((document) => documents.push(document));
    api.onThemeChanged((theme) => themes.push(theme));
    emit('document:load', { map: 'm' });
    emit('theme:changed', { dark: true, preference: 'system' });
    expect(documents).toEqual([{ map: 'm' }]);
    expect(themes).toEqual([{ dark: true, preference: 'system' }]);
  });

  it('tells the page when the window left full screen, with nothing from the event', () => {
    const calls: unknown[][] = [];
    const stop = api.onFullScreenLeft((...args: unknown[]) => calls.push(args));
    emit('window:left-full-screen', undefined);
    stop();
    emit('window:left-full-screen', undefined);
    expect(calls).toEqual([[]]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../../shared/ipc/contract';
import { REFUSED_MESSAGE, registerAllHandlers, registerInvokeHandler, type InvokeHandlers } from '../../../../electron/main/ipc-registrar';
import { FakeIpcMain, ourWindows, frame, APP_URL, type FakeEvent } from '../../../reliability/support/fake-ipc';
import { SAMPLE_MAP, VALID_PAYLOADS } from '../../../reliability/support/ipc-samples';
import { isTrustedSender } from '../../../../electron/main/security';

function setup() {
  const ipc = new FakeIpcMain();
  const { windows, topFrame } = ourWindows();
  const log = vi.fn();
  const options = { isTrustedEvent: (event: FakeEvent) => isTrustedSender(event.senderFrame, windows, APP_URL), log };
  return { ipc, topFrame, log, options };
}

describe('registerInvokeHandler', () => {
  it('calls the handler with the validated payload for our own page', async () => {
    const { ipc, topFrame, options } = setup();
    const handler = vi.fn((_payload: { map: unknown }) => ({ status: 'cancelled' as const }));
    registerInvokeHandler(ipc, 'document:save', handler, options);
    await ipc.invoke('document:save', topFrame, { map: { ...SAMPLE_MAP, sneaky: 1 } });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[0]).toEqual({ map: SAMPLE_MAP });
  });

  it('refuses a foreign sender with a generic error, logs it and never runs the handler', async () => {
    const { ipc, topFrame, log, options } = setup();
    const handler = vi.fn();
    registerInvokeHandler(ipc, 'prefs:get', handler, options);
    await expect(ipc.invoke('prefs:get', frame('https://evil.example/', { processId: 4, routingId: 1 }))).rejects.toThrow(REFUSED_MESSAGE);
    await expect(ipc.invoke('prefs:get', frame(APP_URL, { processId: 4, routingId: 9 }, topFrame))).rejects.toThrow(REFUSED_MESSAGE);
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused prefs:get: untrusted sender https://evil.example/'));
  });

  it('refuses a malformed payload and extra arguments without saying why to the caller', async () => {
    const { ipc, topFrame, log, options } = setup();
    const handler = vi.fn();
    registerInvokeHandler(ipc, 'drafts:get', handler, options);
    await expect(ipc.invoke('drafts:get', topFrame, { draftId: '../../x' })).rejects.toThrow(new Error(REFUSED_MESSAGE));
    await expect(ipc.invoke('drafts:get', topFrame, { draftId: 'a' }, 'second')).rejects.toThrow(REFUSED_MESSAGE);
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('logs and passes on an error thrown by the handler', async () => {
    const { ipc, topFrame, log, options } = setup();
    registerInvokeHandler(ipc, 'drafts:list', () => Promise.reject(new Error('disk gone')), options);
    await expect(ipc.invoke('drafts:list', topFrame)).rejects.toThrow('disk gone');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('drafts:list failed'));
  });
});

describe('registerAllHandlers', () => {
  it('registers every channel of the contract exactly once', async () => {
    const { ipc, topFrame, options } = setup();
    const calls: InvokeChannel[] = [];
    const handlers = Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, () => void calls.push(channel)])) as unknown as InvokeHandlers<FakeEvent>;
    registerAllHandlers(ipc, handlers, options);
    expect([...ipc.listeners.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const channel of INVOKE_CHANNELS) {
      const payload = VALID_PAYLOADS[channel];
      await (payload === undefined ? ipc.invoke(channel, topFrame) : ipc.invoke(channel, topFrame, payload));
    }
    expect(calls).toEqual([...INVOKE_CHANNELS]);
  });
});

/**
 * Reliability row 12: every IPC handler refuses a foreign sender frame and malformed payloads, counted by
 * enumerating the contract. Reproduce: npx vitest run --project reliability tests/reliability/ipc-handlers.test.ts
 */
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/contract';
import { REFUSED_MESSAGE, registerAllHandlers, type InvokeHandlers } from '../../electron/main/ipc-registrar';
import { isTrustedSender } from '../../electron/main/security';
import { APP_URL, FakeIpcMain, foreignFrames, ourWindows, type FakeEvent } from './support/fake-ipc';
import { MALFORMED_FOR_EVERY_CHANNEL, MALFORMED_PAYLOADS, VALID_PAYLOADS } from './support/ipc-samples';

function argsFor(payload: unknown): unknown[] {
  return payload === undefined ? [] : [payload];
}

async function refused(call: Promise<unknown>): Promise<boolean> {
  return call.then(
    () => false,
    (error: unknown) => error instanceof Error && error.message === REFUSED_MESSAGE,
  );
}

describe('every IPC handler (reliability row 12)', () => {
  it('refuses 100% of foreign senders and malformed payloads and accepts valid calls', async () => {
    const ipc = new FakeIpcMain();
    const { windows, topFrame } = ourWindows();
    const handled = new Map<InvokeChannel, number>(INVOKE_CHANNELS.map((channel) => [channel, 0]));
    const handlers = Object.fromEntries(
      INVOKE_CHANNELS.map((channel) => [channel, () => void handled.set(channel, (handled.get(channel) ?? 0) + 1)]),
    ) as unknown as InvokeHandlers<FakeEvent>;
    registerAllHandlers(ipc, handlers, {
      isTrustedEvent: (event) => isTrustedSender(event.senderFrame, windows, APP_URL),
      log: () => undefined,
    });

    const foreign = foreignFrames(topFrame);
    let foreignCalls = 0;
    let foreignRefused = 0;
    let malformedCalls = 0;
    let malformedRefused = 0;
    const channelsRefusingAllForeign = new Set<InvokeChannel>();
    const channelsRefusingAllMalformed = new Set<InvokeChannel>();

    for (const channel of INVOKE_CHANNELS) {
      let allForeign = true;
      for (const senderFrame of foreign) {
        foreignCalls += 1;
        const ok = await refused(ipc.invoke(channel, senderFrame, ...argsFor(VALID_PAYLOADS[channel])));
        if (ok) foreignRefused += 1;
        else allForeign = false;
      }
      if (allForeign) channelsRefusingAllForeign.add(channel);

      let allMalformed = true;
      for (const payload of [...MALFORMED_FOR_EVERY_CHANNEL, ...MALFORMED_PAYLOADS[channel]]) {
        malformedCalls += 1;
        const ok = await refused(ipc.invoke(channel, topFrame, payload));
        if (ok) malformedRefused += 1;
        else allMalformed = false;
      }
      if (allMalformed) channelsRefusingAllMalformed.add(channel);
      expect(handled.get(channel), `${channel} ran its handler for a refused call`).toBe(0);

      await ipc.invoke(channel, topFrame, ...argsFor(VALID_PAYLOADS[channel]));
      expect(handled.get(channel), `${channel} refused a valid call`).toBe(1);
    }

    console.log(
      `[reliability 12] ${INVOKE_CHANNELS.length} channels: foreign senders refused ${foreignRefused}/${foreignCalls} ` +
        `(${channelsRefusingAllForeign.size}/${INVOKE_CHANNELS.length} handlers), malformed payloads refused ` +
        `${malformedRefused}/${malformedCalls} (${channelsRefusingAllMalformed.size}/${INVOKE_CHANNELS.length} handlers), valid calls accepted ${INVOKE_CHANNELS.length}/${INVOKE_CHANNELS.length}`,
    );
    expect(foreignRefused).toBe(foreignCalls);
    expect(malformedRefused).toBe(malformedCalls);
    expect(channelsRefusingAllForeign.size).toBe(INVOKE_CHANNELS.length);
    expect(channelsRefusingAllMalformed.size).toBe(INVOKE_CHANNELS.length);
  });
});

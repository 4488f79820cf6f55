/**
 * The one way IPC handlers are registered. Every invoke channel goes through `registerInvokeHandler`,
 * which drops calls that do not come from the top frame of our own page and validates the payload with
 * `shared/ipc/payloads.ts` before the handler runs. Refused calls get a generic error and are logged.
 */
import { INVOKE_CHANNELS, type InvokeChannel, type InvokeContract } from '../../shared/ipc/contract';
import { validatePayload } from '../../shared/ipc/payloads';
import type { FrameLike } from './security';

/** The parts of an `IpcMainInvokeEvent` the registrar reads. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

/** The parts of `ipcMain` the registrar uses. */
export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
}

type Awaitable<T> = T | Promise<T>;

export type InvokeHandler<C extends InvokeChannel, E> = (payload: InvokeContract[C]['args'], event: E) => Awaitable<InvokeContract[C]['result']>;

/** One handler for every invoke channel; a missing channel is a compile error. */
export type InvokeHandlers<E> = { [C in InvokeChannel]: InvokeHandler<C, E> };

export interface RegistrarOptions<E> {
  /** True when the event comes from the top frame of one of our windows showing our page. */
  isTrustedEvent: (event: E) => boolean;
  log: (message: string) => void;
}

/** The only error a refused call sees: it says nothing about why, the log does. */
export const REFUSED_MESSAGE = 'Request refused';

/** Registers one handler behind the sender check and the payload validator. */
export function registerInvokeHandler<C extends InvokeChannel, E extends InvokeEventLike>(
  ipc: IpcMainLike<E>,
  channel: C,
  handler: InvokeHandler<C, E>,
  options: RegistrarOptions<E>,
): void {
  ipc.handle(channel, async (event, ...args) => {
    if (!options.isTrustedEvent(event)) {
      options.log(`refused ${channel}: untrusted sender ${event.senderFrame?.url ?? '(no frame)'}`);
      throw new Error(REFUSED_MESSAGE);
    }
    if (args.length > 1) {
      options.log(`refused ${channel}: ${args.length} arguments`);
      throw new Error(REFUSED_MESSAGE);
    }
    const checked = validatePayload(channel, args[0]);
    if (!checked.ok) {
      options.log(`refused ${channel}: ${checked.error}`);
      throw new Error(REFUSED_MESSAGE);
    }
    try {
      return await handler(checked.value, event);
    } catch (error) {
      options.log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      throw error;
    }
  });
}

/** Registers the handlers of every channel in the contract. */
export function registerAllHandlers<E extends InvokeEventLike>(ipc: IpcMainLike<E>, handlers: InvokeHandlers<E>, options: RegistrarOptions<E>): void {
  const register = <C extends InvokeChannel>(channel: C) => registerInvokeHandler(ipc, channel, handlers[channel], options);
  for (const channel of INVOKE_CHANNELS) register(channel);
}

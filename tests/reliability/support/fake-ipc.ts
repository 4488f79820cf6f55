/** A stand-in for `ipcMain` and the frames of our windows, so handlers can be called like Electron would. */
import type { FrameLike, WindowLike } from '../../../electron/main/security';
import type { InvokeEventLike, IpcMainLike } from '../../../electron/main/ipc-registrar';

export const APP_URL = 'file:///opt/Journey%20Map/resources/app.asar/.vite/renderer/main_window/index.html';

export interface FakeEvent extends InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

export function frame(url: string, ids: { processId: number; routingId: number }, parent: unknown = null): FrameLike {
  return { url, parent, processId: ids.processId, routingId: ids.routingId };
}

/** Two of our windows, showing our page. */
export function ourWindows(): { windows: WindowLike[]; topFrame: FrameLike } {
  const topFrame = frame(`${APP_URL}#/`, { processId: 4, routingId: 1 });
  const other = frame(APP_URL, { processId: 5, routingId: 1 });
  return { windows: [{ webContents: { mainFrame: topFrame } }, { webContents: { mainFrame: other } }], topFrame };
}

/** Frames that must never be trusted: a sub-frame, other pages, unknown windows, no frame. */
export function foreignFrames(topFrame: FrameLike): (FrameLike | null)[] {
  return [
    null,
    frame(APP_URL, { processId: 4, routingId: 7 }, topFrame),
    frame('https://evil.example/index.html', { processId: 4, routingId: 1 }),
    frame('file:///tmp/evil/index.html', { processId: 4, routingId: 1 }),
    frame(APP_URL, { processId: 99, routingId: 3 }),
    frame('data:text/html,<script>1</script>', { processId: 4, routingId: 1 }),
    frame('about:blank', { processId: 4, routingId: 1 }),
  ];
}

type Listener = (event: FakeEvent, ...args: unknown[]) => unknown;

/** Records handlers the way `ipcMain.handle` would and calls them with a fake event. */
export class FakeIpcMain implements IpcMainLike<FakeEvent> {
  readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }

  async invoke(channel: string, senderFrame: FrameLike | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame }, ...args);
  }
}

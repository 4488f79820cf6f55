/**
 * The IPC handler for full screen. Presentation mode asks main rather than using the HTML Fullscreen API:
 * the session's permission handler denies the 'fullscreen' permission, and a presentation started from the
 * menu's F5 carries no user gesture for the page. The registrar has already checked the sender.
 */
import type { InvokeHandlers } from './ipc-registrar';

/** The parts of a `BrowserWindow` the handler uses. */
export interface FullScreenWindow {
  readonly id: number;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
}

/** `window:set-full-screen` for the sender's own window; `windowOf` finds it (null once it is gone). */
export function windowHandlers<E>(windowOf: (event: E) => FullScreenWindow | null): Pick<InvokeHandlers<E>, 'window:set-full-screen'> {
  // Windows main made full screen for the page: a window the user had already made full screen stays so
  // when the presentation ends.
  const enteredForPage = new Set<number>();
  return {
    'window:set-full-screen': ({ fullScreen }, event) => {
      const window = windowOf(event);
      if (!window) return;
      if (fullScreen) {
        if (window.isFullScreen()) return;
        enteredForPage.add(window.id);
        window.setFullScreen(true);
      } else if (enteredForPage.delete(window.id)) {
        // Unconditional: on macOS isFullScreen() is still false while the entering animation runs.
        window.setFullScreen(false);
      }
    },
  };
}

/**
 * The browser build's full screen (the HTML Fullscreen API; Electron goes through main instead): asked for
 * politely, a refusal is ignored (presentation mode works in the window too).
 */

/** Asks for the whole page to go full screen; does nothing when it already is or the browser refuses. */
export function requestFullscreen(doc: Document = document): void {
  const element = doc.documentElement;
  if (doc.fullscreenElement || typeof element.requestFullscreen !== 'function') return;
  try {
    element.requestFullscreen().catch(() => undefined);
  } catch {
    // Some embedders throw instead of rejecting; the presentation simply stays in the window.
  }
}

/** Leaves full screen if the page is in it. */
export function exitFullscreen(doc: Document = document): void {
  if (!doc.fullscreenElement || typeof doc.exitFullscreen !== 'function') return;
  try {
    doc.exitFullscreen().catch(() => undefined);
  } catch {
    // Already left (e.g. the user pressed Esc in the browser's own full-screen mode).
  }
}

/**
 * Calls `onExit` when the page leaves full screen after having entered it (the browser's own Esc ends
 * full screen before the page sees the key, so this is how Esc ends the presentation there).
 * Returns the function that stops watching.
 */
export function watchFullscreenExit(onExit: () => void, doc: Document = document): () => void {
  let entered = doc.fullscreenElement !== null && doc.fullscreenElement !== undefined;
  const onChange = () => {
    if (doc.fullscreenElement) entered = true;
    else if (entered) {
      entered = false;
      onExit();
    }
  };
  doc.addEventListener('fullscreenchange', onChange);
  return () => doc.removeEventListener('fullscreenchange', onChange);
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { JourneyApi } from '../../shared/ipc/contract';
import { useCommandHandler } from '../shell/commands';
import { PresentationMode } from './PresentationMode';

/** True for a plain F5 (no modifiers), the key that starts a slide show. */
function isPresentKey(event: KeyboardEvent): boolean {
  return event.key === 'F5' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
}

/** The full-screen part of the platform API: Electron's window through main, or the browser's Fullscreen API. */
export type FullScreenApi = Pick<JourneyApi, 'setFullScreen' | 'onFullScreenLeft'>;

/**
 * Owns presentation mode for the editor: the `presentation` command (View menu, toolbar) and F5 start it,
 * full screen when the platform allows; the mode itself ends it, and so does leaving full screen (Esc,
 * F11, the OS). Starting twice (the menu's F5 accelerator and the key itself) is harmless.
 */
export function PresentationHost({ api, clock }: { api: FullScreenApi; clock?: () => number }) {
  const [presenting, setPresenting] = useState(false);
  const presentingRef = useRef(false);

  const enter = useCallback(() => {
    if (presentingRef.current) return;
    presentingRef.current = true;
    // Asked at once, inside the click or key press: browsers grant full screen only to a user gesture.
    api.setFullScreen({ fullScreen: true }).catch(() => undefined);
    setPresenting(true);
  }, [api]);
  const leave = useCallback(() => {
    presentingRef.current = false;
    setPresenting(false);
  }, []);

  useCommandHandler('presentation', enter);

  useEffect(() => {
    if (!presenting) return undefined;
    const stopWatching = api.onFullScreenLeft(leave);
    return () => {
      // Stop listening first, so leaving full screen here does not report back.
      stopWatching();
      api.setFullScreen({ fullScreen: false }).catch(() => undefined);
    };
  }, [api, presenting, leave]);

  useEffect(() => {
    if (presenting) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPresentKey(event) || event.defaultPrevented || document.querySelector('[aria-modal="true"]') !== null) return;
      // F5 would reload the browser build and lose the map.
      event.preventDefault();
      enter();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting, enter]);

  return presenting ? <PresentationMode onLeave={leave} clock={clock} /> : null;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useCommandHandler } from '../shell/commands';
import { requestFullscreen } from './fullscreen';
import { PresentationMode } from './PresentationMode';

/** True for a plain F5 (no modifiers), the key that starts a slide show. */
function isPresentKey(event: KeyboardEvent): boolean {
  return event.key === 'F5' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
}

/**
 * Owns presentation mode for the editor: the `presentation` command (View menu, toolbar) and F5 start it,
 * full screen when the browser allows; the mode itself ends it. Starting twice (the menu's F5 accelerator
 * and the key itself) is harmless.
 */
export function PresentationHost({ clock }: { clock?: () => number }) {
  const [presenting, setPresenting] = useState(false);
  const presentingRef = useRef(false);

  const enter = useCallback(() => {
    if (presentingRef.current) return;
    presentingRef.current = true;
    requestFullscreen();
    setPresenting(true);
  }, []);
  const leave = useCallback(() => {
    presentingRef.current = false;
    setPresenting(false);
  }, []);

  useCommandHandler('presentation', enter);

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

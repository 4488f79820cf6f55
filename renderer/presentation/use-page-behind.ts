import { useEffect, type RefObject } from 'react';

/**
 * While the presentation is open, the editor behind it is hidden and inert (no focus, no clicks, not read
 * out), and the presentation has focus; on close both come back and focus returns where it was.
 */
export function usePageBehind(rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return undefined;
    const doc = root.ownerDocument;
    const previouslyFocused = doc.activeElement;
    const behind = Array.from(doc.body.children).filter((element) => element !== root && !element.hasAttribute('inert'));
    for (const element of behind) {
      element.setAttribute('inert', '');
      element.classList.add('pm-behind');
    }
    root.focus();
    return () => {
      for (const element of behind) {
        element.removeAttribute('inert');
        element.classList.remove('pm-behind');
      }
      if (previouslyFocused instanceof HTMLElement && previouslyFocused.isConnected) previouslyFocused.focus();
    };
  }, [rootRef]);
}

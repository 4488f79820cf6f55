import { useEffect, useRef } from 'react';
import { useAlignmentView } from './alignment-view';

/**
 * The toolbar toggle that opens the stage-alignment exercise in the map area (pressed while shown).
 * When the view closes and focus has nowhere to go, focus comes back here.
 */
export function AlignmentToggle() {
  const open = useAlignmentView((state) => state.open);
  const toggleView = useAlignmentView((state) => state.toggleView);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    const element = button.current;
    if (wasOpen.current && !open && element) {
      const active = element.ownerDocument.activeElement;
      if (active === null || active === element.ownerDocument.body) element.focus();
    }
    wasOpen.current = open;
  }, [open]);

  return (
    <button
      ref={button}
      type="button"
      className="button toolbar-button"
      aria-pressed={open}
      title="Run the stage-alignment exercise: collect everyone’s list, see how far apart they are, agree"
      onClick={toggleView}
    >
      Align stages
    </button>
  );
}

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

export interface ModalProps {
  /** Names the dialog (it is labelled by its title). */
  title: string;
  /** Read out with the title; an alert's plain message. */
  description?: ReactNode;
  /** `alertdialog` for messages that need a response (errors, unsaved changes). */
  role?: 'dialog' | 'alertdialog';
  /** Esc (and the caller's own Cancel button) call this. */
  onCancel: () => void;
  /** The element to focus first; defaults to the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  children?: ReactNode;
}

function focusableIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => !element.closest('[inert]'));
}

/** Makes everything outside `keep` inert while a modal is open; returns the undo. */
function makeOthersInert(keep: HTMLElement): () => void {
  const changed = Array.from(keep.ownerDocument.body.children).filter(
    (element) => element !== keep && !element.hasAttribute('inert'),
  );
  for (const element of changed) element.setAttribute('inert', '');
  return () => {
    for (const element of changed) element.removeAttribute('inert');
  };
}

/**
 * An accessible modal dialog: labelled by its title, described by its message, focus kept inside
 * (Tab cycles, the rest of the page is inert), Esc cancels, focus returns where it was on close.
 */
export function Modal({ title, description, role = 'dialog', onCancel, initialFocus, className, children }: ModalProps) {
  const titleId = useId();
  const descriptionId = useId();
  const overlayRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const overlay = overlayRef.current;
    const dialog = dialogRef.current;
    if (!overlay || !dialog) return undefined;
    const previouslyFocused = overlay.ownerDocument.activeElement;
    const restoreInert = makeOthersInert(overlay);
    const first = initialFocus?.current ?? focusableIn(dialog)[0] ?? dialog;
    first.focus();
    return () => {
      restoreInert();
      if (previouslyFocused instanceof HTMLElement && previouslyFocused.isConnected) previouslyFocused.focus();
    };
  }, [initialFocus]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = focusableIn(dialogRef.current);
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = dialogRef.current.ownerDocument.activeElement;
    if (event.shiftKey && (active === first || !dialogRef.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialogRef.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="modal-overlay" ref={overlayRef}>
      <div
        ref={dialogRef}
        className={className ? `modal ${className}` : 'modal'}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description === undefined ? undefined : descriptionId}
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {description === undefined ? null : (
          <div id={descriptionId} className="modal-description">
            {description}
          </div>
        )}
        {children}
      </div>
    </div>,
    document.body,
  );
}

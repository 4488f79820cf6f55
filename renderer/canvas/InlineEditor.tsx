import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface InlineEditorProps {
  /** The text when editing starts. */
  initial: string;
  /** The accessible name of the text field, e.g. "Touchpoint title". */
  label: string;
  onCommit: (value: string) => void;
  onCancel: () => void;
  maxLength: number;
}

/** A text field for renaming on the canvas: Enter or leaving the field commits, Esc cancels. */
export function InlineEditor({ initial, label, onCommit, onCancel, maxLength }: InlineEditorProps) {
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit && value.trim() && value !== initial) onCommit(value);
    else onCancel();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };

  return (
    <input
      ref={input}
      className="jm-inline-editor nodrag nopan nowheel"
      aria-label={label}
      value={value}
      maxLength={maxLength}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}

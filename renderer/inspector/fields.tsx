/**
 * Labelled inspector controls. Text and numbers commit when the field is left or Enter is pressed (Esc
 * restores the saved value), so each committed change is one undo step, never one per keystroke.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  hintId: string;
  children: ReactNode;
}

function FieldFrame({ id, label, hint, hintId, children }: FieldFrameProps) {
  return (
    <div className="jm-field">
      <label className="jm-field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint ? (
        <p className="jm-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A draft that shadows `value` while the user types; null when nothing is pending. */
function useDraft<T>(value: T) {
  const [draft, setDraft] = useState<T | null>(null);
  return { shown: draft ?? value, draft, setDraft };
}

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  /** An empty value is refused (the saved value comes back). */
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  readOnly?: boolean;
  hint?: string;
}

/** A labelled single- or multi-line text field (multi-line commits with Ctrl/Cmd+Enter or on leaving). */
export function TextField({ label, value, onCommit, required, multiline, maxLength, readOnly, hint }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const { shown, draft, setDraft } = useDraft(value);
  const commit = () => {
    if (draft !== null && draft !== value && !(required && draft.trim() === '')) onCommit(draft);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    value: shown,
    maxLength,
    readOnly,
    required,
    'aria-describedby': hint ? hintId : undefined,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId}>
      {multiline ? (
        <textarea className="jm-field__input" rows={3} {...common} />
      ) : (
        <input className="jm-field__input" type="text" {...common} />
      )}
    </FieldFrame>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  /** Only whole numbers. */
  integer?: boolean;
  readOnly?: boolean;
  hint?: string;
}

/** A labelled number field; empty means "not set" (null). */
export function NumberField({ label, value, onCommit, integer, readOnly, hint }: NumberFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const { shown, draft, setDraft } = useDraft(value === null ? '' : String(value));
  const commit = () => {
    if (draft !== null) {
      const trimmed = draft.trim();
      const parsed = trimmed === '' ? null : Number(trimmed);
      const valid = parsed === null || (Number.isFinite(parsed) && (!integer || Number.isInteger(parsed)));
      if (valid && parsed !== value) onCommit(parsed);
    }
    setDraft(null);
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId}>
      <input
        id={id}
        className="jm-field__input jm-field__input--number"
        type="number"
        step={integer ? 1 : 'any'}
        value={shown}
        readOnly={readOnly}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape' && draft !== null) {
            event.preventDefault();
            event.stopPropagation();
            setDraft(null);
          }
        }}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onCommit: (value: string) => void;
  disabled?: boolean;
  hint?: string;
}

/** A labelled drop-down; each choice is committed at once (one undo step). */
export function SelectField({ label, value, options, onCommit, disabled, hint }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId}>
      <select
        id={id}
        className="jm-field__input"
        value={value}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => {
          if (event.target.value !== value) onCommit(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface ColorFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  disabled?: boolean;
}

/** A labelled colour picker; the colour is committed when the picker closes or the field is left. */
export function ColorField({ label, value, onCommit, disabled }: ColorFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { shown, draft, setDraft } = useDraft(value);
  const latest = useRef({ draft, value, onCommit, setDraft });
  latest.current = { draft, value, onCommit, setDraft };

  useEffect(() => {
    const element = input.current;
    if (!element) return undefined;
    const onNativeChange = () => {
      const { value: saved, onCommit: commit, setDraft: reset } = latest.current;
      if (element.value !== saved) commit(element.value);
      reset(null);
    };
    element.addEventListener('change', onNativeChange);
    return () => element.removeEventListener('change', onNativeChange);
  }, []);

  return (
    <FieldFrame id={id} label={label} hintId={`${id}-hint`}>
      <div className="jm-field__color">
        <input
          ref={input}
          id={id}
          className="jm-field__swatch"
          type="color"
          value={shown}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => {
            if (draft !== null && draft !== value) onCommit(draft);
            setDraft(null);
          }}
        />
        <span className="jm-field__color-code">{shown}</span>
      </div>
    </FieldFrame>
  );
}

import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { NodeProps } from '@xyflow/react';
import { LIMITS } from '../../shared/model/types';
import { selectReviewMode, useDocument } from '../store/document-store';
import { useCanvasActions } from './canvas-actions-context';
import type { NoteNode as NoteNodeType } from './workshop-types';
import { useWorkshopView } from './workshop-view';

interface NoteEditorProps {
  initial: string;
  /** Called once: with the new text, or null when nothing changed or editing was cancelled. */
  onDone: (text: string | null) => void;
}

/** The text field of a note being edited: Enter or leaving it saves, Shift+Enter adds a line, Esc cancels. */
function NoteEditor({ initial, onDone }: NoteEditorProps) {
  const [value, setValue] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    field.current?.focus({ preventScroll: true });
    field.current?.select();
  }, []);

  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    onDone(save && value !== initial ? value : null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      event.stopPropagation();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(false);
    }
  };

  return (
    <textarea
      ref={field}
      className="jm-note__editor nodrag nopan nowheel"
      aria-label="Note text"
      value={value}
      maxLength={LIMITS.maxStringLength}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}

/** A sticky note: its text (edited in place) and a control that changes its colour; the colour is also named. */
function NoteNodeView({ data }: NodeProps<NoteNodeType>) {
  const { note, colorName, textLines } = data;
  const actions = useCanvasActions();
  const editing = useWorkshopView((state) => state.editingNoteId === note.id);
  const focusRequest = useWorkshopView((state) => (state.noteFocus?.noteId === note.id ? state.noteFocus.request : 0));
  const readOnly = useDocument(selectReviewMode);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest === 0 || editing) return;
    const wrapper = root.current?.closest<HTMLElement>('.react-flow__node');
    if (wrapper && document.activeElement !== wrapper) wrapper.focus({ preventScroll: true });
  }, [focusRequest, editing]);

  return (
    <div ref={root} className="jm-note" style={{ backgroundColor: note.color }}>
      {editing ? (
        <NoteEditor initial={note.text} onDone={(text) => actions.finishNoteEdit(note.id, text)} />
      ) : (
        <div className="jm-note__text" style={{ WebkitLineClamp: textLines }} title={note.text}>
          {note.text.trim() ? note.text : <span className="jm-note__empty">Empty note</span>}
        </div>
      )}
      <div className="jm-note__footer">
        <button
          type="button"
          className="jm-note__color nodrag"
          tabIndex={-1}
          disabled={readOnly}
          aria-label={`Colour ${colorName}: change the note's colour`}
          title="Change colour (C)"
          onClick={() => actions.cycleNoteColor(note.id)}
        >
          <span className="jm-swatch" style={{ backgroundColor: note.color }} aria-hidden="true" />
          {colorName}
        </button>
      </div>
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);

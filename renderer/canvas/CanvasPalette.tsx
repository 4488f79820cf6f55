import type { DragEvent } from 'react';
import type { CanvasActions } from './canvas-actions';

/** What the palette can add; each kind travels as its own drag-and-drop type so drag-over can tell them apart. */
export type PaletteKind = 'stage' | 'silo' | 'touchpoint';

const MIME_PREFIX = 'application/x-journeymap-add-';

/** The drag-and-drop type of a palette item. */
export function paletteMime(kind: PaletteKind): string {
  return `${MIME_PREFIX}${kind}`;
}

/** The palette item being dragged, read from the drag's types (available during drag-over), or null. */
export function paletteKindOf(types: readonly string[]): PaletteKind | null {
  for (const kind of ['stage', 'silo', 'touchpoint'] as const) if (types.includes(paletteMime(kind))) return kind;
  return null;
}

interface CanvasPaletteProps {
  actions: CanvasActions;
  hasStages: boolean;
}

const ITEMS: { kind: PaletteKind; label: string; shortcut: string }[] = [
  { kind: 'stage', label: 'Add stage', shortcut: 'S' },
  { kind: 'silo', label: 'Add silo', shortcut: 'L' },
  { kind: 'touchpoint', label: 'Add touchpoint', shortcut: 'N' },
];

/** Buttons that add stages, silos and touchpoints (each can also be dragged onto the map), and sticky notes. */
export function CanvasPalette({ actions, hasStages }: CanvasPaletteProps) {
  const add = (kind: PaletteKind) => {
    if (kind === 'stage') actions.addStageAt();
    else if (kind === 'silo') actions.addSiloAt();
    else actions.addTouchpointAtFocus();
  };
  const onDragStart = (kind: PaletteKind) => (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(paletteMime(kind), kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <div className="jm-palette" role="toolbar" aria-label="Add to the map">
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          className="jm-palette__button"
          draggable
          disabled={item.kind === 'touchpoint' && !hasStages}
          aria-keyshortcuts={item.shortcut}
          title={`${item.label} (${item.shortcut}), or drag it onto the map`}
          onClick={() => add(item.kind)}
          onDragStart={onDragStart(item.kind)}
        >
          <span aria-hidden="true" className="jm-palette__plus">
            +
          </span>
          {item.label}
        </button>
      ))}
      <button
        type="button"
        className="jm-palette__button"
        disabled={!hasStages}
        aria-keyshortcuts="P"
        title="Add a sticky note to the parking lot (P)"
        onClick={() => actions.addNote()}
      >
        <span aria-hidden="true" className="jm-palette__plus">
          +
        </span>
        Add note
      </button>
    </div>
  );
}

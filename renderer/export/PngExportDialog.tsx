import { useId, useState } from 'react';
import { Modal } from '../dialogs/Modal';
import { OptionField } from './OptionField';
import type { PngScope } from './png-capture';

const SCOPE_CHOICES: readonly { scope: PngScope; label: string; detail: string }[] = [
  { scope: 'whole-map', label: 'Whole map', detail: 'Every stage, silo and touchpoint at full size' },
  { scope: 'view', label: 'Current view', detail: 'What the canvas shows now, at its current zoom' },
];

/** Asks what the PNG should show (the whole map or the current view); `busy` and `error` come from the parent. */
export function PngExportDialog({
  busy = false,
  error = null,
  onExport,
  onCancel,
}: {
  busy?: boolean;
  error?: string | null;
  onExport: (scope: PngScope) => void;
  onCancel: () => void;
}) {
  const [scope, setScope] = useState<PngScope>('whole-map');
  const name = useId();
  return (
    <Modal
      title="Export PNG"
      description={<p>A picture of the map at twice the screen resolution, on a light background.</p>}
      onCancel={onCancel}
      className="export-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onExport(scope);
        }}
      >
        <fieldset className="export-fieldset">
          <legend>What to include</legend>
          {SCOPE_CHOICES.map((choice) => (
            <OptionField
              key={choice.scope}
              type="radio"
              name={name}
              label={choice.label}
              detail={choice.detail}
              checked={scope === choice.scope}
              onChange={(checked) => {
                if (checked) setScope(choice.scope);
              }}
            />
          ))}
        </fieldset>
        {error ? (
          <p className="export-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

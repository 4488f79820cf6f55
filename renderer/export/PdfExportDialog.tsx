import { useId, useMemo, useState } from 'react';
import type { PdfOptions, PdfSections } from '../../shared/ipc/contract';
import { Modal } from '../dialogs/Modal';
import { OptionField } from './OptionField';
import { isPosterFormat } from '../../shared/print/page-size';
import { canExport, pagePreviewText, PDF_FORMAT_CHOICES, PDF_SECTION_CHOICES, POSTER_SECTIONS_NOTE } from './pdf-options';

/**
 * The PDF options: page format, the sections to include (at least one), and how many pages that makes.
 * A poster is one page whatever the sections, so they are switched off for it, with the reason (their
 * choices are kept for the next deck). Starts from the remembered options; `busy` and `error` come from
 * the export the parent runs.
 */
export function PdfExportDialog({
  initial,
  estimatePages,
  busy = false,
  error = null,
  onExport,
  onCancel,
}: {
  initial: PdfOptions;
  estimatePages: (options: PdfOptions) => number;
  busy?: boolean;
  error?: string | null;
  onExport: (options: PdfOptions) => void;
  onCancel: () => void;
}) {
  const [options, setOptions] = useState<PdfOptions>(() => ({ format: initial.format, sections: { ...initial.sections } }));
  const problemId = useId();
  const formatName = useId();
  const sectionsNoteId = useId();
  const poster = isPosterFormat(options.format);
  const complete = canExport(options);
  const pages = useMemo(() => (complete ? estimatePages(options) : 0), [complete, estimatePages, options]);

  const setSection = (key: keyof PdfSections, checked: boolean) =>
    setOptions((current) => ({ ...current, sections: { ...current.sections, [key]: checked } }));

  return (
    <Modal
      title="Export PDF"
      description={<p>A leadership deck of the map: choose the page size and what goes in it.</p>}
      onCancel={onCancel}
      className="export-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (complete && !busy) onExport(options);
        }}
      >
        <fieldset className="export-fieldset">
          <legend>Page format</legend>
          {PDF_FORMAT_CHOICES.map((choice) => (
            <OptionField
              key={choice.format}
              type="radio"
              name={formatName}
              label={choice.label}
              detail={choice.detail}
              checked={options.format === choice.format}
              onChange={(checked) => {
                if (checked) setOptions((current) => ({ ...current, format: choice.format }));
              }}
            />
          ))}
        </fieldset>
        <fieldset className="export-fieldset" disabled={poster} aria-describedby={poster ? sectionsNoteId : undefined}>
          <legend>Sections to include</legend>
          {poster ? (
            <p className="export-fieldset-note" id={sectionsNoteId}>
              {POSTER_SECTIONS_NOTE}
            </p>
          ) : null}
          {PDF_SECTION_CHOICES.map((choice) => (
            <OptionField
              key={choice.key}
              type="checkbox"
              name={choice.key}
              label={choice.label}
              detail={choice.detail}
              checked={options.sections[choice.key]}
              disabled={poster}
              onChange={(checked) => setSection(choice.key, checked)}
            />
          ))}
        </fieldset>
        <p className={complete ? 'export-preview' : 'export-preview export-problem'} id={problemId} aria-live="polite">
          {complete ? pagePreviewText(pages, options.format) : 'Choose at least one section: the PDF needs something to show.'}
        </p>
        {error ? (
          <p className="export-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!complete || busy} aria-describedby={problemId}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

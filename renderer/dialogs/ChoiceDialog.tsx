import { useRef } from 'react';
import { Modal } from './Modal';

/** One button of a choice dialog. */
export interface DialogChoice<T extends string> {
  value: T;
  label: string;
  /** The default action: focused first and styled as primary. */
  primary?: boolean;
}

/** A question or message with a few buttons. */
export interface ChoiceRequest<T extends string> {
  title: string;
  /** Plain text; line breaks are kept. */
  message: string;
  choices: readonly DialogChoice<T>[];
  /** What Esc answers. */
  cancelValue: T;
}

/** An alert dialog that answers with the value of the button pressed (Esc answers `cancelValue`). */
export function ChoiceDialog<T extends string>({ request, onAnswer }: { request: ChoiceRequest<T>; onAnswer: (value: T) => void }) {
  const primaryRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      role="alertdialog"
      title={request.title}
      description={<p className="dialog-message">{request.message}</p>}
      onCancel={() => onAnswer(request.cancelValue)}
      initialFocus={primaryRef}
    >
      <div className="dialog-actions">
        {request.choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            ref={choice.primary ? primaryRef : undefined}
            className={choice.primary ? 'button button-primary' : 'button'}
            onClick={() => onAnswer(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </Modal>
  );
}

import { useId } from 'react';
import { TEMPLATES } from '../../shared/templates';
import { Modal } from './Modal';

/** One template in the list, named by its title and described by its description. */
function ChoiceButton({ name, description, onChoose }: { name: string; description: string; onChoose: () => void }) {
  const nameId = useId();
  const descriptionId = useId();
  return (
    <li>
      <button type="button" className="template-choice" aria-labelledby={nameId} aria-describedby={descriptionId} onClick={onChoose}>
        <span id={nameId} className="template-name">
          {name}
        </span>
        <span id={descriptionId} className="template-description">
          {description}
        </span>
      </button>
    </li>
  );
}

/** Lets the facilitator start from a template (typical stages and silos) or the blank one. */
export function TemplateChooser({ onChoose, onCancel }: { onChoose: (templateId: string) => void; onCancel: () => void }) {
  return (
    <Modal
      title="Start from a template"
      description={<p>Pick a starting point. You can rename, add and remove stages and silos afterwards.</p>}
      onCancel={onCancel}
      className="template-chooser"
    >
      <ul className="template-list">
        {TEMPLATES.map((template) => (
          <ChoiceButton
            key={template.id}
            name={template.name}
            description={template.description}
            onChoose={() => onChoose(template.id)}
          />
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

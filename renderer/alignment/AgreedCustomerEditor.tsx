import { useId } from 'react';
import type { Customer } from '../../shared/model/types';
import { LIMITS } from '../../shared/model/types';

/** The one customer definition the group agreed on (name and description), then applied to the map. */
export function AgreedCustomerEditor({
  customer,
  readOnly,
  onChange,
  onApply,
}: {
  customer: Customer;
  readOnly: boolean;
  onChange: (customer: Customer) => void;
  onApply: () => void;
}) {
  const nameId = useId();
  const descriptionId = useId();
  const blank = customer.name.trim() === '';
  return (
    <div className="jm-alignment__agreed">
      <label htmlFor={nameId} className="jm-alignment__label">
        Customer name
      </label>
      <input
        id={nameId}
        className="jm-alignment__input"
        value={customer.name}
        readOnly={readOnly}
        maxLength={LIMITS.maxNameLength}
        onChange={(event) => onChange({ ...customer, name: event.target.value })}
      />
      <label htmlFor={descriptionId} className="jm-alignment__label">
        Description
      </label>
      <textarea
        id={descriptionId}
        className="jm-alignment__input jm-alignment__answers"
        rows={4}
        value={customer.description}
        readOnly={readOnly}
        onChange={(event) => onChange({ ...customer, description: event.target.value })}
      />
      {readOnly ? null : (
        <div className="jm-alignment__apply">
          {blank ? <p className="jm-alignment__hint">Name the customer to apply the definition.</p> : null}
          <button type="button" className="button button-primary" disabled={blank} onClick={onApply}>
            Apply to map
          </button>
        </div>
      )}
    </div>
  );
}

import { useId, type ReactNode } from 'react';

/** One radio button or checkbox with its label and a line of detail that describes it. */
export function OptionField({
  type,
  name,
  label,
  detail,
  checked,
  disabled = false,
  onChange,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  label: string;
  detail?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const detailId = useId();
  return (
    <div className={disabled ? 'export-option export-option--disabled' : 'export-option'}>
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={detail === undefined ? undefined : detailId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label htmlFor={id} className="export-option-label">
        {label}
      </label>
      {detail === undefined ? null : (
        <span id={detailId} className="export-option-detail">
          {detail}
        </span>
      )}
    </div>
  );
}

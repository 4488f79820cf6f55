import { useId } from 'react';
import type { ThemePreference } from '../../shared/ipc/contract';

const OPTIONS: readonly { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function isThemePreference(value: string): value is ThemePreference {
  return OPTIONS.some((option) => option.value === value);
}

/** Chooses the light, dark or system theme. */
export function ThemeSwitch({ value, onChange }: { value: ThemePreference; onChange: (theme: ThemePreference) => void }) {
  const id = useId();
  return (
    <span className="theme-switch">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        className="select"
        value={value}
        title="Light, dark, or follow the system setting"
        onChange={(event) => {
          if (isThemePreference(event.target.value)) onChange(event.target.value);
        }}
      >
        {OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}

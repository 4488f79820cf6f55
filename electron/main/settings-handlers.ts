/** The IPC handlers for preferences. */
import type { ThemePreference } from '../../shared/ipc/contract';
import type { InvokeHandlers } from './ipc-registrar';
import type { PreferencesStore } from './preferences';

export interface SettingsHandlerDeps {
  preferences: Pick<PreferencesStore, 'get' | 'update'>;
  /** Applies a new theme everywhere (Chromium, open windows, the menu's radio items). */
  themeChanged(theme: ThemePreference): void;
}

/** `prefs:get` and `prefs:set`. */
export function settingsHandlers<E>(deps: SettingsHandlerDeps): Pick<InvokeHandlers<E>, 'prefs:get' | 'prefs:set'> {
  return {
    'prefs:get': () => deps.preferences.get(),
    'prefs:set': (change) => {
      const before = deps.preferences.get().theme;
      const after = deps.preferences.update(change);
      if (after.theme !== before) deps.themeChanged(after.theme);
      return after;
    },
  };
}

/** Applies the theme preference to Chromium and describes it for the renderer's `theme:changed` event. */
import type { EventContract, ThemePreference } from '../../shared/ipc/contract';

/** The part of Electron's `nativeTheme` the theme needs. */
export interface ThemeSource {
  themeSource: ThemePreference;
  readonly shouldUseDarkColors: boolean;
}

/** Sets the theme source (which also drives `prefers-color-scheme` in the page) and returns the event payload. */
export function applyThemePreference(nativeTheme: ThemeSource, preference: ThemePreference): EventContract['theme:changed'] {
  nativeTheme.themeSource = preference;
  return themeState(nativeTheme);
}

/** The current theme as the renderer sees it. */
export function themeState(nativeTheme: ThemeSource): EventContract['theme:changed'] {
  return { dark: nativeTheme.shouldUseDarkColors, preference: nativeTheme.themeSource };
}

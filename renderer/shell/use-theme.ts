import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { JourneyApi, ThemePreference } from '../../shared/ipc/contract';

/** The theme actually shown. */
export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme to show for a preference; "system" follows the operating system. */
export function resolveTheme(preference: ThemePreference, systemDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** Sets `data-theme` (which selects the CSS variables) and the native colour scheme on the page. */
export function applyTheme(root: HTMLElement, theme: ResolvedTheme): void {
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
}

function subscribeToSystemTheme(listener: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/**
 * Applies the light/dark theme and keeps it current: the remembered preference (via the API),
 * the system setting (`prefers-color-scheme`, which Electron's native theme also drives) and
 * `theme:changed` events from main. Returns the preference and a setter that remembers it.
 */
export function useTheme(api: JourneyApi): { preference: ThemePreference; setPreference: (preference: ThemePreference) => void } {
  const [preference, setPreferenceState] = useState<ThemePreference>('system');
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark);
  const chosenBeforeLoad = useRef(false);

  useEffect(() => {
    let active = true;
    api
      .getPreferences()
      .then((preferences) => {
        if (active && !chosenBeforeLoad.current) setPreferenceState(preferences.theme);
      })
      .catch(() => undefined);
    const unsubscribe = api.onThemeChanged((theme) => setPreferenceState(theme.preference));
    return () => {
      active = false;
      unsubscribe();
    };
  }, [api]);

  useEffect(() => {
    applyTheme(document.documentElement, resolveTheme(preference, systemDark));
  }, [preference, systemDark]);

  const setPreference = useCallback(
    (next: ThemePreference) => {
      chosenBeforeLoad.current = true;
      setPreferenceState(next);
      api.setPreferences({ theme: next }).catch(() => undefined);
    },
    [api],
  );

  return { preference, setPreference };
}

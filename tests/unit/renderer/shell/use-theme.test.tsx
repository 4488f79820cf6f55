import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, resolveTheme, useTheme } from '../../../../renderer/shell/use-theme';
import type { EventContract, JourneyApi, Preferences } from '../../../../shared/ipc/contract';

afterEach(cleanup);

describe('theme', () => {
  it('resolves the system preference from the operating system setting', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('selects the theme variables with data-theme on the root element', () => {
    const root = document.createElement('html');
    applyTheme(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.colorScheme).toBe('dark');
  });
});

type ThemeListener = (theme: EventContract['theme:changed']) => void;

function fakeApi(theme: Preferences['theme']) {
  let listener: ThemeListener | null = null;
  const setPreferences = vi.fn(async () => ({}) as Preferences);
  const api = {
    getPreferences: async () => ({ theme }) as Preferences,
    setPreferences,
    onThemeChanged: (next: ThemeListener) => {
      listener = next;
      return () => undefined;
    },
  } as unknown as JourneyApi;
  return { api, setPreferences, push: (event: EventContract['theme:changed']) => listener?.(event) };
}

function Harness({ api, onReady }: { api: JourneyApi; onReady: (set: (theme: Preferences['theme']) => void) => void }) {
  const { setPreference } = useTheme(api);
  onReady(setPreference);
  return null;
}

describe('useTheme', () => {
  afterEach(() => {
    delete document.documentElement.dataset.theme;
  });

  it('applies the remembered preference, follows theme:changed and remembers a new choice', async () => {
    const { api, setPreferences, push } = fakeApi('dark');
    let choose: (theme: Preferences['theme']) => void = () => undefined;
    render(<Harness api={api} onReady={(set) => (choose = set)} />);
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'), { timeout: 5000 });

    act(() => push({ dark: false, preference: 'light' }));
    expect(document.documentElement.dataset.theme).toBe('light');

    act(() => choose('dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(setPreferences).toHaveBeenCalledWith({ theme: 'dark' });
  });
});

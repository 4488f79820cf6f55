import { describe, expect, it } from 'vitest';
import { applyThemePreference, type ThemeSource } from '../../../../electron/main/theme';

describe('applyThemePreference', () => {
  it('sets the theme source and reports whether the app is now dark', () => {
    let source: ThemeSource['themeSource'] = 'system';
    const nativeTheme: ThemeSource = {
      get themeSource() {
        return source;
      },
      set themeSource(value) {
        source = value;
      },
      get shouldUseDarkColors() {
        return source === 'dark';
      },
    };
    expect(applyThemePreference(nativeTheme, 'dark')).toEqual({ dark: true, preference: 'dark' });
    expect(applyThemePreference(nativeTheme, 'light')).toEqual({ dark: false, preference: 'light' });
  });
});

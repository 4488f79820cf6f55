import { describe, expect, it } from 'vitest';
import { devServerUrlOf, rendererEntry, rendererUrl } from '../../../../electron/main/renderer-entry';

describe('renderer entry', () => {
  it('loads ../renderer/<name>/index.html next to the main bundle when there is no dev server', () => {
    const entry = rendererEntry('/opt/app/.vite/build', undefined, 'main_window');
    expect(entry).toEqual({ kind: 'file', filePath: '/opt/app/.vite/renderer/main_window/index.html' });
    expect(rendererUrl(entry)).toBe('file:///opt/app/.vite/renderer/main_window/index.html');
    expect(rendererUrl(entry, '/print')).toBe('file:///opt/app/.vite/renderer/main_window/index.html#/print');
    expect(devServerUrlOf(entry)).toBeNull();
  });

  it('uses the dev server in development', () => {
    const entry = rendererEntry('/x', 'http://localhost:5173', 'main_window');
    expect(rendererUrl(entry, '/print')).toBe('http://localhost:5173/#/print');
    expect(devServerUrlOf(entry)).toBe('http://localhost:5173');
  });

  it('escapes spaces and odd characters in the install path', () => {
    expect(rendererUrl({ kind: 'file', filePath: '/Applications/Journey Map.app/x#y/index.html' })).toBe('file:///Applications/Journey%20Map.app/x%23y/index.html');
  });
});

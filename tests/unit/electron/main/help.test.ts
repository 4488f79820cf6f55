import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, shell: {}, BrowserWindow: {}, dialog: {} }));
const { formatDocumentationPath } = await import('../../../../electron/main/help');

describe('formatDocumentationPath', () => {
  it('uses the copy in the app resources when packaged and docs/ in development', () => {
    expect(formatDocumentationPath(true, '/opt/jm/resources', '/opt/jm/resources/app.asar')).toBe('/opt/jm/resources/file-format.md');
    expect(formatDocumentationPath(false, '/x', '/work/main')).toBe('/work/main/docs/file-format.md');
  });
});

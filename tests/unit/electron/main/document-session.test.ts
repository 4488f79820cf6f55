import { describe, expect, it } from 'vitest';
import { createSession, documentInfo, documentName, isReusable, windowTitle } from '../../../../electron/main/document-session';

describe('document session', () => {
  it('is reusable only while untitled and unedited', () => {
    const session = createSession(1, 'd');
    expect(isReusable(session)).toBe(true);
    expect(isReusable({ ...session, edited: true })).toBe(false);
    expect(isReusable({ ...session, filePath: '/m/a.journeymap' })).toBe(false);
  });

  it('names a document by its file without the extension, else by the map title', () => {
    expect(documentName({ filePath: '/m/Claims.journeymap', mapTitle: 'ignored' })).toBe('Claims');
    expect(documentName({ filePath: null, mapTitle: '  Retail \n journey ' })).toBe('Retail journey');
    expect(documentName({ filePath: null, mapTitle: '' })).toBe('Untitled');
    expect(documentName({ filePath: null, mapTitle: 'x'.repeat(200) })).toHaveLength(80);
  });

  it('builds "name — Journey Map" titles with the edited and read-only marks', () => {
    const base = { filePath: '/m/Claims.journeymap', mapTitle: '', edited: false, readOnly: false };
    expect(windowTitle(base, 'linux')).toBe('Claims — Journey Map');
    expect(windowTitle({ ...base, edited: true }, 'win32')).toBe('● Claims — Journey Map');
    expect(windowTitle({ ...base, edited: true }, 'darwin')).toBe('Claims — Journey Map');
    expect(windowTitle({ ...base, readOnly: true }, 'linux')).toBe('Claims (read-only) — Journey Map');
  });

  it('tells the renderer the file name only, never the path', () => {
    expect(documentInfo({ ...createSession(1, 'd'), filePath: '/secret/folder/Claims.journeymap' })).toEqual({ fileName: 'Claims.journeymap', readOnly: false });
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async () => undefined);
vi.mock('electron', () => ({ shell: { openExternal } }));

const { isSafeExternalUrl, openExternalSafely } = await import('../../../../electron/main/external-links');

beforeEach(() => openExternal.mockClear());

describe('openExternalSafely', () => {
  it('opens https links in the browser', async () => {
    expect(await openExternalSafely('https://example.com/guide')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/guide', { activate: true });
  });

  it('opens nothing else', async () => {
    for (const url of ['javascript:alert(1)', 'http://example.com/', 'file:///etc/passwd', 'mailto:a@b.c', 'ms-msdt:/id', 'https://user:pw@example.com/', 'not a url', '']) {
      expect(await openExternalSafely(url), url).toBe(false);
      expect(isSafeExternalUrl(url)).toBe(false);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports a failure of the operating system as not opened', async () => {
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(await openExternalSafely('https://example.com/')).toBe(false);
  });
});

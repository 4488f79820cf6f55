import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitFullscreen, requestFullscreen, watchFullscreenExit } from '../../../../renderer/api/browser-fullscreen';

function setFullscreenElement(element: Element | null) {
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
}

afterEach(() => {
  setFullscreenElement(null);
  vi.restoreAllMocks();
});

describe('full screen', () => {
  it('asks for full screen and ignores a refusal', async () => {
    const request = vi.fn(() => Promise.reject(new Error('not allowed')));
    document.documentElement.requestFullscreen = request;
    expect(() => requestFullscreen()).not.toThrow();
    expect(request).toHaveBeenCalledOnce();
    await Promise.resolve();
  });

  it('survives a browser without the full-screen API', () => {
    const original = document.documentElement.requestFullscreen;
    Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: undefined });
    expect(() => requestFullscreen()).not.toThrow();
    Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: original });
  });

  it('leaves full screen only when in it', () => {
    const exit = vi.fn(() => Promise.resolve());
    document.exitFullscreen = exit;
    exitFullscreen();
    expect(exit).not.toHaveBeenCalled();
    setFullscreenElement(document.documentElement);
    exitFullscreen();
    expect(exit).toHaveBeenCalledOnce();
  });

  it('reports leaving full screen after entering it, not a refusal to enter', () => {
    const onExit = vi.fn();
    const stop = watchFullscreenExit(onExit);
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(onExit).not.toHaveBeenCalled();
    setFullscreenElement(document.documentElement);
    document.dispatchEvent(new Event('fullscreenchange'));
    setFullscreenElement(null);
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(onExit).toHaveBeenCalledOnce();
    stop();
  });
});

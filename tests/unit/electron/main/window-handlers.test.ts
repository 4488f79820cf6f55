import { describe, expect, it, vi } from 'vitest';
import { windowHandlers, type FullScreenWindow } from '../../../../electron/main/window-handlers';

class FakeWindow implements FullScreenWindow {
  fullScreen = false;
  readonly setFullScreen = vi.fn((flag: boolean) => {
    this.fullScreen = flag;
  });
  constructor(readonly id: number) {}
  isFullScreen() {
    return this.fullScreen;
  }
}

interface FakeEvent {
  window: FakeWindow | null;
}

function setup() {
  const handler = windowHandlers<FakeEvent>((event) => event.window)['window:set-full-screen'];
  return (window: FakeWindow | null, fullScreen: boolean) => handler({ fullScreen }, { window });
}

describe('window:set-full-screen', () => {
  it("puts the sender's own window in full screen and takes it out again", () => {
    const setFullScreen = setup();
    const sender = new FakeWindow(1);
    const other = new FakeWindow(2);
    setFullScreen(sender, true);
    expect(sender.fullScreen).toBe(true);
    expect(other.setFullScreen).not.toHaveBeenCalled();
    setFullScreen(sender, false);
    expect(sender.fullScreen).toBe(false);
  });

  it('leaves a window the user had made full screen in full screen when the presentation ends', () => {
    const setFullScreen = setup();
    const window = new FakeWindow(1);
    window.fullScreen = true;
    setFullScreen(window, true);
    setFullScreen(window, false);
    expect(window.setFullScreen).not.toHaveBeenCalled();
    expect(window.fullScreen).toBe(true);
  });

  it('leaves full screen even while the entering animation still reports the window as not full screen', () => {
    const setFullScreen = setup();
    const window = new FakeWindow(1);
    window.setFullScreen.mockImplementation(() => undefined);
    setFullScreen(window, true);
    setFullScreen(window, false);
    expect(window.setFullScreen.mock.calls).toEqual([[true], [false]]);
  });

  it('does nothing once the window is gone, or when asked to leave a full screen it did not enter', () => {
    const setFullScreen = setup();
    expect(() => setFullScreen(null, true)).not.toThrow();
    const window = new FakeWindow(1);
    setFullScreen(window, false);
    expect(window.setFullScreen).not.toHaveBeenCalled();
  });
});

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../../../electron/main/cli-export';
import { describeLaunchFailure, runHeadlessLaunch, type HeadlessLaunchDeps } from '../../../../electron/main/headless-launch';

function launch(overrides: Partial<HeadlessLaunchDeps> = {}) {
  const output = { stderr: '' };
  const deps: HeadlessLaunchDeps = {
    whenReady: vi.fn(async () => undefined),
    prepare: vi.fn(),
    run: vi.fn(async () => EXIT_OK),
    stderr: (text) => void (output.stderr += text),
    exit: vi.fn(),
    ...overrides,
  };
  return { deps, output };
}

describe('runHeadlessLaunch', () => {
  it('exits with the export’s own code once it has run', async () => {
    for (const code of [EXIT_OK, EXIT_FAILED, EXIT_USAGE]) {
      const { deps, output } = launch({ run: async () => code });
      expect(await runHeadlessLaunch(deps)).toBe(code);
      expect(deps.exit).toHaveBeenCalledExactlyOnceWith(code);
      expect(output.stderr).toBe('');
    }
  });

  it.each([
    ['Electron never becomes ready', { whenReady: () => Promise.reject(new Error('GPU process could not start')) }, 'GPU process could not start'],
    [
      'the session security cannot be installed',
      {
        prepare: () => {
          throw new Error('Session is not available');
        },
      },
      'Session is not available',
    ],
    ['the export throws instead of returning a code', { run: () => Promise.reject(new Error('EMFILE: too many open files')) }, 'EMFILE: too many open files'],
    ['something is thrown that is not an Error', { run: () => Promise.reject(42) }, 'an unexpected error occurred'],
  ])('exits 1 with a plain message when %s', async (_what, overrides: Partial<HeadlessLaunchDeps>, message) => {
    const { deps, output } = launch(overrides);
    expect(await runHeadlessLaunch(deps)).toBe(EXIT_FAILED);
    expect(deps.exit).toHaveBeenCalledExactlyOnceWith(EXIT_FAILED);
    expect(output.stderr).toBe(`Could not export the PDF: ${message}\n`);
    expect(output.stderr).not.toMatch(/\n\s+at /);
  });

  it('does not run the export when start-up failed', async () => {
    const { deps } = launch({ whenReady: () => Promise.reject(new Error('no display')) });
    await runHeadlessLaunch(deps);
    expect(deps.prepare).not.toHaveBeenCalled();
    expect(deps.run).not.toHaveBeenCalled();
  });

  it('exits 1 when an error is thrown outside the launch’s promise chain, then stops listening', async () => {
    const events = new EventEmitter();
    let finish: (code: number) => void = () => undefined;
    const { deps, output } = launch({ run: vi.fn(() => new Promise<number>((resolve) => (finish = resolve))) });
    const running = runHeadlessLaunch(deps, events);
    await vi.waitFor(() => expect(deps.run).toHaveBeenCalled());
    expect(events.listenerCount('uncaughtException')).toBe(1);

    events.emit('uncaughtException', new Error('Cannot read properties of undefined (reading "webContents")'));
    expect(deps.exit).toHaveBeenCalledExactlyOnceWith(EXIT_FAILED);
    expect(output.stderr).toBe('Could not export the PDF: Cannot read properties of undefined (reading "webContents")\n');
    expect(events.listenerCount('uncaughtException')).toBe(0);
    expect(events.listenerCount('unhandledRejection')).toBe(0);

    // The export finishing afterwards does not exit a second time.
    finish(EXIT_OK);
    expect(await running).toBe(EXIT_FAILED);
    expect(deps.exit).toHaveBeenCalledTimes(1);
  });

  it('still exits when writing the message fails', async () => {
    const { deps } = launch({
      run: () => Promise.reject(new Error('boom')),
      stderr: () => {
        throw new Error('EPIPE');
      },
    });
    expect(await runHeadlessLaunch(deps)).toBe(EXIT_FAILED);
    expect(deps.exit).toHaveBeenCalledExactlyOnceWith(EXIT_FAILED);
  });
});

describe('describeLaunchFailure', () => {
  it('keeps the message and drops the stack', () => {
    const error = new Error('  disk on fire  ');
    expect(describeLaunchFailure(error)).toBe('Could not export the PDF: disk on fire\n');
    expect(describeLaunchFailure('plain words')).toBe('Could not export the PDF: plain words\n');
    expect(describeLaunchFailure(new Error(''))).toBe('Could not export the PDF: an unexpected error occurred\n');
  });
});

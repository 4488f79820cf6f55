/**
 * The life of a headless launch (`journeymap --export-pdf …`): wait for Electron, prepare (security, the
 * print-job channel), run the export, then exit with its code. Any failure on the way — in start-up,
 * in the export itself, or thrown later outside the promise chain — prints one plain line to stderr and
 * exits non-zero, because nothing else would ever end a process that has no window to close.
 */
import { EXIT_FAILED } from './cli-export';

export interface HeadlessLaunchDeps {
  /** Resolves once Electron is ready (`app.whenReady()`). */
  whenReady(): Promise<unknown>;
  /** Start-up work before the export: session security, the print-job IPC handler. */
  prepare(): void | Promise<void>;
  /** The export; resolves with the process exit code. */
  run(): Promise<number>;
  stderr(text: string): void;
  /** Ends the process (`app.exit`). */
  exit(code: number): void;
}

type FailureEvent = 'uncaughtException' | 'unhandledRejection';

/** The process events the launch listens to for failures thrown outside its own promise chain. */
export interface ProcessEventsLike {
  on(event: FailureEvent, listener: (reason: unknown) => void): unknown;
  off(event: FailureEvent, listener: (reason: unknown) => void): unknown;
}

/** A failure in plain words: the error's message, never a stack trace. */
export function describeLaunchFailure(reason: unknown): string {
  const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';
  const text = message.trim().length > 0 ? message.trim() : 'an unexpected error occurred';
  return `Could not export the PDF: ${text}\n`;
}

/**
 * Runs a headless launch to its end and always exits, exactly once: with the export's code, or with
 * `EXIT_FAILED` and a plain message when anything fails. Resolves with the exit code it used.
 */
export async function runHeadlessLaunch(deps: HeadlessLaunchDeps, processEvents?: ProcessEventsLike): Promise<number> {
  let exited: number | null = null;
  const exitOnce = (code: number): number => {
    if (exited !== null) return exited;
    exited = code;
    processEvents?.off('uncaughtException', fail);
    processEvents?.off('unhandledRejection', fail);
    deps.exit(code);
    return code;
  };
  function fail(reason: unknown): number {
    if (exited !== null) return exited;
    try {
      deps.stderr(describeLaunchFailure(reason));
    } catch {
      // A closed stderr must not keep the process alive.
    }
    return exitOnce(EXIT_FAILED);
  }
  processEvents?.on('uncaughtException', fail);
  processEvents?.on('unhandledRejection', fail);
  try {
    await deps.whenReady();
    await deps.prepare();
    return exitOnce(await deps.run());
  } catch (error) {
    return fail(error);
  }
}

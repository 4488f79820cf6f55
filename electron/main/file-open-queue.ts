/**
 * Files the OS asks us to open (macOS `open-file`, a second instance's command line) can arrive before
 * the app is ready; they wait here until a handler is attached, then are handled in order.
 */
export class FileOpenQueue {
  private readonly pending: string[] = [];
  private handler: ((filePath: string) => void) | null = null;

  /** Handles the file now if the app is ready, otherwise keeps it for later. */
  push(filePath: string): void {
    if (this.handler) this.handler(filePath);
    else this.pending.push(filePath);
  }

  /** Attaches the handler and hands it every file that arrived before. */
  start(handler: (filePath: string) => void): void {
    this.handler = handler;
    for (const filePath of this.pending.splice(0)) handler(filePath);
  }

  /** Files still waiting. */
  get size(): number {
    return this.pending.length;
  }
}

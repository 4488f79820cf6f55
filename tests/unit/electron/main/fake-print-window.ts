/**
 * A stand-in for the hidden print window of `printMapToPdf`: its page runs a script of the test's choosing
 * when it loads (the print view fetching its job), `executeJavaScript` answers the readiness probe, and a
 * script writing sessionStorage fails beyond Chromium's quota (about 5.2M characters) as the real page does.
 */
import { EventEmitter } from 'node:events';

/** Chromium's sessionStorage quota for one origin, in UTF-16 code units. */
export const SESSION_STORAGE_QUOTA = 5_242_880;

let nextId = 500;

/** What the print view does when its page has loaded: returns the job it found (null for none). */
export type PageScript = (contents: FakePrintContents) => Promise<unknown>;

export const printPage: { onLoad: PageScript } = { onLoad: async () => null };

export class FakePrintContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = { url: '', parent: null, processId: 900 + this.id, routingId: 1 };
  /** The job the page's print view received. */
  received: unknown = null;
  readonly scripts: string[] = [];

  async loadURL(url: string): Promise<void> {
    this.mainFrame.url = url;
    setTimeout(() => void this.runPage(), 0);
  }

  reload(): void {
    setTimeout(() => void this.runPage(), 0);
  }

  private async runPage(): Promise<void> {
    this.received = await printPage.onLoad(this);
    this.emit('did-finish-load');
  }

  async executeJavaScript(script: string): Promise<unknown> {
    this.scripts.push(script);
    if (script.includes('printReady')) {
      return this.received ? { state: 'ready' } : { state: 'error', message: 'There is nothing to print' };
    }
    if (script.includes('sessionStorage.setItem') && script.length > SESSION_STORAGE_QUOTA) {
      throw new Error("QuotaExceededError: Failed to execute 'setItem' on 'Storage': exceeded the quota.");
    }
    return true;
  }

  async printToPDF(_options: unknown): Promise<Buffer> {
    return Buffer.from('%PDF-1.7 fake');
  }
}

export class FakePrintWindow {
  static readonly all: FakePrintWindow[] = [];
  static getAllWindows = () => FakePrintWindow.all.filter((window) => !window.destroyed);
  readonly webContents = new FakePrintContents();
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    FakePrintWindow.all.push(this);
  }

  destroy(): void {
    this.destroyed = true;
  }
}

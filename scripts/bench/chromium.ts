/** Chromium for the benchmarks: Debian's build (or CHROMIUM_PATH) driven by Playwright, headless. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** The flags every figure is measured with (no GPU, no background work, precise heap figures, `gc()` exposed). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

/** The viewport of every page, as in the end-to-end tests. */
export const VIEWPORT = { width: 1440, height: 900 };

const PAGE_PROBES = fileURLToPath(new URL('./page-probes.js', import.meta.url));

/** The Chromium executable: `CHROMIUM_PATH` or /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Launches Chromium, or explains why it cannot. */
export async function launchChromium(): Promise<{ ok: true; browser: Browser } | { ok: false; reason: string }> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    return { ok: false, reason: `no Chromium at ${executablePath} (install it, e.g. apt-get install -y chromium, or set CHROMIUM_PATH)` };
  }
  try {
    return { ok: true, browser: await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }) };
  } catch (error) {
    return { ok: false, reason: `Chromium at ${executablePath} did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

/** A fresh context and page with the in-page probes installed; close the context when done. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript({ path: PAGE_PROBES });
  const page = await context.newPage();
  return { context, page };
}

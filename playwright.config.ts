import { defineConfig } from '@playwright/test';

/** Chromium from Debian (Playwright's own browser download cannot run here). */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Port and build folder of the served renderer; overridable so parallel runs do not share a server. */
const port = Number(process.env.E2E_PORT ?? 4173);
const rendererDir = process.env.E2E_RENDERER_DIR;

export default defineConfig({
  testDir: 'tests',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron-e2e',
    },
  ],
  webServer: {
    command: `npx vite preview --config vite.renderer.config.ts --host 127.0.0.1 --port ${port} --strictPort${rendererDir ? ` --outDir ${rendererDir}` : ''}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

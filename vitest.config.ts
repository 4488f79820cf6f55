import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Unit tests split by environment: Node for shared/ and electron/, a DOM for renderer/. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // tests/unit/*.test.ts covers root config files (eslint.config.js), tests/unit/ci the .ci scripts.
          include: [
            'tests/unit/*.test.ts',
            'tests/unit/shared/**/*.test.ts',
            'tests/unit/electron/**/*.test.ts',
            'tests/unit/scripts/**/*.test.ts',
            'tests/unit/ci/**/*.test.ts',
          ],
          server: { deps: { inline: ['electron-store'] } },
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/renderer/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'reliability',
          environment: 'node',
          server: { deps: { inline: ['electron-store'] } },
          include: ['tests/reliability/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

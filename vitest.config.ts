import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the sources; CLI subprocess tests use the built binary.
    alias: {
      '@stepdown/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      '@stepdown/db': fileURLToPath(new URL('./packages/db/src/index.ts', import.meta.url)),
    },
  },
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
          // The web app's tests run in their own projects below (a DOM, or a real browser).
          exclude: [...configDefaults.exclude, 'apps/web/**'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'web',
          environment: 'happy-dom',
          include: ['apps/web/src/**/*.test.{ts,tsx}', 'apps/web/test/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web-e2e',
          include: ['apps/web/e2e/**/*.e2e.test.ts'],
          // One browser and one server at a time: both files build the app first, and 2 cores are enough for one.
          fileParallelism: false,
          // Builds the app, starts the API and drives Chromium: slower than a unit test.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

/**
 * The browser tests (tests/browser/**): Chromium via playwright-core against the built site, so they need
 * `npm run build` first. The global set-up finds the browser once ($CHROMIUM_PATH, a system one, or the one
 * `npm ci` brought) and prints which. One browser per file, files one after another.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * The browser tests (tests/browser/**): Debian's Chromium via playwright-core against the built
 * site, so they need `npm run build` first. One browser per file, files one after another.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

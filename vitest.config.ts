import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    environment: 'node',
    // Some tests run the CLI scripts in a child process; on a loaded 2-core machine that can take over 5 s.
    testTimeout: 30_000,
  },
});

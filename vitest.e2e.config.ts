import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension (`.output/chrome-mv3`, so run
 * `wxt build` first) in Debian's Chromium against the stand-in YouTube site.
 * One file at a time: each launches a browser and the machines have 2 cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

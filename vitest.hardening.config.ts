import { defineConfig } from 'vitest/config';

/**
 * Hardening tests (issue 7): the built extension (`.output/chrome-mv3`, so run
 * `wxt build` first) in Debian's Chromium against the stand-in YouTube site in
 * its hostile variants. One file at a time: each launches a browser and the
 * machines have 2 cores.
 */
export default defineConfig({
  test: {
    include: ['tests/hardening/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

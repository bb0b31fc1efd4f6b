import { defineConfig } from 'vitest/config';
import { browserProjects } from './tests/e2e/browser-projects';

/**
 * Hardening tests (issue 7): the built extension in Debian's Chromium and
 * Firefox ESR against the stand-in YouTube site in its hostile variants, each
 * file once per browser. One file at a time: each launches a browser and the
 * machines have 2 cores.
 */
export default defineConfig({
  test: {
    projects: browserProjects(['tests/hardening/**/*.test.ts']),
    fileParallelism: false,
  },
});

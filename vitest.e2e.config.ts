import { defineConfig } from 'vitest/config';
import { browserProjects } from './tests/e2e/browser-projects';

/**
 * End-to-end tests: the built extension (`wxt build` and `wxt build -b firefox`
 * first) in Debian's Chromium and Firefox ESR against the stand-in YouTube
 * site, each file once per browser. One file at a time: each launches a
 * browser and the machines have 2 cores.
 */
export default defineConfig({
  test: {
    projects: browserProjects(['tests/e2e/**/*.test.ts']),
    fileParallelism: false,
  },
});

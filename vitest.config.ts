import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Browser tests have their own configs: vitest.e2e.config.ts, vitest.hardening.config.ts.
    exclude: ['tests/e2e/**', 'tests/hardening/**', 'node_modules/**'],
  },
});

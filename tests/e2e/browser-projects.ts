/**
 * The end-to-end and hardening configs run every test file once per browser:
 * one Vitest project each, told its browser through `CLAIMLINE_BROWSER`
 * (tests/e2e/harness/browser.ts). `CLAIMLINE_BROWSERS=firefox` (a comma-separated
 * list) runs fewer.
 */
import type { TestProjectInlineConfiguration } from 'vitest/config';

const ALL = ['chromium', 'firefox'] as const;

export function browserProjects(include: string[]): TestProjectInlineConfiguration[] {
  const wanted = (process.env.CLAIMLINE_BROWSERS ?? ALL.join(',')).split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !(ALL as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`CLAIMLINE_BROWSERS: unknown browser ${unknown.join(', ')} (known: ${ALL.join(', ')})`);
  return ALL.filter((name) => wanted.includes(name)).map((name) => ({
    test: {
      name,
      include,
      environment: 'node',
      env: { CLAIMLINE_BROWSER: name },
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  }));
}

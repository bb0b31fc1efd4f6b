/** A second build of the extension whose bundled corpus is hostile (tests/hardening/payloads.ts), under .tmp/. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserUnderTest } from '../e2e/harness/browser';
import { hostileBibliography, hostileTalk } from './payloads';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HOSTILE_TALK = 'HostileTalk';

/** Builds the extension for the browser under test; returns the unpacked extension's path. */
export function buildHostileExtension(): string {
  const firefox = browserUnderTest() === 'firefox';
  const seeds = join(ROOT, '.tmp', 'hostile', 'seeds');
  const out = join(ROOT, '.tmp', 'hostile', 'output');
  mkdirSync(seeds, { recursive: true });
  writeFileSync(join(seeds, 'talk.md'), hostileTalk(HOSTILE_TALK));
  writeFileSync(join(seeds, 'bibliography.md'), hostileBibliography());
  execFileSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : [])], { cwd: ROOT, env: { ...process.env, CLAIMLINE_SEEDS: seeds, CLAIMLINE_OUT_DIR: out }, stdio: 'pipe' });
  return join(out, firefox ? 'firefox-mv2' : 'chrome-mv3');
}

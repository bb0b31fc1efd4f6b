/** A second build of the extension whose bundled corpus is hostile (tests/hardening/payloads.ts), under .tmp/. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostileBibliography, hostileTalk } from './payloads';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HOSTILE_TALK = 'HostileTalk';

/** Builds once per run; returns the unpacked extension's path. */
export function buildHostileExtension(): string {
  const seeds = join(ROOT, '.tmp', 'hostile', 'seeds');
  const out = join(ROOT, '.tmp', 'hostile', 'output');
  mkdirSync(seeds, { recursive: true });
  writeFileSync(join(seeds, 'talk.md'), hostileTalk(HOSTILE_TALK));
  writeFileSync(join(seeds, 'bibliography.md'), hostileBibliography());
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, CLAIMLINE_SEEDS: seeds, CLAIMLINE_OUT_DIR: out }, stdio: 'pipe' });
  return join(out, 'chrome-mv3');
}

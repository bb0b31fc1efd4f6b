/**
 * Figure 1: what loads on every YouTube page. The content scripts of the
 * built extension (`.output/chrome-mv3/content-scripts/*.js`), each gzipped
 * at level 9, summed; and, for information, the overlay bundle
 * (`overlay.js`), which the loader imports only when a talk opens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchEnv } from '../lib/env';
import { exactFigure, type Figure } from '../lib/results';

const KB = 1024;

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export async function contentScriptSize(env: BenchEnv): Promise<Figure[]> {
  const dir = join(env.build.dir, 'content-scripts');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  if (scripts.length === 0) throw new Error(`no content script in ${dir}: run \`wxt build\` first`);
  const total = scripts.reduce((sum, name) => sum + gzipped(join(dir, name)), 0);
  const raw = scripts.reduce((sum, name) => sum + readFileSync(join(dir, name)).length, 0);
  return [
    exactFigure({ name: 'content script, gzip -9 (every YouTube page)', unit: 'KB', budget: 24 }, total / KB),
    exactFigure({ name: 'content script, minified, not compressed (info)', unit: 'KB', budget: null }, raw / KB),
    exactFigure({ name: 'overlay.js, gzip -9 (only on talks; info)', unit: 'KB', budget: null }, gzipped(join(env.build.dir, 'overlay.js')) / KB),
  ];
}

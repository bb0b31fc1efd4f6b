/** Files the browser under test saved (each browser saves to the profile's downloads folder, see browser.ts). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LaunchedBrowser } from './browser';

/** Unfinished downloads: Chromium's and Firefox's names for a file still being written. */
const PARTIAL = /\.(crdownload|part)$/;

export interface Download {
  name: string;
  path: string;
  text: string;
}

/** Runs `start` (a click, say) and waits until the one file it downloads is complete. */
export async function downloadOf(browser: LaunchedBrowser, start: () => Promise<unknown>, timeoutMs = 15_000): Promise<Download> {
  const dir = browser.downloadsDir;
  const before = new Set(readdirSync(dir));
  await start();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = readdirSync(dir);
    const fresh = names.filter((name) => !before.has(name) && !PARTIAL.test(name));
    const writing = names.some((name) => PARTIAL.test(name));
    if (fresh.length > 1) throw new Error(`expected one download, got ${fresh.join(', ')}`);
    if (fresh.length === 1 && !writing && statSync(join(dir, fresh[0]!)).size > 0) {
      const path = join(dir, fresh[0]!);
      return { name: fresh[0]!, path, text: readFileSync(path, 'utf8') };
    }
    if (Date.now() > deadline) throw new Error(`no download finished in ${dir} within ${timeoutMs} ms (there: ${names.join(', ') || 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

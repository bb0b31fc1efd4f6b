/**
 * `npm start` (after `wxt build`): shows the built extension on a talk.
 *
 * - default: the stand-in YouTube site on loopback with the talks' videos,
 *   headed when DISPLAY is set, else headless; after 3 s a screenshot is saved
 *   to tests/e2e/out/start.png and the browser closes.
 * - `--youtube`: the real www.youtube.com (needs internet and a display),
 *   open until the window is closed.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { startServer, type VideoSpec } from '../tests/e2e/harness/server';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_DURATION_SECONDS = 2400;
const SETTLE_MS = 3000;

/**
 * The talks' videos, in seed order.
 * TODO(2026-11-23): replace with the corpus function that gives each talk's
 * video id and real duration; until then ids come from the seeds' front matter.
 */
function talkVideos(): Map<string, VideoSpec> {
  const videos = new Map<string, VideoSpec>();
  const seeds = join(projectRoot, 'seeds');
  for (const file of readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()) {
    const frontMatter = readFileSync(join(seeds, file), 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
    const field = (name: string) => frontMatter.match(new RegExp(`^${name}:\\s*["']?(.*?)["']?\\s*$`, 'm'))?.[1];
    const videoId = field('videoId');
    if (videoId) videos.set(videoId, { durationSeconds: DEFAULT_DURATION_SECONDS, title: field('title') ?? videoId });
  }
  return videos;
}

async function main(): Promise<void> {
  const videos = talkVideos();
  const first = videos.keys().next().value;
  if (!first) throw new Error('no talk with a videoId in seeds/*.txt');
  const watchPath = `/watch?v=${first}`;

  if (process.argv.includes('--youtube')) {
    if (!process.env.DISPLAY) throw new Error('--youtube opens a visible browser: DISPLAY is not set');
    const browser = await launchWithExtension({ headless: false });
    const closed = new Promise((resolve) => browser.context.once('close', resolve));
    await browser.openPage(`https://www.youtube.com${watchPath}`);
    console.log('Opened the real YouTube; close the browser window to finish.');
    await closed;
    await browser.close();
    return;
  }

  const server = await startServer({ videos: Object.fromEntries(videos) });
  const browser = await launchWithExtension({ serverPort: server.port, headless: !process.env.DISPLAY });
  try {
    const page = await browser.openPage(server.url(watchPath));
    // Lets the content script render and the video play a little: this is a picture for people, not a test.
    await page.waitForTimeout(SETTLE_MS);
    const outDir = join(projectRoot, 'tests', 'e2e', 'out');
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, 'start.png');
    await page.screenshot({ path });
    console.log(path);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

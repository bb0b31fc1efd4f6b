/**
 * `npm start` (after `wxt build`): shows the built extension on a talk.
 *
 * - default: the stand-in YouTube site on loopback with the talks' videos,
 *   headed when DISPLAY is set, else headless; once the panel follows the
 *   video, a screenshot is saved to tests/e2e/out/start.png and the browser closes.
 * - `--firefox`: the same in Firefox ESR (`wxt build -b firefox` first).
 * - `--youtube`: the real www.youtube.com (needs internet and a display),
 *   open until the window is closed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { startServer } from '../tests/e2e/harness/server';
import { $, ACTIVE, CLAIM } from '../tests/e2e/overlay-page';
import { builtBundle, talkVideos } from '../tests/e2e/talks';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

async function main(): Promise<void> {
  const videos = talkVideos();
  const first = Object.keys(videos)[0];
  if (!first) throw new Error('the build holds no talk: is seeds/ empty?');
  const watchPath = `/watch?v=${first}`;
  const browserName = process.argv.includes('--firefox') ? 'firefox' : 'chromium';

  if (process.argv.includes('--youtube')) {
    if (!process.env.DISPLAY) throw new Error('--youtube opens a visible browser: DISPLAY is not set');
    const browser = await launchWithExtension({ browser: browserName, headless: false });
    const closed = new Promise((resolve) => browser.browser.once('disconnected', resolve));
    await browser.openPage(`https://www.youtube.com${watchPath}`);
    console.log('Opened the real YouTube; close the browser window to finish.');
    await closed;
    await browser.close();
    return;
  }

  const server = await startServer({ videos });
  const browser = await launchWithExtension({ browser: browserName, serverPort: server.port, headless: !process.env.DISPLAY });
  try {
    const page = await browser.openPage(server.url(watchPath));
    await $(page, CLAIM).first().waitFor();
    // Into the talk, so the picture shows a claim being followed.
    const third = [...builtBundle(first).talk.claims].sort((a, b) => a.start - b.start)[2];
    await page.evaluate((t: number) => {
      document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!.currentTime = t;
    }, (third?.start ?? 0) + 1);
    await $(page, ACTIVE).waitFor();
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

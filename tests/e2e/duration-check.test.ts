/** The inferred timestamp format checked against the real video: a talk served with a video too short for its times. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startServer, type StandinServer } from './harness/server';
import { waitForVideo } from './harness/standin';
import { $, CLAIM, inPanel } from './overlay-page';

let server: StandinServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  // Y4wMksHyMFg writes hh:mm:ss and runs to 22:22; served here as a five-minute video.
  server = await startServer({ videos: { Y4wMksHyMFg: 300, zFeAtV7AN0A: 1200 } });
  browser = await launchWithExtension({ serverPort: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('switches to the reading that fits the video and says so in the panel', async () => {
  const page = await browser.openPage(server.url('/watch?v=Y4wMksHyMFg&autoplay=0'));
  await waitForVideo(page);
  await $(page, inPanel('.claimline'), { hasText: 'Times read as mm:ss:ff' }).waitFor();
  const starts = await $(page, CLAIM).evalAll((els) => els.map((el) => Number((el as HTMLElement).dataset.start)));
  expect(Math.max(...starts)).toBeLessThan(60);
  expect(await $(page, inPanel('[data-beyond="true"]')).count()).toBe(0);
});

it('flags the claims after the end when no reading fits', async () => {
  const page = await browser.openPage(server.url('/watch?v=zFeAtV7AN0A&autoplay=0'));
  await waitForVideo(page);
  await $(page, inPanel('.claimline'), { hasText: /claims start after this 20:00 video ends/ }).waitFor();
  const beyond = await $(page, inPanel('[data-beyond="true"]')).evalAll((els) => els.map((el) => el.getAttribute('data-claim-id')));
  expect(beyond).toContain('t30-10-00');
  expect(beyond).not.toContain('t19-27-00');
  expect(await $(page, '[data-claimline-marker][data-id="t30-10-00"]').count()).toBe(0);
});

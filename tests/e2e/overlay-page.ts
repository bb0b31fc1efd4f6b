/** Reading and driving the overlay on a stand-in watch page, as a viewer would. */
import type { Page } from 'playwright-core';
import { waitForVideo } from './harness/browser';

export const PANEL = 'claimline-panel';
export const CLAIM = `${PANEL} [data-claim-id]`;
export const ACTIVE = `${PANEL} [data-claim-id][aria-current="true"]`;

/** Goes to a talk's watch page and waits for its video and the overlay's first claim. */
export async function openTalkPage(page: Page, url: string): Promise<Page> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForVideo(page);
  await page.locator(CLAIM).first().waitFor();
  return page;
}

export function video(page: Page) {
  return page.evaluate(() => {
    const v = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    return { currentTime: v.currentTime, paused: v.paused, duration: v.duration };
  });
}

export function setTime(page: Page, seconds: number) {
  return page.evaluate((t) => {
    const v = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    v.currentTime = t;
  }, seconds);
}

export async function activeClaimId(page: Page): Promise<string | null> {
  const active = page.locator(ACTIVE);
  return (await active.count()) ? active.first().getAttribute('data-claim-id') : null;
}

/** Keys the stand-in's YouTube shortcuts acted on (tests/e2e/site/watch.js). */
export function youtubeKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __standinKeys: string[] }).__standinKeys);
}

/** Every event listener in the document (shadow roots included) and on window, in every world, via the DevTools protocol. */
export async function countListeners(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let total = 0;
    for (const expression of ['document', 'window']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
      total += listeners.length;
    }
    return total;
  } finally {
    await cdp.detach();
  }
}

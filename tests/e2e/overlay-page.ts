/** Reading and driving the overlay on a stand-in watch page, as a viewer would. */
import type { Page } from 'puppeteer-core';
import { browserUnderTest } from './harness/browser';
import { locate, type Locator, type LocatorOptions } from './harness/locator';
import { waitForVideo } from './harness/standin';

export const PANEL = 'claimline-panel';
/** `css` (a selector list) inside the panel's shadow root. */
export const inPanel = (css: string) =>
  css
    .split(/,(?![^[]*\])/)
    .map((part) => `${PANEL} >>> ${part.trim()}`)
    .join(', ');
export const CLAIM = inPanel('[data-claim-id]');
export const ACTIVE = inPanel('[data-claim-id][aria-current="true"]');

/** `page.locator` of Playwright: see harness/locator.ts. */
export function $(page: Page, selector: string, options?: LocatorOptions): Locator {
  return locate(page, selector, options);
}

/** Goes to a talk's watch page and waits for its video and the overlay's first claim. */
export async function openTalkPage(page: Page, url: string): Promise<Page> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForVideo(page);
  await $(page, CLAIM).first().waitFor();
  return page;
}

/**
 * Waits until `fn` returns something truthy in the page, and returns it.
 * Polls every 50 ms: animation frames, puppeteer's default, stop in a background tab.
 */
export async function until<A extends unknown[], T>(page: Page, fn: (...args: A) => T, ...args: A): Promise<Awaited<T>> {
  const handle = await page.waitForFunction(fn as (...args: unknown[]) => unknown, { polling: 50 }, ...args);
  return (await handle.jsonValue()) as Awaited<T>;
}

/** Waits until the page's address matches `pattern`. */
export async function waitForUrl(page: Page, pattern: RegExp): Promise<void> {
  await until(page, (source: string, flags: string) => new RegExp(source, flags).test(location.href), pattern.source, pattern.flags);
}

/** Presses a key or a chord written `Control+Enter`, `Alt+Shift+N`. */
export async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['down']>[0][];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

export function video(page: Page) {
  return page.evaluate(() => {
    const v = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    return { currentTime: v.currentTime, paused: v.paused, duration: v.duration };
  });
}

export function setTime(page: Page, seconds: number) {
  return page.evaluate((t: number) => {
    const v = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    v.currentTime = t;
  }, seconds);
}

/** The claim the panel marks as being spoken, or null. */
export function activeClaimId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('claimline-panel')?.shadowRoot?.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id') ?? null);
}

/** Waits until the panel marks `id` as the claim being spoken (null: none). */
export async function waitForActive(page: Page, id: string | null): Promise<void> {
  await until(
    page,
    (expected: string | null) => (document.querySelector('claimline-panel')?.shadowRoot?.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id') ?? null) === expected,
    id,
  );
}

/** Moves focus out of the panel to the page, as a click elsewhere would (blurring the shadow host alone leaves Firefox's focus inside). */
export function blurPanel(page: Page): Promise<void> {
  return page.evaluate(() => {
    (document.querySelector('claimline-panel')?.shadowRoot?.activeElement as HTMLElement | null | undefined)?.blur();
    (document.activeElement as HTMLElement | null)?.blur();
  });
}

/** Keys the stand-in's YouTube shortcuts acted on (tests/e2e/site/watch.js). */
export function youtubeKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __standinKeys: string[] }).__standinKeys);
}

/**
 * Every event listener in the document (shadow roots included) and on
 * window, in every world, via the DevTools protocol; null in Firefox, which
 * offers a WebDriver client no way to list listeners.
 */
export async function countListeners(page: Page): Promise<number | null> {
  if (browserUnderTest() !== 'chromium') return null;
  const cdp = await page.createCDPSession();
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

/**
 * Privacy, in real Chromium with the network watched: Claimline requests
 * nothing but its own packaged files (from the page, the content script and
 * the service worker alike), stores nothing in youtube.com's origin, and
 * tells YouTube's scripts nothing (no message posted to the page).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, launchWithoutExtension, standin, waitForVideo, type ExtensionBrowser, type LaunchedBrowser } from '../e2e/harness/browser';
import { startServer, type StandinServer } from '../e2e/harness/server';
import { CLAIM, PANEL } from '../e2e/overlay-page';
import { talkVideos } from '../e2e/talks';

const TALK = 'zFeAtV7AN0A';
const OTHER_TALK = 'Y4wMksHyMFg';
const NOT_A_TALK = 'abcdefghijk';

let server: StandinServer;

beforeAll(async () => {
  // Playwright reports a service worker's requests only with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  server = await startServer({ videos: { ...talkVideos(), [NOT_A_TALK]: 300 } });
});
afterAll(async () => {
  await server?.close();
});

function record(context: BrowserContext) {
  const urls: { url: string; fromWorker: boolean }[] = [];
  context.on('request', (request) => urls.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }));
  return urls;
}

/** The same viewing session, with or without the extension: a talk, seeking, in-page navigation to another talk and to a video that is not one. */
async function session(page: Page, withExtension: boolean) {
  await page.goto(server.url(`/watch?v=${TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
  await waitForVideo(page);
  if (withExtension) await page.locator(CLAIM).first().waitFor();
  await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 765));
  await standin(page).navigate(`/watch?v=${OTHER_TALK}`);
  if (withExtension) await page.locator(`${CLAIM}[data-claim-id="t00-00-00"]`).waitFor();
  await standin(page).navigate(`/watch?v=${NOT_A_TALK}`);
  if (withExtension) await page.locator(PANEL).waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
}

describe('the network', () => {
  let withExtension: ExtensionBrowser;
  let without: LaunchedBrowser;
  afterAll(async () => {
    await withExtension?.close();
    await without?.close();
  });

  it('Claimline requests only its own packaged files, in the page and in its service worker', async () => {
    without = await launchWithoutExtension({ serverPort: server.port });
    const baseline = record(without.context);
    await session(await without.openPage('about:blank'), false);

    withExtension = await launchWithExtension({ serverPort: server.port });
    const seen = record(withExtension.context);
    const page = await withExtension.openPage('about:blank');
    await session(page, true);
    // A note, then the library with its search and an export: all of it stays local.
    await page.goto(server.url(`/watch?v=${TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
    await page.locator(`${PANEL} [data-action="add-note"]`).first().click();
    await page.locator(`${PANEL} [data-field="note-text"]`).fill('private thoughts');
    await page.locator(`${PANEL} [data-action="save-note"]`).click();
    await page.locator(`${PANEL} [data-note-id]`).first().waitFor();
    const library = await withExtension.context.newPage();
    await library.goto(withExtension.extensionUrl('library.html#/talks'));
    await library.locator('[data-field="search"]').fill('private');
    await library.locator('[data-result-kind="note"]').first().waitFor();

    const own = `chrome-extension://${withExtension.extensionId}/`;
    const pageLoads = new Set(baseline.map((r) => r.url));
    const foreign = seen.filter((r) => !r.url.startsWith(own) && !pageLoads.has(r.url) && !r.url.startsWith(server.url('/watch?v=')));
    expect(foreign).toEqual([]);
    // The worker's own fetches are seen (so this test would see a foreign one), and they are all packaged files.
    const fromWorker = seen.filter((r) => r.fromWorker);
    expect(fromWorker.some((r) => r.url.endsWith('/talks/index.json'))).toBe(true);
    expect(fromWorker.filter((r) => !r.url.startsWith(own))).toEqual([]);
  });
});

describe('storage', () => {
  it('youtube.com’s origin holds nothing of Claimline after a note was written', async () => {
    const browser = await launchWithExtension({ serverPort: server.port });
    try {
      const page = await browser.openPage(server.url(`/watch?v=${TALK}&autoplay=0`));
      await page.locator(`${PANEL} [data-action="add-note"]`).first().click();
      await page.locator(`${PANEL} [data-field="note-text"]`).fill('where does this go?');
      await page.locator(`${PANEL} [data-action="save-note"]`).click();
      await page.locator(`${PANEL} [data-note-id]`).first().waitFor();
      const origin = await page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((d) => d.name),
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        caches: await caches.keys(),
        cookies: document.cookie,
      }));
      expect(origin).toEqual({ databases: [], local: [], session: [], caches: [], cookies: '' });
    } finally {
      await browser.close();
    }
  });
});

describe('what the page can hear', () => {
  it('YouTube’s own scripts receive no message from Claimline, on a talk or elsewhere', async () => {
    const browser = await launchWithExtension({ serverPort: server.port });
    try {
      // In the page's own world, from before anything else runs: every message posted to the window.
      await browser.context.addInitScript(() => {
        const heard: string[] = [];
        (window as unknown as { __heard: string[] }).__heard = heard;
        window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data) ?? String(event.data)), true);
      });
      const page = await browser.openPage('about:blank');
      await session(page, true);
      await page.reload({ waitUntil: 'domcontentloaded' });
      await waitForVideo(page);
      await page.waitForTimeout(300);
      const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
      const ours = heard.filter((data) => data.includes(browser.extensionId) || /wxt|claimline/i.test(data));
      expect(ours).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

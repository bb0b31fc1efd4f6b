/**
 * Privacy, in the browser under test, watched from outside it: every
 * connection the browser makes goes through the stand-in proxy, which logs it,
 * and every request to the YouTube hosts reaches the stand-in server, which
 * logs it. Claimline asks for nothing (its files are in the package), stores
 * nothing in youtube.com's origin, and tells YouTube's scripts nothing.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, launchWithoutExtension, type ExtensionBrowser, type LaunchedBrowser } from '../e2e/harness/browser';
import { downloadOf } from '../e2e/harness/downloads';
import type { ProxyRequest } from '../e2e/harness/proxy';
import { startServer, type StandinServer } from '../e2e/harness/server';
import { standin, waitForVideo } from '../e2e/harness/standin';
import { $, CLAIM, PANEL, inPanel, until } from '../e2e/overlay-page';
import { talkVideos } from '../e2e/talks';

const TALK = 'zFeAtV7AN0A';
const OTHER_TALK = 'Y4wMksHyMFg';
const NOT_A_TALK = 'abcdefghijk';

/**
 * The browsers' own services (clock, updates, sign-in, remote settings),
 * which talk whether or not an add-on is installed. Claimline never names
 * these hosts; any other host fails the test.
 */
const BROWSER_OWN = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)(:\d+)?$/;

let server: StandinServer;

beforeAll(async () => {
  server = await startServer({ videos: { ...talkVideos(), [NOT_A_TALK]: 300 } });
});
afterAll(async () => {
  await server?.close();
});

const hostOf = (request: ProxyRequest) => (request.method === 'CONNECT' ? request.target : new URL(request.target).host);

/** The same viewing session, with or without the extension: a talk, seeking, in-page navigation to another talk and to a video that is not one. */
async function session(page: Page, withExtension: boolean) {
  await page.goto(server.url(`/watch?v=${TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
  await waitForVideo(page);
  if (withExtension) await $(page, CLAIM).first().waitFor();
  await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 765));
  await standin(page).navigate(`/watch?v=${OTHER_TALK}`);
  if (withExtension) await $(page, `${CLAIM}[data-claim-id="t00-00-00"]`).waitFor();
  await standin(page).navigate(`/watch?v=${NOT_A_TALK}`);
  if (withExtension) await $(page, PANEL).waitFor({ state: 'detached' });
  // Both sessions end once the last video is loading, so both asked for it.
  await until(page, (id: string) => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video');
    return !!video && video.currentSrc.includes(id) && video.readyState >= 1;
  }, NOT_A_TALK);
}

describe('the network', () => {
  let withExtension: ExtensionBrowser;
  let without: LaunchedBrowser;
  afterAll(async () => {
    await withExtension?.close();
    await without?.close();
  });

  it('Claimline asks the network for nothing: not in the page, not in its background, not from its pages', async () => {
    without = await launchWithoutExtension({ serverPort: server.port });
    const baselineStart = server.requests.length;
    await session(await without.openPage('about:blank'), false);
    const pageAsks = new Set(server.requests.slice(baselineStart).map((r) => `${r.host}${r.path}`));

    withExtension = await launchWithExtension({ serverPort: server.port });
    const start = server.requests.length;
    const page = await withExtension.openPage('about:blank');
    await session(page, true);
    // A note, then the library with its search and an export: all of it stays local.
    await page.goto(server.url(`/watch?v=${TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
    await $(page, inPanel('[data-action="add-note"]')).first().click();
    await $(page, inPanel('[data-field="note-text"]')).fill('private thoughts');
    await $(page, inPanel('[data-action="save-note"]')).click();
    await $(page, inPanel('[data-note-id]')).first().waitFor();
    const library = await withExtension.openExtensionPage('library.html#/talks');
    await $(library, '[data-field="search"]').fill('private');
    await $(library, '[data-result-kind="note"]').first().waitFor();
    await withExtension.openExtensionPage('library.html#/transfer', library);
    await downloadOf(withExtension, () => $(library, '[data-action="backup"]').click());

    // To the YouTube hosts: only what the page itself asks for without Claimline.
    const extra = server.requests.slice(start).filter((r) => !pageAsks.has(`${r.host}${r.path}`) && !r.path.startsWith('/watch?v='));
    expect(extra).toEqual([]);
    // Anywhere else: nothing but the browser's own services.
    const elsewhere = withExtension.network.filter((r) => !r.allowed && !BROWSER_OWN.test(hostOf(r)));
    expect(elsewhere).toEqual([]);

    // The watch can fail: a request from the extension's background is seen.
    await withExtension.inBackground((background) => background.fetch('https://claimline-canary.example/').catch(() => undefined));
    expect(withExtension.network.map(hostOf)).toContain('claimline-canary.example:443');
  });
});

describe('storage', () => {
  it('youtube.com’s origin holds nothing of Claimline after a note was written', async () => {
    const browser = await launchWithExtension({ serverPort: server.port });
    try {
      const page = await browser.openPage(server.url(`/watch?v=${TALK}&autoplay=0`));
      await $(page, inPanel('[data-action="add-note"]')).first().click();
      await $(page, inPanel('[data-field="note-text"]')).fill('where does this go?');
      await $(page, inPanel('[data-action="save-note"]')).click();
      await $(page, inPanel('[data-note-id]')).first().waitFor();
      const origin = await page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((d) => d.name),
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        caches: await caches.keys(),
        cookies: document.cookie,
      }));
      expect(origin).toEqual({ databases: [], local: [], session: [], caches: [], cookies: '' });
      // The note is where it belongs: the extension's own origin.
      expect(await browser.inExtension(async () => (await indexedDB.databases()).map((d) => d.name))).toContain('claimline');
    } finally {
      await browser.close();
    }
  });
});

describe('what the page can hear', () => {
  it('YouTube’s own scripts receive no message from Claimline, on a talk or elsewhere', async () => {
    const browser = await launchWithExtension({ serverPort: server.port });
    try {
      const page = await browser.openPage('about:blank');
      // In the page's own world, from before anything else runs: every message posted to the window.
      await page.evaluateOnNewDocument(() => {
        const heard: string[] = [];
        (window as unknown as { __heard: string[] }).__heard = heard;
        window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data) ?? String(event.data)), true);
      });
      await session(page, true);
      await page.reload({ waitUntil: 'domcontentloaded' });
      await waitForVideo(page);
      // A talk after the reload: the content script started and the overlay showed, so whatever either posts was posted.
      await standin(page).navigate(`/watch?v=${TALK}`);
      await $(page, CLAIM).first().waitFor();
      const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
      expect(Array.isArray(heard)).toBe(true);
      const ours = heard.filter((data) => data.includes(browser.extensionId) || /wxt|claimline/i.test(data));
      expect(ours).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

/**
 * Notes in real Chromium: written from the overlay, kept in the extension's
 * own IndexedDB through reloads of the page, of the extension and of its
 * service worker, shared live between tabs, shown as text, never in
 * youtube.com's storage.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChromeGlobal } from './harness/chrome-global';
import { launchWithExtension, standin, stopExtensionWorker, type ExtensionBrowser } from './harness/browser';
import { startServer, type StandinServer } from './harness/server';
import { CLAIM, PANEL, openTalkPage, setTime, video, youtubeKeys } from './overlay-page';
import { talkVideos } from './talks';

const TALK = 'zFeAtV7AN0A';
const NOTE = `${PANEL} [data-note-id]`;
type Chrome = ChromeGlobal;

let server: StandinServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer({ videos: talkVideos() });
  browser = await launchWithExtension({ serverPort: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
/** The extension's worker, woken by a talk page's first message if it was stopped. */
async function worker() {
  if (!browser.context.serviceWorkers().some((w) => w.url().startsWith('chrome-extension://'))) {
    const waking = browser.context.waitForEvent('serviceworker');
    const page = await browser.context.newPage();
    await page.goto(server.url(`/watch?v=${TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
    await waking;
    await page.close();
  }
  return browser.serviceWorker();
}

beforeEach(async () => {
  for (const open of browser.context.pages()) await open.close();
  const worker_ = await worker();
  await worker_.evaluate(async () => {
    const { chrome } = globalThis as unknown as Chrome;
    await chrome.storage.local.clear();
    await new Promise((resolve) => {
      indexedDB.deleteDatabase('claimline').onsuccess = resolve;
    });
  });
});

async function openTalk(query = '&autoplay=0'): Promise<Page> {
  return openTalkPage(await browser.context.newPage(), server.url(`/watch?v=${TALK}${query}`));
}

async function writeNote(page: Page, text: string) {
  await page.locator(`${PANEL} [data-action="add-note"]`).first().click();
  await page.locator(`${PANEL} [data-field="note-text"]`).fill(text);
  await page.locator(`${PANEL} [data-action="save-note"]`).click();
  await page.locator(`${PANEL} [data-field="note-text"]`).waitFor({ state: 'detached' });
}

const noteTexts = (page: Page) => page.locator(NOTE).allTextContents();

describe('a note from the overlay', () => {
  it('is attached to the claim being spoken, stamped with the moment, and still there after a page reload', async () => {
    const page = await openTalk();
    await setTime(page, 764);
    await page.waitForFunction(() => document.querySelector('claimline-panel')?.shadowRoot?.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id') === 't12-41-00');
    await page.locator(`${PANEL} [data-action="add-note"]`).first().click();
    await expect.poll(() => page.locator(`${PANEL} form, ${PANEL} [data-field="note-text"]`).first().evaluate((el) => (el.closest('form') ?? el.parentElement)!.textContent)).toMatch(/12:44.*critical review/s);
    await page.locator(`${PANEL} [data-field="note-text"]`).fill('Which benchmarks did they review?');
    await page.locator(`${PANEL} [data-action="save-note"]`).click();
    await page.locator(`${PANEL} [data-claim-id="t12-41-00"] [data-note-id], ${PANEL} [data-note-id]`).first().waitFor();
    expect((await noteTexts(page)).join()).toContain('Which benchmarks did they review?');
    expect(await page.locator('[data-claimline-note-marker]').count()).toBe(1);

    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator(NOTE).first().waitFor();
    expect((await noteTexts(page)).join()).toContain('Which benchmarks did they review?');
    await page.close();
  });

  it('survives a reload of the extension itself and a stopped service worker, and saving still works after both', async () => {
    const page = await openTalk();
    await writeNote(page, 'before the reload');
    const old = await worker();
    await old.evaluate(() => (globalThis as unknown as Chrome).chrome.runtime.reload()).catch(() => undefined);
    // The new version is up once its worker runs; a page loaded after that gets the new content script.
    await expect.poll(() => browser.context.serviceWorkers().some((w) => w !== old && w.url().startsWith('chrome-extension://')), { timeout: 15_000 }).toBe(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator(NOTE).first().waitFor();
    expect((await noteTexts(page)).join()).toContain('before the reload');

    await stopExtensionWorker(page);
    await writeNote(page, 'after the worker stopped');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator(NOTE).nth(1).waitFor();
    expect((await noteTexts(page)).join()).toMatch(/before the reload.*after the worker stopped|after the worker stopped.*before the reload/s);
    await page.close();
  });

  it('text being typed when the extension reloads stays on the page, and comes back in the editor after a page reload', async () => {
    const page = await openTalk();
    await page.locator(`${PANEL} [data-action="add-note"]`).first().click();
    await page.locator(`${PANEL} [data-field="note-text"]`).fill('half-written when the update came');
    await page.waitForTimeout(400);
    const old = await worker();
    await old.evaluate(() => (globalThis as unknown as Chrome).chrome.runtime.reload()).catch(() => undefined);
    await page.locator(`${PANEL} [role="alert"] textarea`).waitFor();
    expect(await page.locator(`${PANEL} [role="alert"] textarea`).inputValue()).toBe('half-written when the update came');
    await expect.poll(() => browser.context.serviceWorkers().some((w) => w !== old && w.url().startsWith('chrome-extension://')), { timeout: 15_000 }).toBe(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.locator(`${PANEL} [data-field="note-text"]`).inputValue().catch(() => '')).toBe('half-written when the update came');
    await page.locator(`${PANEL} [data-action="save-note"]`).click();
    await page.locator(NOTE).first().waitFor();
    await page.close();
  });

  it('two tabs on one talk see each other’s new notes live', async () => {
    const a = await openTalk();
    const b = await openTalk();
    await writeNote(a, 'written in tab A');
    await b.locator(NOTE).first().waitFor();
    expect((await noteTexts(b)).join()).toContain('written in tab A');
    await writeNote(b, 'written in tab B');
    await expect.poll(async () => (await noteTexts(a)).join()).toContain('written in tab B');
    await a.close();
    await b.close();
  });

  it('a note with markup runs nothing and shows its characters', async () => {
    const page = await openTalk();
    const hostile = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> [x](javascript:window.__pwned=3)';
    await writeNote(page, hostile);
    await page.locator(NOTE).first().waitFor();
    expect(await page.locator(NOTE).first().textContent()).toContain(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator(`${PANEL} [data-note-id] img, ${PANEL} [data-note-id] script`).count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    await page.close();
  });

  it('nothing of Claimline is stored in youtube.com’s origin', async () => {
    const page = await openTalk();
    await writeNote(page, 'stored where?');
    const databases = await page.evaluate(() => indexedDB.databases());
    expect(databases.map((d) => d.name)).not.toContain('claimline');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /claimline/i.test(k)))).toEqual([]);
    expect(await (await worker()).evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain('claimline');
    await page.close();
  });
});

describe('notes with the keyboard alone', () => {
  it('n opens the editor, YouTube’s keys stay silent while typing, Ctrl+Enter saves, edit and delete with undo', async () => {
    const page = await openTalk();
    await page.locator(CLAIM).first().focus();
    await page.keyboard.press('n');
    const field = page.locator(`${PANEL} [data-field="note-text"]`);
    await field.waitFor();
    expect(await field.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.type('keyboard only: k j l f m 5 ← →');
    await page.keyboard.press('Control+Enter');
    await field.waitFor({ state: 'detached' });
    expect(await youtubeKeys(page)).toEqual([]);
    expect((await noteTexts(page)).join()).toContain('keyboard only: k j l f m 5');
    expect((await video(page)).paused).toBe(true);

    await page.locator(`${PANEL} [data-note-id] [data-action="edit-note"]`).first().click();
    await field.fill('edited in place');
    await page.keyboard.press('Control+Enter');
    await field.waitFor({ state: 'detached' });
    expect((await noteTexts(page)).join()).toContain('edited in place');

    await page.locator(`${PANEL} [data-note-id] [data-action="delete-note"]`).first().click();
    await page.locator(NOTE).first().waitFor({ state: 'detached' });
    await page.locator(`${PANEL} [data-action="undo-delete"]`).click();
    await page.locator(NOTE).first().waitFor();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator(NOTE).first().waitFor();
    expect((await noteTexts(page)).join()).toContain('edited in place');
    await page.close();
  });

  it('the extension’s add-note command opens the editor in the active tab', async () => {
    const page = await openTalk();
    await (await worker()).evaluate(async () => {
      const { chrome } = globalThis as unknown as Chrome;
      for (const tab of await chrome.tabs.query({})) await chrome.tabs.sendMessage(tab.id!, { claimline: 1, type: 'overlay.add-note' }).catch(() => undefined);
    });
    await page.locator(`${PANEL} [data-field="note-text"]`).waitFor();
    await page.close();
  });

  it('a note written during an ad is stamped with the talk’s time, not the ad’s', async () => {
    const page = await openTalk();
    await setTime(page, 1300);
    await page.waitForFunction(() => Math.abs(document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime - 1300) < 1);
    await page.evaluate(() => document.querySelector('#movie_player video')!.dispatchEvent(new Event('timeupdate')));
    await standin(page).startAd();
    await page.locator(`${PANEL} [data-action="add-note"]`).first().click();
    await page.locator(`${PANEL} [data-field="note-text"]`).fill('during the ad');
    await page.locator(`${PANEL} [data-action="save-note"]`).click();
    await page.locator(NOTE).first().waitFor();
    await standin(page).endAd();
    const marker = await page.locator('[data-claimline-note-marker]').first().getAttribute('data-start');
    expect(Math.abs(Number(marker) - 1300)).toBeLessThan(2);
    await page.close();
  });
});

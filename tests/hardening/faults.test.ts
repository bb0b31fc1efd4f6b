/**
 * Faults, in real Chromium: IndexedDB refusing to write (a full disk), an
 * upgrade of the database blocked by an older page, and the extension
 * reloaded under an open tab. A clear message, the draft kept,
 * nothing left behind.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/harness/browser';
import type { ChromeGlobal } from '../e2e/harness/chrome-global';
import { startServer, type StandinServer } from '../e2e/harness/server';
import { CLAIM, PANEL, openTalkPage } from '../e2e/overlay-page';
import { talkVideos } from '../e2e/talks';

const TALK = 'zFeAtV7AN0A';
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

async function watch(): Promise<Page> {
  return openTalkPage(await browser.context.newPage(), server.url(`/watch?v=${TALK}&autoplay=0`));
}

describe('when IndexedDB refuses to write', () => {
  it('a full disk: the editor says so, keeps every word, and the retry saves once there is room', async () => {
    const page = await watch();
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => {
      const store = IDBObjectStore.prototype as IDBObjectStore & { __realPut?: IDBObjectStore['put'] };
      store.__realPut = store.put;
      store.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const text = 'A note written while the disk is full: every word must survive.';
    await page.locator(`${PANEL} [data-action="add-note"]`).first().click();
    await page.locator(`${PANEL} [data-field="note-text"]`).fill(text);
    await page.locator(`${PANEL} [data-action="save-note"]`).click();
    const alert = page.locator(`${PANEL} [role="alert"]`);
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Not saved: the browser's storage for Claimline is full.*Your text is still here/s);
    expect(await page.locator(`${PANEL} [data-field="note-text"]`).inputValue()).toBe(text);
    expect(await page.locator(`${PANEL} [data-note-id]`).count()).toBe(0);

    await worker.evaluate(() => {
      const store = IDBObjectStore.prototype as IDBObjectStore & { __realPut?: IDBObjectStore['put'] };
      store.put = store.__realPut!;
    });
    await page.locator(`${PANEL} [data-action="save-note"]`).click();
    await page.locator(`${PANEL} [data-note-id]`).first().waitFor();
    expect(await page.locator(`${PANEL} [data-note-id]`).first().textContent()).toContain(text);
    await page.close();
  });
});

describe('when an upgrade of the database is blocked', () => {
  it('an older page keeping the database open: the editor says so after a few seconds, keeps every word, and the retry saves once it closes', async () => {
    const page = await watch();
    // An extension page that opened the database in its first shape (version 1)
    // and, like an old version's page, does not let go when a newer one asks.
    const old = await browser.context.newPage();
    await old.goto(browser.extensionUrl('popup.html'));
    await old.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase('claimline');
        deleting.onsuccess = () => resolve();
        deleting.onerror = () => reject(deleting.error);
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open('claimline', 1);
        opening.onupgradeneeded = () => opening.result.createObjectStore('notes', { keyPath: 'id' });
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      (window as unknown as { __old: IDBDatabase }).__old = db;
    });

    const text = 'Written while an old page holds the database: kept until it can be stored.';
    const shown = page.locator(`${PANEL} [data-note-id]`, { hasText: text });
    await page.locator(`${PANEL} [data-action="add-note"]`).first().click();
    await page.locator(`${PANEL} [data-field="note-text"]`).fill(text);
    await page.locator(`${PANEL} [data-action="save-note"]`).click();
    const alert = page.locator(`${PANEL} [role="alert"]`);
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/Not saved: another Claimline tab or page still has the database open in an older version.*Your text is still here/s);
    expect(await page.locator(`${PANEL} [data-field="note-text"]`).inputValue()).toBe(text);
    expect(await shown.count()).toBe(0);

    // The old page closes its connection: the upgrade goes through and the retry saves.
    await old.evaluate(() => (window as unknown as { __old: IDBDatabase }).__old.close());
    await old.close();
    await page.locator(`${PANEL} [data-action="save-note"]`).click();
    await shown.waitFor();
    expect(await page.locator(`${PANEL} [data-field="note-text"]`).count()).toBe(0);
    await page.close();
  });
});

describe('the extension updated or reloaded while a tab is open', () => {
  it('the old overlay removes itself (markers and listeners too), and the new one works after the page loads again', async () => {
    const page = await watch();
    expect(await page.locator('[data-claimline-markers]').count()).toBe(1);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.reload()).catch(() => undefined);
    await page.locator(PANEL).waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.locator('[data-claimline-markers], [data-claimline-tooltip]').count()).toBe(0);
    // The orphaned overlay no longer reacts to the page.
    await page.keyboard.press(']');
    await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 800));
    await page.waitForTimeout(300);
    expect(await page.locator(PANEL).count()).toBe(0);
    expect(errors).toEqual([]);

    // The new version is up once its worker runs; a page loaded after that gets the new content script.
    await expect.poll(() => browser.context.serviceWorkers().some((w) => w !== worker && w.url().startsWith('chrome-extension://')), { timeout: 15_000 }).toBe(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator(CLAIM).first().waitFor();
    expect(await page.locator(PANEL).count()).toBe(1);
    await page.close();
  });
});

/**
 * Faults, in the browser under test: IndexedDB refusing to write (a full
 * disk), an upgrade of the database blocked by an older page, and the
 * extension reloaded under an open tab. A clear message, the draft kept,
 * nothing left behind.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { $, CLAIM, PANEL, inPanel, openTalkPage, press, until, video } from '../e2e/overlay-page';
import { talkVideos } from '../e2e/talks';
import { standinBrowser } from '../e2e/harness/suite';

const TALK = 'zFeAtV7AN0A';
const suite = standinBrowser({ videos: talkVideos() });

async function watch(): Promise<Page> {
  return openTalkPage(await suite.browser.newPage(), suite.server.url(`/watch?v=${TALK}&autoplay=0`));
}

type Store = { put: unknown; __realPut?: unknown };

describe('when IndexedDB refuses to write', () => {
  it('a full disk: the editor says so, keeps every word, and the retry saves once there is room', async () => {
    const page = await watch();
    // Every put fails as on a full disk. Made of the background's own objects, so it outlives the page that sets it (Firefox).
    await suite.browser.inBackground((background) => {
      const store = background.IDBObjectStore.prototype as unknown as Store;
      store.__realPut = store.put;
      store.put = background.Promise.reject.bind(background.Promise, new background.DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    });
    const text = 'A note written while the disk is full: every word must survive.';
    await $(page, inPanel('[data-action="add-note"]')).first().click();
    await $(page, inPanel('[data-field="note-text"]')).fill(text);
    await $(page, inPanel('[data-action="save-note"]')).click();
    const alert = $(page, inPanel('[role="alert"]'));
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Not saved: the browser's storage for Claimline is full.*Your text is still here/s);
    expect(await $(page, inPanel('[data-field="note-text"]')).inputValue()).toBe(text);
    expect(await $(page, inPanel('[data-note-id]')).count()).toBe(0);

    await suite.browser.inBackground((background) => {
      const store = background.IDBObjectStore.prototype as unknown as Store;
      store.put = store.__realPut;
    });
    await $(page, inPanel('[data-action="save-note"]')).click();
    await $(page, inPanel('[data-note-id]')).first().waitFor();
    expect(await $(page, inPanel('[data-note-id]')).first().textContent()).toContain(text);
    await page.close();
  });
});

describe('when an upgrade of the database is blocked', () => {
  it('an older page keeping the database open: the editor says so after a few seconds, keeps every word, and the retry saves once it closes', async () => {
    const page = await watch();
    // An extension page that opened the database in its first shape (version 1)
    // and, like an old version's page, does not let go when a newer one asks.
    const old = await suite.browser.openExtensionPage('popup.html');
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
    const shown = $(page, inPanel('[data-note-id]'), { hasText: text });
    await $(page, inPanel('[data-action="add-note"]')).first().click();
    await $(page, inPanel('[data-field="note-text"]')).fill(text);
    await $(page, inPanel('[data-action="save-note"]')).click();
    const alert = $(page, inPanel('[role="alert"]'));
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/Not saved: another Claimline tab or page still has the database open in an older version.*Your text is still here/s);
    expect(await $(page, inPanel('[data-field="note-text"]')).inputValue()).toBe(text);
    expect(await shown.count()).toBe(0);

    // The old page closes its connection: the upgrade goes through and the retry saves.
    await old.evaluate(() => (window as unknown as { __old: IDBDatabase }).__old.close());
    await old.close();
    await $(page, inPanel('[data-action="save-note"]')).click();
    await shown.waitFor();
    expect(await $(page, inPanel('[data-field="note-text"]')).count()).toBe(0);
    await page.close();
  });
});

describe('the extension updated or reloaded while a tab is open', () => {
  it('the old overlay leaves nothing behind (panel, markers), and the new version works in the page', async () => {
    const page = await watch();
    expect(await $(page, '[data-claimline-markers]').count()).toBe(1);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await suite.browser.reloadExtension();
    if (suite.browser.name === 'chromium') {
      // Chromium keeps the old content script running, cut off from the extension: it removes itself.
      await $(page, PANEL).waitFor({ state: 'detached', timeout: 10_000 });
      expect(await $(page, '[data-claimline-markers], [data-claimline-tooltip]').count()).toBe(0);
      // It no longer reacts to the page: a step key would have seeked at once, in its handler.
      await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 800));
      await press(page, ']');
      expect((await video(page)).currentTime).toBe(800);
      expect(await $(page, PANEL).count()).toBe(0);
      // A page loaded now gets the new version's content script.
      await page.reload({ waitUntil: 'domcontentloaded' });
    }
    // Firefox ends the old content script and runs the new one in the open page at once:
    // what the old one left is replaced, not doubled.
    await $(page, CLAIM).first().waitFor();
    await until(page, () => document.querySelectorAll('claimline-panel').length === 1 && document.querySelectorAll('[data-claimline-markers]').length === 1);
    // The panel is the new version's: it seeks.
    await $(page, `${CLAIM}[data-claim-id="t21-38-00"]`).click();
    await until(page, () => Math.abs(document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime - 1298) < 3);
    expect(await $(page, 'claimline-panel').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

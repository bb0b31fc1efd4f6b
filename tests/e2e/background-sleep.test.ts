/**
 * The background sleeps between saves and wakes for the next, as browsers
 * run it: Chromium stops the service worker after 30 s idle, Firefox unloads
 * the event page after its idle timeout. Notes saved on either side of a
 * sleep are all kept, and the one written while it slept is saved at once.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startServer, type StandinServer } from './harness/server';
import { $, inPanel, openTalkPage } from './overlay-page';
import { talkVideos } from './talks';

const TALK = 'zFeAtV7AN0A';
/** Firefox's idle timeout for event pages, shortened from 30 s so the test sees it happen on its own. */
const IDLE_MS = 1_000;

let server: StandinServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer({ videos: talkVideos() });
  browser = await launchWithExtension({ serverPort: server.port, prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function writeNote(page: Page, text: string) {
  await $(page, inPanel('[data-action="add-note"]')).first().click();
  await $(page, inPanel('[data-field="note-text"]')).fill(text);
  await $(page, inPanel('[data-action="save-note"]')).click();
  await $(page, inPanel('[data-note-id]'), { hasText: text }).waitFor();
}

/** Waits until the background is asleep: unloaded on its own in Firefox; in Chromium, whose 30 s idle cannot be shortened, stopped as it would be. */
async function untilAsleep() {
  if (browser.name === 'chromium') await browser.stopBackground();
  else await expect.poll(() => browser.backgroundRunning(), { timeout: 15_000, interval: 100 }).toBe(false);
}

it('notes saved before, between and after the background’s sleeps are all kept', async () => {
  const page = await openTalkPage(await browser.newPage(), server.url(`/watch?v=${TALK}&autoplay=0`));
  await writeNote(page, 'first, with the background awake');
  await untilAsleep();
  await writeNote(page, 'second, which woke it');
  expect(await browser.backgroundRunning()).toBe(true);
  await untilAsleep();
  await writeNote(page, 'third, after another sleep');

  await page.reload({ waitUntil: 'domcontentloaded' });
  await $(page, inPanel('[data-note-id]')).nth(2).waitFor();
  const texts = await $(page, inPanel('[data-note-id]')).allTextContents();
  for (const text of ['first, with the background awake', 'second, which woke it', 'third, after another sleep']) expect(texts.join('\n')).toContain(text);
  await page.close();
});

/**
 * The library page in real Chromium: export (the download's content read
 * back), a backup restored into a fresh profile and seen in the overlay, a
 * talk document imported and its overlay on the watch page, search, and an
 * import with one bad item that changes nothing.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import type { ChromeGlobal } from './harness/chrome-global';
import { startServer, type StandinServer } from './harness/server';
import { CLAIM, PANEL, openTalkPage } from './overlay-page';
import { talkVideos } from './talks';

const TALK = 'zFeAtV7AN0A';
const NEW_TALK = 'NewTalk_001';
/** A seed talk that links [[causal inference]], as the imported document does. */
const SHARES_CONCEPT = 'Vz5n5SamDAc';
const NEW_TALK_DOC = `---
title: A talk imported by hand
videoId: ${NEW_TALK}
---

## Opening

The speaker opens with [[causal inference]] and the Causal Parrots paper [00:10].

*   **Claim**: Large language models talk causality but are not causal [01:30]. Benchmarks follow [02:05].
`;

let server: StandinServer;
let browser: ExtensionBrowser;
const tmp = mkdtempSync(join(tmpdir(), 'claimline-library-'));

beforeAll(async () => {
  server = await startServer({ videos: { ...talkVideos(), [NEW_TALK]: { durationSeconds: 300, title: 'A talk imported by hand' } } });
  browser = await launchWithExtension({ serverPort: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function library(browserUnderTest: ExtensionBrowser, hash = '#/talks'): Promise<Page> {
  const page = await browserUnderTest.context.newPage();
  await page.goto(browserUnderTest.extensionUrl(`library.html${hash}`));
  await page.locator('[data-video-id], h1').first().waitFor();
  return page;
}

async function writeNoteOnTalk(text: string) {
  const page = await openTalkPage(await browser.context.newPage(), server.url(`/watch?v=${TALK}&autoplay=0`));
  await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 765));
  await page.waitForFunction(() => document.querySelector('claimline-panel')?.shadowRoot?.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id') === 't12-41-00');
  await page.locator(`${PANEL} [data-action="add-note"]`).first().click();
  await page.locator(`${PANEL} [data-field="note-text"]`).fill(text);
  await page.locator(`${PANEL} [data-action="save-note"]`).click();
  await page.locator(`${PANEL} [data-note-id]`).first().waitFor();
  await page.close();
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(tmp, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('the library page', () => {
  it('lists every talk with its counts, and a talk page exports Markdown with the notes', async () => {
    await writeNoteOnTalk('Which benchmarks were reviewed? #todo');
    const page = await library(browser);
    expect(await page.locator('[data-video-id]').count()).toBe(4);
    const row = page.locator(`[data-video-id="${TALK}"]`);
    expect(await row.textContent()).toMatch(/52 claims/);
    expect(await row.textContent()).toMatch(/1 note/);
    await row.locator('a, button').filter({ hasText: /Causal inference models/ }).first().click();
    await page.locator('[data-claim-id="t12-41-00"] [data-note-id]').waitFor();
    const file = await downloadOf(page, () => page.locator('button', { hasText: /^Markdown/ }).first().click());
    expect(file.name).toMatch(/zFeAtV7AN0A\.md$/);
    const parsed = matter(file.text);
    expect(parsed.data).toMatchObject({ title: 'Causal inference models and AI workshops', videoId: TALK, url: `https://www.youtube.com/watch?v=${TALK}` });
    expect(parsed.content).toContain('Which benchmarks were reviewed?');
    expect(parsed.content).toContain('(https://www.youtube.com/watch?v=zFeAtV7AN0A&t=765s)');
    await page.close();
  });

  it('search finds a note by a word in it, marks the word, and opens the talk at that moment', async () => {
    const page = await library(browser);
    await page.locator('[data-field="search"]').fill('benchm');
    await page.locator('[data-result-kind="note"]').first().waitFor();
    expect(await page.locator('[data-result-kind="note"] mark').first().textContent()).toMatch(/^benchmarks$/i);
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), page.locator('[data-result-kind="note"] [data-action="open-result"], [data-result-kind="note"][data-action="open-result"]').first().click()]);
    await opened.waitForURL(/watch\?v=zFeAtV7AN0A&t=765s/);
    await opened.close();
    await page.close();
  });

  it('a backup restored into a fresh profile brings the notes back to the overlay', async () => {
    const page = await library(browser, '#/transfer');
    const backup = await downloadOf(page, () => page.locator('[data-action="backup"]').click());
    expect(JSON.parse(backup.text)).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' });
    await page.close();

    const fresh = await launchWithExtension({ serverPort: server.port });
    try {
      const restore = await library(fresh, '#/transfer');
      await restore.locator('[data-field="import"]').setInputFiles(backup.path);
      await restore.locator('text=/1 notes read: 1 added/').waitFor();
      const watch = await fresh.context.newPage();
      await watch.goto(server.url(`/watch?v=${TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
      await watch.locator(`${PANEL} [data-note-id]`).first().waitFor();
      expect(await watch.locator(`${PANEL} [data-claim-id="t12-41-00"]`).textContent()).toContain('Which benchmarks were reviewed?');
    } finally {
      await fresh.close();
    }
  });

  it('an annotation file with one bad item is refused, names the item and field, and changes nothing', async () => {
    const page = await library(browser, '#/transfer');
    const good = { id: 'urn:uuid:5b0f3a64-1b8e-4f7e-9a1c-2d3e4f5a6b7c', type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: 'good one' }, target: { source: `https://youtu.be/${TALK}`, selector: { type: 'FragmentSelector', value: 't=100' } } };
    const bad = { ...good, id: 'urn:uuid:6c1f4b75-2c9f-4a8e-8b2d-3e4f5a6b7c8d', target: { source: `https://youtu.be/${TALK}`, selector: { type: 'FragmentSelector', value: 't=abc' } } };
    const path = join(tmp, 'one-bad.jsonld');
    writeFileSync(path, JSON.stringify([good, bad]));
    const before = await page.evaluate(async () => (await (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ claimline: 1, type: 'notes.all', payload: {} })) as { value: unknown[] });
    await page.locator('[data-field="import"]').setInputFiles(path);
    const alert = page.locator('[role="alert"]', { hasText: 'one-bad.jsonld' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/item 2.*target\.selector\.value/s);
    const after = await page.evaluate(async () => (await (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ claimline: 1, type: 'notes.all', payload: {} })) as { value: unknown[] });
    expect(after.value).toEqual(before.value);
    await page.close();
  });

  it('a talk document for a video not in seeds/ is imported, listed, and gets its overlay on the watch page; it can be removed', async () => {
    const page = await library(browser, '#/transfer');
    const path = join(tmp, 'new-talk.md');
    writeFileSync(path, NEW_TALK_DOC);
    await page.locator('[data-field="import"]').setInputFiles(path);
    await page.locator('text=/talk “A talk imported by hand” added/').waitFor();

    const watch = await browser.context.newPage();
    await watch.goto(server.url(`/watch?v=${NEW_TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
    await watch.locator(CLAIM).first().waitFor();
    expect(await watch.locator(CLAIM).count()).toBe(3);
    expect(await watch.locator(`${PANEL} [data-ref-key="zecevic2023causal"]`).count()).toBeGreaterThan(0);

    // A packaged talk that links the same concept lists the imported talk among the other talks.
    const otherTalks = async () => {
      await watch.goto(server.url(`/watch?v=${SHARES_CONCEPT}&autoplay=0`), { waitUntil: 'domcontentloaded' });
      await watch.locator(`${PANEL} [role="tab"]`, { hasText: 'Concepts' }).click();
      return watch.locator(`${PANEL} [data-concept-key="causal_inference"] [aria-label="In other talks"]`);
    };
    const listed = await otherTalks();
    await listed.locator('button', { hasText: 'A talk imported by hand' }).waitFor();
    await listed.locator('button', { hasText: 'A talk imported by hand' }).click();
    await watch.waitForURL(new RegExp(`v=${NEW_TALK}&t=10s`));

    await page.goto(browser.extensionUrl('library.html#/talks'));
    const row = page.locator(`[data-video-id="${NEW_TALK}"]`);
    await row.locator('[data-action="remove-talk"]').click();
    await row.locator('button', { hasText: 'Yes' }).click();
    await row.waitFor({ state: 'detached' });
    await page.close();

    // Removed: gone from the other talk's concepts too.
    const after = await otherTalks();
    await watch.locator(`${PANEL} [data-concept-key="causal_inference"]`).waitFor();
    await watch.waitForTimeout(300);
    expect(await after.locator('button', { hasText: 'A talk imported by hand' }).count()).toBe(0);
    await watch.close();
  });

  it('a talk document with errors is refused with line:column messages', async () => {
    const page = await library(browser, '#/transfer');
    const path = join(tmp, 'broken-talk.md');
    writeFileSync(path, '---\ntitle: Broken\nvideoId: nope\n---\n\nA claim [00:75]\n');
    await page.locator('[data-field="import"]').setInputFiles(path);
    const alert = page.locator('[role="alert"]', { hasText: 'broken-talk.md' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken-talk\.md:3:1: error: videoId "nope"/);
    await page.goto(browser.extensionUrl('library.html#/talks'));
    await page.locator('[data-video-id]').first().waitFor();
    expect(await page.locator('[data-video-id]').count()).toBe(4);
    await page.close();
  });
});

describe('the popup', () => {
  it('elsewhere: says what Claimline does and opens the library', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('popup.html'));
    await page.locator('[data-action="open-library"]').waitFor();
    expect(await page.textContent('body')).toMatch(/claims, references and your notes/);
    await page.close();
  });

  it('on a talk, the overlay answers what is playing', async () => {
    const watch = await browser.context.newPage();
    await watch.goto(server.url(`/watch?v=${TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
    await watch.locator(CLAIM).first().waitFor();
    await watch.evaluate(() => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 765));
    const worker = await browser.serviceWorker();
    const status = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const tabs = await chrome.tabs.query({});
      const answers = await Promise.all(tabs.map((t) => chrome.tabs.sendMessage(t.id!, { claimline: 1, type: 'overlay.status' }).catch(() => null)));
      return answers.find(Boolean);
    });
    expect(status).toMatchObject({ videoId: TALK, title: 'Causal inference models and AI workshops', currentClaim: expect.stringContaining('critical review') });
    await watch.close();
  });
});

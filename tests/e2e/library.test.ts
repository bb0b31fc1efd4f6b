/**
 * The library page in the browser under test: export (the downloaded file
 * read back), a backup restored into a fresh profile and seen in the overlay,
 * a talk document imported and its overlay on the watch page, search, and an
 * import with one bad item that changes nothing.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { downloadOf } from './harness/downloads';
import { startServer, type StandinServer } from './harness/server';
import { $, CLAIM, inPanel, openTalkPage, until, waitForActive, waitForUrl } from './overlay-page';
import { talkVideos } from './talks';

const TALK = 'zFeAtV7AN0A';
const NEW_TALK = 'NewTalk_001';
const SECOND_TALK = 'NewTalk_002';
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
/** Another imported talk on [[causal inference]], kept when the first is removed. */
const SECOND_TALK_DOC = `---
title: A second talk imported by hand
videoId: ${SECOND_TALK}
---

Another look at [[causal inference]] [00:20].
`;

let server: StandinServer;
let browser: ExtensionBrowser;
const tmp = mkdtempSync(join(tmpdir(), 'claimline-library-'));

beforeAll(async () => {
  server = await startServer({
    videos: { ...talkVideos(), [NEW_TALK]: { durationSeconds: 300, title: 'A talk imported by hand' }, [SECOND_TALK]: { durationSeconds: 300, title: 'A second talk imported by hand' } },
  });
  browser = await launchWithExtension({ serverPort: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function library(browserUnderTest: ExtensionBrowser, hash = '#/talks', page?: Page): Promise<Page> {
  const opened = await browserUnderTest.openExtensionPage(`library.html${hash}`, page);
  await $(opened, '[data-video-id], h1').first().waitFor();
  return opened;
}

async function writeNoteOnTalk(text: string) {
  const page = await openTalkPage(await browser.newPage(), server.url(`/watch?v=${TALK}&autoplay=0`));
  await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 765));
  await until(page, () => document.querySelector('claimline-panel')?.shadowRoot?.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id') === 't12-41-00');
  await $(page, inPanel('[data-action="add-note"]')).first().click();
  await $(page, inPanel('[data-field="note-text"]')).fill(text);
  await $(page, inPanel('[data-action="save-note"]')).click();
  await $(page, inPanel('[data-note-id]')).first().waitFor();
  await page.close();
}

/** Every note, as the library page's own messages read them. */
function allNotes(page: Page) {
  return page.evaluate(async () => {
    type Api = { runtime: { sendMessage(message: unknown): Promise<{ value: unknown[] }> } };
    const api = (globalThis as unknown as { browser?: Api; chrome: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    return (await api.runtime.sendMessage({ claimline: 1, type: 'notes.all', payload: {} })).value;
  });
}


describe('the library page', () => {
  it('lists every talk with its counts, and a talk page exports Markdown with the notes', async () => {
    await writeNoteOnTalk('Which benchmarks were reviewed? #todo');
    const page = await library(browser);
    expect(await $(page, '[data-video-id]').count()).toBe(4);
    const row = $(page, `[data-video-id="${TALK}"]`);
    expect(await row.textContent()).toMatch(/52 claims/);
    expect(await row.textContent()).toMatch(/1 note/);
    await row.locator('a, button', { hasText: /Causal inference models/ }).first().click();
    await $(page, '[data-claim-id="t12-41-00"] [data-note-id]').waitFor();
    const file = await downloadOf(browser, () => $(page, 'button', { hasText: /^Markdown/ }).first().click());
    expect(file.name).toMatch(/zFeAtV7AN0A\.md$/);
    const parsed = matter(file.text);
    expect(parsed.data).toMatchObject({ title: 'Causal inference models and AI workshops', videoId: TALK, url: `https://www.youtube.com/watch?v=${TALK}` });
    expect(parsed.content).toContain('Which benchmarks were reviewed?');
    expect(parsed.content).toContain('(https://www.youtube.com/watch?v=zFeAtV7AN0A&t=765s)');
    await page.close();
  });

  it('search finds a note by a word in it, marks the word, and opens the talk at that moment', async () => {
    await writeNoteOnTalk('Were the benchmarks public?');
    const page = await library(browser);
    await $(page, '[data-field="search"]').fill('benchm');
    await $(page, '[data-result-kind="note"]').first().waitFor();
    expect(await $(page, '[data-result-kind="note"] mark').first().textContent()).toMatch(/^benchmarks$/i);
    await $(page, '[data-result-kind="note"] [data-action="open-result"], [data-result-kind="note"][data-action="open-result"]').first().click();
    const opened = /watch\?v=zFeAtV7AN0A&t=765s/;
    await expect.poll(() => browser.tabUrls()).toContainEqual(expect.stringMatching(opened));
    await browser.closeTabs(opened);
    await page.close();
  });

  it('a backup restored into a fresh profile brings the notes back to the overlay', async () => {
    await writeNoteOnTalk('Which benchmarks were reviewed?');
    const page = await library(browser, '#/transfer');
    const backup = await downloadOf(browser, () => $(page, '[data-action="backup"]').click());
    expect(JSON.parse(backup.text)).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' });
    await page.close();

    const fresh = await launchWithExtension({ serverPort: server.port });
    try {
      const restore = await library(fresh, '#/transfer');
      await $(restore, '[data-field="import"]').setInputFiles(backup.path);
      const notes = JSON.parse(backup.text).first.items.length;
      await $(restore, 'main', { hasText: new RegExp(`${notes} notes read: ${notes} added`) }).waitFor();
      const watch = await fresh.newPage();
      await watch.goto(server.url(`/watch?v=${TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
      await $(watch, inPanel('[data-note-id]')).first().waitFor();
      expect(await $(watch, inPanel('[data-claim-id="t12-41-00"]')).textContent()).toContain('Which benchmarks were reviewed?');
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
    const before = await allNotes(page);
    await $(page, '[data-field="import"]').setInputFiles(path);
    const alert = $(page, '[role="alert"]', { hasText: 'one-bad.jsonld' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/item 2.*target\.selector\.value/s);
    expect(await allNotes(page)).toEqual(before);
    await page.close();
  });

  it('a talk document for a video not in seeds/ is imported, listed, and gets its overlay on the watch page; it can be removed', async () => {
    const page = await library(browser, '#/transfer');
    const path = join(tmp, 'new-talk.md');
    const second = join(tmp, 'second-talk.md');
    writeFileSync(path, NEW_TALK_DOC);
    writeFileSync(second, SECOND_TALK_DOC);
    await $(page, '[data-field="import"]').setInputFiles([path, second]);
    await $(page, 'main', { hasText: /talk “A talk imported by hand” added/ }).waitFor();
    await $(page, 'main', { hasText: /talk “A second talk imported by hand” added/ }).waitFor();

    const watch = await browser.newPage();
    await watch.goto(server.url(`/watch?v=${NEW_TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
    await $(watch, CLAIM).first().waitFor();
    expect(await $(watch, CLAIM).count()).toBe(3);
    expect(await $(watch, inPanel('[data-ref-key="zecevic2023causal"]')).count()).toBeGreaterThan(0);

    // A packaged talk that links the same concept lists the imported talks among the other talks.
    const otherTalks = async () => {
      await watch.goto(server.url(`/watch?v=${SHARES_CONCEPT}&autoplay=0`), { waitUntil: 'domcontentloaded' });
      await $(watch, inPanel('[role="tab"]'), { hasText: 'Concepts' }).click();
      return $(watch, inPanel('[data-concept-key="causal_inference"] [aria-label="In other talks"]'));
    };
    const listed = await otherTalks();
    await listed.locator('button', { hasText: 'A second talk imported by hand' }).waitFor();
    await listed.locator('button', { hasText: 'A talk imported by hand' }).click();
    await waitForUrl(watch, new RegExp(`v=${NEW_TALK}&t=10s`));

    await library(browser, '#/talks', page);
    const row = $(page, `[data-video-id="${NEW_TALK}"]`);
    await row.locator('[data-action="remove-talk"]').click();
    await row.locator('button', { hasText: 'Yes' }).click();
    await row.waitFor({ state: 'detached' });
    await page.close();

    // Removed: gone from the other talk's concepts too, once the list of imported talks arrived (the second one shows).
    const after = await otherTalks();
    await after.locator('button', { hasText: 'A second talk imported by hand' }).waitFor();
    expect(await after.locator('button', { hasText: 'A talk imported by hand' }).count()).toBe(0);
    await watch.close();
  });

  it('a talk document with errors is refused with line:column messages', async () => {
    const page = await library(browser, '#/talks');
    await $(page, '[data-video-id]').first().waitFor();
    const talks = await $(page, '[data-video-id]').count();
    await library(browser, '#/transfer', page);
    const path = join(tmp, 'broken-talk.md');
    writeFileSync(path, '---\ntitle: Broken\nvideoId: nope\n---\n\nA claim [00:75]\n');
    await $(page, '[data-field="import"]').setInputFiles(path);
    const alert = $(page, '[role="alert"]', { hasText: 'broken-talk.md' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken-talk\.md:3:1: error: videoId "nope"/);
    await library(browser, '#/talks', page);
    await $(page, '[data-video-id]').first().waitFor();
    expect(await $(page, '[data-video-id]').count()).toBe(talks);
    await page.close();
  });
});

describe('the popup', () => {
  it('elsewhere: says what Claimline does and opens the library', async () => {
    const page = await browser.openExtensionPage('popup.html');
    await $(page, '[data-action="open-library"]').waitFor();
    expect(await $(page, 'body').textContent()).toMatch(/claims, references and your notes/);
    await page.close();
  });

  it('on a talk, the overlay answers what is playing', async () => {
    for (const open of await browser.pages()) await open.close();
    const watch = await browser.newPage();
    await watch.goto(server.url(`/watch?v=${TALK}&autoplay=0`), { waitUntil: 'domcontentloaded' });
    await $(watch, CLAIM).first().waitFor();
    await watch.evaluate(() => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 765));
    await waitForActive(watch, 't12-41-00');
    const status = await browser.inExtension(async (ext) => {
      const tabs = await ext.tabs.query({});
      const answers = await Promise.all(tabs.map((t) => ext.tabs.sendMessage(t.id!, { claimline: 1, type: 'overlay.status' }).catch(() => null)));
      return answers.find(Boolean);
    });
    expect(status).toMatchObject({ videoId: TALK, title: 'Causal inference models and AI workshops', currentClaim: expect.stringContaining('critical review') });
    await watch.close();
  });
});

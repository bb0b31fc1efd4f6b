/**
 * Hostile content, in the browser under test: injection payloads in a bundled talk's
 * title, claims, labels, concept labels and bibliography, in notes and tags,
 * in an imported backup and an imported talk. None runs (no dialog, no
 * element added to the page, the flag stays unset), each shows as text, and
 * links from documents are http(s) only.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/harness/browser';
import { startServer, type StandinServer } from '../e2e/harness/server';
import { $, PANEL, inPanel, openTalkPage } from '../e2e/overlay-page';
import { buildHostileExtension, HOSTILE_TALK } from './hostile-build';
import { hostileTalk, LONG, PAYLOADS, PWNED } from './payloads';

const IMPORTED_TALK = 'HostileImp1';
let server: StandinServer;
let browser: ExtensionBrowser;
const dialogs: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'claimline-hostile-'));

beforeAll(async () => {
  const extensionPath = buildHostileExtension();
  server = await startServer({ videos: { [HOSTILE_TALK]: 3000, [IMPORTED_TALK]: 3000 } });
  browser = await launchWithExtension({ serverPort: server.port, extensionPath });
  const listen = (page: Page | null) =>
    page?.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  for (const page of await browser.pages()) listen(page);
  browser.browser.on('targetcreated', (target: Target) => void target.page().then(listen));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What must hold on any page after hostile content was shown. */
async function nothingRan(page: Page) {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED)).toBeUndefined();
  const report = await page.evaluate((flag) => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const host of document.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot);
    const all = roots.flatMap((root) => [...root.querySelectorAll('*')]);
    return {
      // No element carries an inline handler (Claimline's UI and the stand-in use none).
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
      // No element anywhere was made from a payload.
      injected: all.filter((el) => [...el.attributes].some((a) => a.value.includes(flag))).map((el) => el.outerHTML.slice(0, 80)),
      // Claimline's own UI holds no embedded content at all.
      inShadow: roots.slice(1).flatMap((root) => [...root.querySelectorAll('img, script, iframe, object, embed, details, marquee, math, video')]).map((el) => el.outerHTML.slice(0, 80)),
      links: roots.flatMap((root) => [...root.querySelectorAll('a[href]')]).map((a) => (a as HTMLAnchorElement).href).filter((href) => !/^https?:/.test(href)),
    };
  }, PWNED);
  expect(report.handlers).toEqual([]);
  expect(report.injected).toEqual([]);
  expect(report.inShadow).toEqual([]);
  expect(report.links).toEqual([]);
}

const shadowText = (page: Page) => $(page, PANEL).evaluate((host) => host.shadowRoot!.textContent ?? '');

async function watch(videoId: string): Promise<Page> {
  return openTalkPage(await browser.newPage(), server.url(`/watch?v=${videoId}&autoplay=0`));
}

describe('a bundled talk made of payloads', () => {
  it('on the watch page: title, claims, labels, concepts and the cited paper show as text and nothing runs', async () => {
    const page = await watch(HOSTILE_TALK);
    const text = await shadowText(page);
    expect(text).toContain(`Hostile talk ${PAYLOADS[0]} ${PAYLOADS[1]}`);
    // As the parser reads them: Markdown links keep their words, entities decode, white space folds.
    for (const payload of PAYLOADS.filter((p) => !p.startsWith('[') && !p.startsWith('&lt;') && !p.startsWith('<a '))) {
      expect(text, payload).toContain(`says ${payload.replace(/\s+/g, ' ')}`);
    }
    expect(text).toContain('says a markdown link');
    expect(text).toContain(`says <img src=x onerror=window.${PWNED}=25>`);
    expect(text).toContain(LONG.slice(0, 200));
    // The cited paper: chip, then its details on focus.
    const chip = $(page, inPanel('[data-ref-key="attacker2024causal"]')).first();
    await chip.focus();
    await expect.poll(() => shadowText(page)).toContain(`Causal parrots strike back with markup ${PAYLOADS[2]}`);
    // The concepts view.
    await $(page, inPanel('[role="tab"]'), { hasText: 'Concepts' }).click();
    // A concept's name is its link target with underscores read as spaces.
    const named = (payload: string) => `Concept ${payload.replace(/[\s_]+/g, ' ')}`;
    await expect.poll(() => shadowText(page)).toContain(named(PAYLOADS[0]!));
    expect(await shadowText(page)).toContain(named(PAYLOADS[1]!));
    // The progress bar's label for a claim.
    const marker = $(page, '[data-claimline-marker][data-start="60"]');
    const bar = await $(page, '.ytp-progress-bar').boundingBox();
    await page.mouse.move(bar!.x + bar!.width * (60 / 3000), bar!.y + bar!.height / 2);
    await expect.poll(() => $(page, '[data-claimline-tooltip]').textContent()).toContain(PAYLOADS[0]);
    expect(await marker.count()).toBe(1);
    // Bidirectional overrides stay inside their own element.
    expect(await $(page, inPanel('.claimline p')).first().evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    await nothingRan(page);
    await page.close();
  });

  it('in the library: the talk page, the references index and search show the payloads as text', async () => {
    const page = await browser.openExtensionPage(`library.html#/talk/${HOSTILE_TALK}`);
    await $(page, '[data-claim-id]').first().waitFor();
    expect(await $(page, 'main').textContent()).toContain(`says ${PAYLOADS[1]}`);
    await browser.openExtensionPage('library.html#/references', page);
    await $(page, 'main', { hasText: 'Causal parrots strike back' }).waitFor();
    expect(await $(page, 'main').textContent()).toContain(`Proceedings of ${PAYLOADS[4]}`);
    await $(page, '[data-field="search"]').fill('onerror');
    await $(page, '[data-result-kind]').first().waitFor();
    await nothingRan(page);
    await page.close();
  });
});

describe('notes, backups and imported talks made of payloads', () => {
  it('a note and its tags', async () => {
    const page = await watch(HOSTILE_TALK);
    const hostileText = PAYLOADS.join('\n');
    await $(page, inPanel('[data-action="add-note"]')).first().click();
    await $(page, inPanel('[data-field="note-text"]')).fill(hostileText);
    await $(page, inPanel('[data-field="note-tags"]')).fill(PAYLOADS.slice(0, 6).map((p) => p.replaceAll(',', ' ')).join(', '));
    await $(page, inPanel('[data-action="save-note"]')).click();
    await $(page, inPanel('[data-note-id]')).first().waitFor();
    const note = await $(page, inPanel('[data-note-id]')).first().textContent();
    for (const payload of PAYLOADS.slice(0, 10)) expect(note).toContain(payload);
    expect(note).toContain(`#${PAYLOADS[0]}`);
    await nothingRan(page);
    await page.close();
  });

  it('an imported backup and an imported talk document', async () => {
    const backup = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: PAYLOADS.slice(0, 12).map((payload, i) => ({
          id: `urn:hostile:${i}`,
          type: 'Annotation',
          motivation: 'commenting',
          body: [
            { type: 'TextualBody', value: `imported ${payload}`, format: 'text/markdown', purpose: 'commenting' },
            { type: 'TextualBody', value: payload.replaceAll(',', ' ').slice(0, 90), purpose: 'tagging' },
          ],
          target: { source: `https://www.youtube.com/watch?v=${IMPORTED_TALK}`, type: 'Video', selector: { type: 'FragmentSelector', value: `t=${60 * (i + 1) + 5}` } },
        })),
      },
    };
    writeFileSync(join(tmp, 'hostile.jsonld'), JSON.stringify(backup));
    writeFileSync(join(tmp, 'hostile-talk.md'), hostileTalk(IMPORTED_TALK, `Imported ${PAYLOADS[3]}`));
    const library = await browser.openExtensionPage('library.html#/transfer');
    await $(library, '[data-field="import"]').setInputFiles([join(tmp, 'hostile-talk.md'), join(tmp, 'hostile.jsonld')]);
    await $(library, 'main', { hasText: /12 notes read/ }).waitFor();
    await nothingRan(library);

    const page = await watch(IMPORTED_TALK);
    await $(page, inPanel('[data-note-id]')).nth(11).waitFor();
    const text = await shadowText(page);
    expect(text).toContain(`Imported ${PAYLOADS[3]}`);
    for (const payload of PAYLOADS.slice(0, 12)) expect(text).toContain(`imported ${payload}`);
    await nothingRan(page);
    await page.close();
    await library.close();
  });
});

/**
 * Figure 8: the library with ten thousand notes.
 *
 * 10,000 generated notes (spread evenly over the four seed talks, three in
 * four attached to a claim; `lib/generate.ts`) are imported through
 * `notes.import` from an extension page into one browser's profile; a second
 * browser keeps a profile without notes, the baseline. Then, interleaved:
 *
 * - library first render: a new tab opens `library.html`; the value is the
 *   start time of the `claimline-library-ready` mark (made on the frame after
 *   the first render showing the catalogue and every note,
 *   src/library/library-controller.ts), i.e. ms from navigation start;
 * - one search: on `library.html#/search`, once the index is built (the
 *   status no longer says "Preparing search…"), a query is written into
 *   `[data-field="search"]` and an `input` event dispatched from the page
 *   world; the clock stops when a MutationObserver sees the results in the
 *   DOM. Twelve different words, one a run; the field is emptied between;
 * - export of everything as Markdown: `exportTalks(bundles, notes,
 *   'markdown', now)` (src/library/transfer.ts, what the library's Export
 *   button calls) in Node on the same bundles and notes, five runs after one
 *   warm-up; baseline: the same export without notes.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../tests/e2e/harness/browser';
import { exportTalks } from '../../src/library/transfer';
import type { Note } from '../../src/core/note';
import type { TalkBundle } from '../../src/core/talk-bundle';
import { interleaved, launchClaimline, talkIds, type BenchEnv } from '../lib/env';
import { request } from '../lib/extension';
import { generatedNotes, seedCorpus } from '../lib/generate';
import { LIBRARY_MARK, waitForMark } from '../lib/page-world';
import { medianFigure, type Figure } from '../lib/results';
import { median } from '../lib/stats';

const NOTES = 10_000;
const EXPORT_RUNS = 5;
const QUERIES = ['causal', 'benchmark', 'language models', 'discovery', 'reasoning', 'counterfactual', 'graph', 'workshop', 'intervention', 'dataset', 'llms', 'assumptions'];

async function firstRender(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.newPage();
  try {
    await browser.openExtensionPage('library.html', page);
    return await waitForMark(page, LIBRARY_MARK);
  } finally {
    await page.close();
  }
}

async function searchPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.newPage();
  await browser.openExtensionPage('library.html#/search', page);
  await page.evaluate(async () => {
    for (;;) {
      const state = document.querySelector('.lib-search-state')?.textContent ?? '';
      if (state !== '' && !state.startsWith('Preparing')) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  return page;
}

function timedSearch(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (query) => {
    const field = document.querySelector<HTMLInputElement>('[data-field="search"]')!;
    const shown = () => document.querySelector('[data-result-kind]') !== null || /Nothing found/.test(document.querySelector('.lib-search-state')?.textContent ?? '');
    if (shown()) throw new Error('results were already shown before the query');
    const rendered = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const start = performance.now();
    field.value = query;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const ms = (await rendered) - start;
    const results = document.querySelectorAll('[data-result-kind]').length;
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { ms, results };
  }, query);
}

function timedExport(bundles: readonly TalkBundle[], notes: readonly Note[]): number {
  const start = performance.now();
  const file = exportTalks(bundles, notes, 'markdown', new Date('2026-11-01T00:00:00Z'));
  const ms = performance.now() - start;
  if (file.content.length === 0) throw new Error('empty export');
  return ms;
}

export async function tenThousandNotes(env: BenchEnv): Promise<Figure[]> {
  const bundles = talkIds(env).map((id) => env.build.bundle(id));
  const notes = generatedNotes(NOTES, bundles, seedCorpus());
  const [full, empty] = await Promise.all([launchClaimline(env), launchClaimline(env)]);
  try {
    const began = performance.now();
    const merged = await request(full, 'notes.import', { notes });
    if (merged.added !== NOTES) throw new Error(`imported ${merged.added} of ${NOTES} notes`);
    env.log(`  imported ${NOTES} notes in ${((performance.now() - began) / 1000).toFixed(1)} s`);

    env.log('  library first render');
    const renders = await interleaved(env, () => firstRender(full), () => firstRender(empty));

    env.log('  search');
    const [fullSearch, emptySearch] = [await searchPage(full), await searchPage(empty)];
    const searches = await interleaved(
      { ...env, warmups: 1 },
      (run) => timedSearch(fullSearch, QUERIES[(run + QUERIES.length) % QUERIES.length]!),
      (run) => timedSearch(emptySearch, QUERIES[(run + QUERIES.length) % QUERIES.length]!),
      QUERIES.length,
    );
    if (searches.with.every((s) => s.results === 0)) throw new Error('no query found anything: the search measured nothing');

    env.log('  export');
    // Seconds a run: five runs (after one warm-up) are plenty in Node and keep the bench within minutes.
    const exports = await interleaved({ ...env, warmups: 1 }, async () => timedExport(bundles, notes), async () => timedExport(bundles, []), EXPORT_RUNS);
    return [
      medianFigure({ name: `library first render with ${NOTES.toLocaleString('en-US')} notes, navigation start → ready mark (baseline: no notes)`, unit: 'ms', budget: 300 }, renders.with, median(renders.without)),
      medianFigure({ name: `one search over ${NOTES.toLocaleString('en-US')} notes and every talk, input → results in the DOM (baseline: no notes)`, unit: 'ms', budget: 30 }, searches.with.map((s) => s.ms), median(searches.without.map((s) => s.ms))),
      medianFigure({ name: `export of every talk with ${NOTES.toLocaleString('en-US')} notes as Markdown, in Node (baseline: no notes)`, unit: 'ms', budget: 500 }, exports.with, median(exports.without)),
    ];
  } finally {
    await Promise.all([full.close(), empty.close()]);
  }
}

/**
 * Figure 5: one `timeupdate` in a talk of 10,000 claims.
 *
 * A generated talk document (10,000 `[mm:ss]` claims, one a second, in
 * sections) is imported through the library's import path (`talks.import`
 * from an extension page), so the real overlay shows it on the stand-in page
 * of its video (10,060 s). In both browsers the paused video is put inside
 * one claim (5000.4 s); then each run dispatches 2,000 synthetic
 * `timeupdate` events on the main video from the page world and times the
 * loop with `performance.now()`. The stand-in page has its own `timeupdate`
 * listener (it moves its progress bar) on both sides; the figure is the
 * median over pairs of (with − without) of the mean time per event.
 *
 * Renders are counted as DOM mutations (MutationObserver from the page
 * world) in the panel's open shadow root and in the progress-bar marker
 * layer, during the loop and for two frames after it: they must be 0 while
 * the claim does not change. The counter is shown to work: one `timeupdate`
 * after moving the time into the next claim must produce mutations.
 */
import type { Page } from 'puppeteer-core';
import { interleaved, SYNTHETIC_CLAIMS, SYNTHETIC_TALK, withBrowsers, type BenchEnv } from '../lib/env';
import { request } from '../lib/extension';
import { seedCorpus, syntheticTalk } from '../lib/generate';
import { overlayMark, settle } from '../lib/page-world';
import { addedFigure, exactFigure, type Figure } from '../lib/results';

const EVENTS = 2000;
const INSIDE = 5000.4;

/** Seeks the paused video to `time` and waits until it has seeked and the page is quiet. */
async function seekTo(page: Page, time: number): Promise<void> {
  await page.evaluate(async (time) => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    video.pause();
    const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    video.currentTime = time;
    await seeked;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }, time);
}

interface Batch {
  /** Mean ms per event. */
  perEvent: number;
  /** Mutations seen in Claimline's DOM during the loop and two frames after. */
  mutations: number;
}

function dispatchBatch(page: Page, events: number): Promise<Batch> {
  return page.evaluate(async (events) => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    let mutations = 0;
    const observer = new MutationObserver((records) => (mutations += records.length));
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    const root = document.querySelector('claimline-panel')?.shadowRoot;
    const markers = document.querySelector('[data-claimline-markers]');
    if (root) observer.observe(root, options);
    if (markers) observer.observe(markers, options);
    const start = performance.now();
    for (let i = 0; i < events; i++) video.dispatchEvent(new Event('timeupdate'));
    const elapsed = performance.now() - start;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    mutations += observer.takeRecords().length;
    observer.disconnect();
    return { perEvent: elapsed / events, mutations };
  }, events);
}

/** Moves the time one claim on and dispatches one `timeupdate`: the mutations it caused, synchronously. */
function crossBoundary(page: Page): Promise<{ mutations: number; active: string | null }> {
  return page.evaluate(() => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    const root = document.querySelector('claimline-panel')!.shadowRoot!;
    const observer = new MutationObserver(() => undefined);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    video.currentTime += 1;
    video.dispatchEvent(new Event('timeupdate'));
    const mutations = observer.takeRecords().length;
    observer.disconnect();
    return { mutations, active: root.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id') ?? null };
  });
}

export async function timeupdate(env: BenchEnv): Promise<Figure[]> {
  const source = syntheticTalk(SYNTHETIC_TALK, SYNTHETIC_CLAIMS, seedCorpus());
  const url = env.server.url(`/watch?v=${SYNTHETIC_TALK}&autoplay=0`);
  return withBrowsers(env, async (claimline, baseline) => {
    const began = performance.now();
    const imported = await request(claimline, 'talks.import', { fileName: 'synthetic-10000-claims.md', source });
    if (!imported.stored) throw new Error(`the synthetic talk was not imported: ${JSON.stringify(imported.diagnostics.slice(0, 3))}`);
    env.log(`  imported ${SYNTHETIC_CLAIMS} claims (${(source.length / 1024).toFixed(0)} KB) in ${((performance.now() - began) / 1000).toFixed(1)} s`);

    const withPage = await claimline.newPage();
    const withoutPage = await baseline.newPage();
    await withPage.goto(url, { waitUntil: 'domcontentloaded' });
    const visible = await overlayMark(withPage, 1, 120_000);
    await withoutPage.goto(url, { waitUntil: 'domcontentloaded' });
    await Promise.all([settle(withPage, true), settle(withoutPage, false)]);
    const claims = await withPage.evaluate(() => document.querySelector('claimline-panel')!.shadowRoot!.querySelectorAll('[data-claim-id]').length);
    if (claims !== SYNTHETIC_CLAIMS) throw new Error(`the panel shows ${claims} claims, expected ${SYNTHETIC_CLAIMS}`);
    await Promise.all([seekTo(withPage, INSIDE), seekTo(withoutPage, INSIDE)]);

    const runs = await interleaved(env, () => dispatchBatch(withPage, EVENTS), () => dispatchBatch(withoutPage, EVENTS));
    const crossing = await crossBoundary(withPage);
    if (crossing.mutations === 0) throw new Error('crossing a claim boundary caused no mutation: the render counter is broken');
    await Promise.all([withPage.close(), withoutPage.close()]);

    const renders = runs.with.reduce((sum, r) => sum + r.mutations, 0);
    return [
      addedFigure({ name: `added cost of one timeupdate, 10,000-claim talk (mean of ${EVENTS.toLocaleString('en-US')} a run)`, unit: 'ms', budget: 0.05 }, runs.with.map((r) => r.perEvent), runs.without.map((r) => r.perEvent)),
      { ...exactFigure({ name: `DOM mutations in the panel during ${(EVENTS * runs.with.length).toLocaleString('en-US')} timeupdates inside one claim`, unit: '', budget: 0 }, renders), runs: runs.with.length },
      exactFigure({ name: 'DOM mutations from one timeupdate that crosses into the next claim (counter check; must be > 0)', unit: '', budget: null }, crossing.mutations),
      exactFigure({ name: 'navigation start → overlay visible, first load of the 10,000-claim talk (info)', unit: 'ms', budget: null }, visible),
    ];
  });
}

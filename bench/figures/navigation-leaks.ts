/**
 * Figure 6: what in-page navigations leave behind.
 *
 * One tab per browser opens a seed talk and settles (video metadata, the
 * overlay with Claimline, 500 ms); then two forced garbage collections
 * (DevTools `HeapProfiler.collectGarbage`) and `Performance.getMetrics`:
 * `JSHeapUsedSize`, `Nodes`, `JSEventListeners`. Then YouTube-style in-page
 * navigations (`__standin.navigate`), alternating a video that is not a talk
 * (25 different ones) and the next seed talk, each followed by the overlay's
 * mark (with Claimline, on talks) and 50 ms; every 50th lands on the talk of
 * the start, so the page shows the same thing at each reading. After 50
 * navigations (the figure) and after 50 more (steady state, for
 * information) the page settles, is collected twice and read again. Values
 * are growth with Claimline minus growth without, median over interleaved
 * runs; the tab is the only one open in its browser (the counters are the
 * renderer process's).
 *
 * The same heap figure is measured once more with V8's compilers off on
 * both sides (`--js-flags=--no-sparkplug --no-maglev --no-turbofan`, the
 * interpreter only): the difference between the two is machine code that V8
 * compiles for functions once they run often, a one-off cost per page and
 * not anything the overlay keeps.
 */
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from '../../tests/e2e/harness/browser';
import { interleaved, OTHER_VIDEOS, talkIds, withBrowsers, type BenchEnv } from '../lib/env';
import { afterGarbageCollection, navigateInPage, pause, settle, type Metrics } from '../lib/page-world';
import { addedFigure, type Figure } from '../lib/results';

const NAVIGATIONS = 50;
const RUNS = 2;
const INTERPRETER_ONLY = ['--js-flags=--no-sparkplug --no-maglev --no-turbofan'];

interface Growth {
  heapKB: number;
  nodes: number;
  listeners: number;
}

/** Where navigation `k` (0-based) goes; odd ones are talks, and every 50th is `talks[start]`. */
function route(talks: readonly string[], k: number): { videoId: string; talk: boolean } {
  if (k % 2 === 0) return { videoId: OTHER_VIDEOS[(k / 2) % OTHER_VIDEOS.length]!, talk: false };
  return { videoId: talks[(((k % NAVIGATIONS) + 1) / 2) % talks.length]!, talk: true };
}

async function navigate(page: Page, env: BenchEnv, talks: readonly string[], overlay: boolean, from: number): Promise<void> {
  for (let k = from; k < from + NAVIGATIONS; k++) {
    const { videoId, talk } = route(talks, k);
    await navigateInPage(page, env.server.url(`/watch?v=${videoId}`), overlay && talk);
    await pause(page, 50);
  }
  await settle(page, false);
}

function growth(before: Metrics, after: Metrics): Growth {
  const delta = (name: string) => (after[name] ?? Number.NaN) - (before[name] ?? Number.NaN);
  return { heapKB: delta('JSHeapUsedSize') / 1024, nodes: delta('Nodes'), listeners: delta('JSEventListeners') };
}

async function measure(browser: LaunchedBrowser, env: BenchEnv, overlay: boolean): Promise<{ first: Growth; next: Growth }> {
  const talks = talkIds(env);
  const page = await browser.newPage();
  try {
    await page.goto(env.server.url(`/watch?v=${route(talks, NAVIGATIONS - 1).videoId}&autoplay=0`), { waitUntil: 'domcontentloaded' });
    await settle(page, overlay);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const start = await afterGarbageCollection(cdp);
    await navigate(page, env, talks, overlay, 0);
    const middle = await afterGarbageCollection(cdp);
    await navigate(page, env, talks, overlay, NAVIGATIONS);
    const end = await afterGarbageCollection(cdp);
    return { first: growth(start, middle), next: growth(middle, end) };
  } finally {
    await page.close();
  }
}

export async function navigationLeaks(env: BenchEnv): Promise<Figure[]> {
  const interleavedRuns = (args: readonly string[] = []) =>
    withBrowsers(
      env,
      (claimline, baseline) => interleaved({ ...env, warmups: 0 }, () => measure(claimline, env, true), () => measure(baseline, env, false), RUNS),
      args,
    );
  const runs = await interleavedRuns();
  const interpreted = await interleavedRuns(INTERPRETER_ONLY);
  const pick = (part: 'first' | 'next', key: keyof Growth) => [runs.with.map((r) => r[part][key]), runs.without.map((r) => r[part][key])] as const;
  return [
    addedFigure({ name: `JS heap growth after ${NAVIGATIONS} in-page navigations, beyond the page’s own`, unit: 'KB', budget: 100 }, ...pick('first', 'heapKB')),
    addedFigure(
      { name: `the same with V8’s compilers off, interpreter only (what is left without compiled machine code; info)`, unit: 'KB', budget: null },
      interpreted.with.map((r) => r.first.heapKB),
      interpreted.without.map((r) => r.first.heapKB),
    ),
    addedFigure({ name: `DOM node growth after ${NAVIGATIONS} in-page navigations, beyond the page’s own`, unit: 'nodes', budget: 0 }, ...pick('first', 'nodes')),
    addedFigure({ name: `event listener growth after ${NAVIGATIONS} in-page navigations, beyond the page’s own`, unit: 'listeners', budget: 0 }, ...pick('first', 'listeners')),
    addedFigure({ name: `JS heap growth in the next ${NAVIGATIONS} navigations, beyond the page’s own (steady state; info)`, unit: 'KB', budget: null }, ...pick('next', 'heapKB')),
    addedFigure({ name: `DOM node + listener growth in the next ${NAVIGATIONS} navigations, beyond the page’s own (info)`, unit: '', budget: null }, pick('next', 'nodes')[0].map((n, i) => n + pick('next', 'listeners')[0][i]!), pick('next', 'nodes')[1].map((n, i) => n + pick('next', 'listeners')[1][i]!)),
  ];
}

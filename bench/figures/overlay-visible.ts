/**
 * Figure 4: from navigation start to the overlay's first paint.
 *
 * The overlay marks `claimline-overlay-visible` in a requestAnimationFrame
 * callback after its first render (src/overlay/controller.ts). The mark is
 * made in the content script's isolated world, but the performance timeline
 * is the document's: the page world reads it with
 * `performance.getEntriesByName` (checked below before anything is measured).
 *
 * - First load: a new tab opens a talk; the value is the mark's `startTime`
 *   (ms since the document's navigation start). Baseline: the page's own
 *   first contentful paint in the browser without Claimline, which no overlay
 *   can precede.
 * - In-page navigation: in one tab, `window.__standin.navigate()` (YouTube's
 *   way: yt-navigate-start, fetch, pushState, yt-navigate-finish) to the
 *   next seed talk; `performance.now()` is taken in the page right before the
 *   call, the value is the next mark's `startTime` minus it. Baseline: the
 *   same navigation's `yt-navigate-finish` without Claimline (YouTube's own
 *   share of the time).
 */
import type { LaunchedBrowser } from '../../tests/e2e/harness/browser';
import { interleaved, talkIds, withBrowsers, type BenchEnv } from '../lib/env';
import { navigateInPage, OVERLAY_MARK, overlayMark, settle } from '../lib/page-world';
import { medianFigure, type Figure } from '../lib/results';
import { median } from '../lib/stats';

const watch = (env: BenchEnv, videoId: string) => env.server.url(`/watch?v=${videoId}&autoplay=0`);

async function firstLoad(browser: LaunchedBrowser, url: string, overlay: boolean): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    if (overlay) return await overlayMark(page);
    return await page.evaluate(async () => {
      for (;;) {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        if (paint) return paint.startTime;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
  } finally {
    await page.close();
  }
}

export async function overlayVisible(env: BenchEnv): Promise<Figure[]> {
  const talks = talkIds(env);
  return withBrowsers(env, async (claimline, baseline) => {
    // Is the isolated world's mark visible from the page world at all?
    const probe = await claimline.newPage();
    await probe.goto(watch(env, talks[0]!), { waitUntil: 'domcontentloaded' });
    await overlayMark(probe).catch(() => {
      throw new Error(`${OVERLAY_MARK} is not visible to performance.getEntriesByName in the page world`);
    });
    await probe.close();

    env.log('  first loads');
    const first = await interleaved(
      env,
      (run) => firstLoad(claimline, watch(env, talks[(run + talks.length) % talks.length]!), true),
      (run) => firstLoad(baseline, watch(env, talks[(run + talks.length) % talks.length]!), false),
    );

    env.log('  in-page navigations');
    const [withPage, withoutPage] = [await claimline.newPage(), await baseline.newPage()];
    await withPage.goto(watch(env, talks[0]!), { waitUntil: 'domcontentloaded' });
    await withoutPage.goto(watch(env, talks[0]!), { waitUntil: 'domcontentloaded' });
    await Promise.all([settle(withPage, true), settle(withoutPage, false)]);
    const next = (run: number) => watch(env, talks[(run + env.warmups + 1) % talks.length]!);
    const navigations = await interleaved(
      env,
      async (run) => {
        const ms = (await navigateInPage(withPage, next(run), true)).visible!;
        await settle(withPage, true, 300);
        return ms;
      },
      async (run) => {
        const ms = (await navigateInPage(withoutPage, next(run), false)).finished;
        await settle(withoutPage, false, 300);
        return ms;
      },
    );
    await Promise.all([withPage.close(), withoutPage.close()]);

    return [
      medianFigure({ name: 'navigation start → overlay visible, first load (baseline: page’s own first contentful paint)', unit: 'ms', budget: 150 }, first.with, median(first.without)),
      medianFigure({ name: 'navigation start → overlay visible, in-page navigation (baseline: page’s own yt-navigate-finish)', unit: 'ms', budget: 50 }, navigations.with, median(navigations.without)),
    ];
  });
}

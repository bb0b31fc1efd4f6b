/**
 * Reading the watch page from its own (main) world. Marks the content
 * script makes in its isolated world are in the same performance timeline:
 * `performance.getEntriesByName` in the page sees them (checked in
 * `figures/overlay-visible.ts`).
 */
import type { CDPSession, Page } from 'puppeteer-core';

/** `VISIBLE_MARK` of src/overlay/controller.ts (not imported: that module pulls the whole overlay into Node). */
export const OVERLAY_MARK = 'claimline-overlay-visible';
/** `LIBRARY_READY_MARK` of src/library/library-controller.ts. */
export const LIBRARY_MARK = 'claimline-library-ready';

/**
 * Waits until the page holds at least `count` overlay marks; returns the
 * start time of the last one. Polls inside one `page.evaluate` rather than
 * with `page.waitForFunction`, whose helper script (330 KB of source, and 13
 * listeners on `window`) would otherwise be counted against Claimline.
 */
export function overlayMark(page: Page, count = 1, timeoutMs = 30_000): Promise<number> {
  return waitForMark(page, OVERLAY_MARK, count, timeoutMs);
}

export function waitForMark(page: Page, name: string, count = 1, timeoutMs = 30_000): Promise<number> {
  return page.evaluate(
    async ([name, count, timeoutMs]) => {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const marks = performance.getEntriesByName(name);
        if (marks.length >= count) return marks[marks.length - 1]!.startTime;
        if (performance.now() > deadline) throw new Error(`no ${count}th mark ${name} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    [name, count, timeoutMs] as const,
  );
}

/**
 * A YouTube-style in-page navigation (`window.__standin.navigate`, which
 * resolves after `yt-navigate-finish`), timed from `performance.now()` taken
 * in the page right before the call. With `overlay`, also waits for an
 * overlay mark made after the call (compared by time, not by count, so it
 * holds even if the overlay ever clears its old marks).
 */
export function navigateInPage(page: Page, url: string, overlay: boolean, timeoutMs = 30_000): Promise<{ finished: number; visible: number | null }> {
  return page.evaluate(
    async ([url, overlay, name, timeoutMs]) => {
      let finished = Number.NaN;
      document.addEventListener('yt-navigate-finish', () => (finished = performance.now()), { once: true });
      const start = performance.now();
      await (window as unknown as { __standin: { navigate(url: string): Promise<void> } }).__standin.navigate(url);
      if (!overlay) return { finished: finished - start, visible: null };
      for (;;) {
        const mark = performance.getEntriesByName(name).at(-1);
        if (mark && mark.startTime > start) return { finished: finished - start, visible: mark.startTime - start };
        if (performance.now() - start > timeoutMs) throw new Error(`no ${name} mark ${timeoutMs} ms after navigating to ${url}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    [url, overlay, OVERLAY_MARK, timeoutMs] as const,
  );
}

/**
 * The settle condition used alike with and without Claimline: the main
 * video has its metadata, then (with Claimline on a talk) the overlay mark
 * exists, then 500 ms pass. One evaluation in the page, so puppeteer does
 * not poll while the page settles.
 */
export async function settle(page: Page, overlay: boolean, quietMs = 500): Promise<void> {
  await page.evaluate(
    async ([overlay, name, quietMs]) => {
      const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video');
      if (!video) throw new Error('no main video on the page');
      if (video.readyState < 1) await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
      while (overlay && performance.getEntriesByName(name).length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    },
    [overlay, OVERLAY_MARK, quietMs] as const,
  );
}

export type Metrics = Record<string, number>;

/** `Performance.getMetrics` as a name → value map (durations in seconds, in the session's time domain). */
export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Forces two full garbage collections, then reads the counters. */
export async function afterGarbageCollection(cdp: CDPSession): Promise<Metrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return metrics(cdp);
}

/**
 * A pause in the scenario itself, timed in the page: the viewer's moment
 * between two navigations, or between a save and the next note. Not a wait
 * for something to happen: every figure waits for its own evidence (marks,
 * events) before it reads a clock.
 */
export async function pause(page: Page, ms: number): Promise<void> {
  await page.evaluate((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)), ms);
}

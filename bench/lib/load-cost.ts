/**
 * Main-thread cost of one first load of a watch page, read from the
 * DevTools `Performance` domain of a fresh tab. Two sessions watch the same
 * tab: one counts in thread CPU time (`threadTicks`: time the renderer's main
 * thread actually ran, which a busy machine does not inflate), the other in
 * wall-clock time (`timeTicks`). Both count every world of the page: the
 * page's scripts, puppeteer's few calls (the same with and without) and the
 * content script's isolated world. The extension's service worker runs in
 * another process and is not counted: it does not block the page.
 */
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from '../../tests/e2e/harness/browser';
import { metrics, settle } from './page-world';

export interface LoadCost {
  /** `ScriptDuration`, thread CPU, ms. */
  scriptThread: number;
  /** `TaskDuration` (all main-thread work: script, style, layout, paint), thread CPU, ms. */
  taskThread: number;
  /** `ScriptDuration`, wall clock, ms. */
  scriptWall: number;
  /** `TaskDuration`, wall clock, ms. */
  taskWall: number;
}

/**
 * Opens `url` in a new tab, waits for the settle condition (video metadata,
 * the overlay mark when `overlay`, then 500 ms), and returns the counters
 * accumulated since the navigation began.
 */
export async function loadCost(browser: LaunchedBrowser, url: string, overlay: boolean, inspect?: (page: Page) => Promise<void>): Promise<LoadCost> {
  const page = await browser.newPage();
  try {
    const thread = await page.createCDPSession();
    const wall = await page.createCDPSession();
    await thread.send('Performance.enable', { timeDomain: 'threadTicks' });
    await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await settle(page, overlay);
    const [t, w] = await Promise.all([metrics(thread), metrics(wall)]);
    await inspect?.(page);
    const ms = (seconds: number | undefined) => {
      if (seconds === undefined) throw new Error('Performance.getMetrics lacks ScriptDuration/TaskDuration');
      return seconds * 1000;
    };
    return { scriptThread: ms(t.ScriptDuration), taskThread: ms(t.TaskDuration), scriptWall: ms(w.ScriptDuration), taskWall: ms(w.TaskDuration) };
  } finally {
    await page.close();
  }
}

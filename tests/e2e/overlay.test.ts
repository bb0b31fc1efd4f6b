/**
 * The overlay in the browser under test on the stand-in watch page: it
 * appears for the seed talks and nowhere else, follows playback, seeks, marks
 * the progress bar, survives in-page navigation without leaking, adapts to
 * the layout.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserUnderTest, launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startServer, type StandinServer } from './harness/server';
import { standin, waitForVideo } from './harness/standin';
import { $, ACTIVE, CLAIM, PANEL, activeClaimId, blurPanel, countListeners, inPanel, openTalkPage, press, setTime, until, video, waitForActive, waitForUrl, youtubeKeys } from './overlay-page';
import { builtBundle, builtTalks, standinDuration, talkVideos } from './talks';

const OUT = join(import.meta.dirname, 'out');
const talks = builtTalks();
const [first, second] = talks;
const OTHER = 'abcdefghijk';

let server: StandinServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startServer({ videos: { ...talkVideos(), [OTHER]: { durationSeconds: 300, title: 'Not a talk' } } });
  browser = await launchWithExtension({ serverPort: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  await browser.inExtension((ext) => ext.storage.local.clear());
  const [first, ...others] = await browser.pages();
  for (const open of others) await open.close();
  page = first ?? (await browser.newPage());
});

async function openTalk(videoId: string, query = '') {
  await openTalkPage(page, server.url(`/watch?v=${videoId}${query}`));
}

describe('finding the talk', () => {
  it.each(talks.map((t) => [t.videoId, t] as const))('%s: the panel shows every claim, in the side column above the recommendations', async (videoId, talk) => {
    await openTalk(videoId, '&autoplay=0');
    expect(await $(page, CLAIM).count()).toBe(talk.claims);
    expect(await $(page, PANEL).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('claimline-panel')?.parentElement?.id)).toBe('secondary-inner');
    expect(await $(page, inPanel('h2, [class*="title"]')).first().textContent()).toContain(talk.title);
  });

  it('shows nothing on another video, then appears when the viewer navigates in place to a talk', async () => {
    await page.goto(server.url(`/watch?v=${OTHER}`), { waitUntil: 'domcontentloaded' });
    await waitForVideo(page);
    // Every panel or marker layer ever added, with the address it was added under.
    await page.evaluate(() => {
      const added: string[] = [];
      (window as unknown as { __added: string[] }).__added = added;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof Element && node.matches('claimline-panel, [data-claimline-markers]')) added.push(`${node.localName} ${location.search}`);
      }).observe(document, { childList: true, subtree: true });
    });
    expect(await $(page, PANEL).count()).toBe(0);
    await standin(page).navigate(`/watch?v=${first!.videoId}`);
    await $(page, CLAIM).first().waitFor();
    expect(await $(page, CLAIM).count()).toBe(first!.claims);
    // The other video's lookup went to the background first, so it was answered by now: it added nothing.
    const added = await page.evaluate(() => (window as unknown as { __added: string[] }).__added);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((entry) => entry.endsWith(`?v=${first!.videoId}`))).toBe(true);
  });
});

describe('following playback', () => {
  it('seeking the video to a claim makes it the active one, and earlier claims look passed', async () => {
    await openTalk('zFeAtV7AN0A', '&autoplay=0');
    await setTime(page, 761 + 3);
    await waitForActive(page, 't12-41-00');
    expect(await $(page, ACTIVE).count()).toBe(1);
    expect(await $(page, `${CLAIM}[data-claim-id="t12-10-00"]`).getAttribute('class')).toMatch(/passed/);
    expect(await $(page, `${CLAIM}[data-claim-id="t13-05-00"]`).getAttribute('class')).not.toMatch(/passed/);
    await setTime(page, 10);
    await waitForActive(page, null);
  });

  it('keeps the spoken claim in view while playing; a scroll by the viewer pauses that until "Back to now"', async () => {
    await openTalk('zFeAtV7AN0A', '&autoplay=0');
    const inView = (id: string) =>
      page.evaluate((id: string) => {
        const el = document.querySelector('claimline-panel')!.shadowRoot!.querySelector(`[data-claim-id="${id}"]`)!;
        let box = el.parentElement;
        while (box && !/auto|scroll/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
        const item = el.getBoundingClientRect();
        const list = box!.getBoundingClientRect();
        return item.top >= list.top - 1 && item.bottom <= list.bottom + 1;
      }, id);
    await setTime(page, 1300);
    await expect.poll(() => inView('t21-38-00')).toBe(true);
    const list = $(page, inPanel('[data-claim-id="t21-38-00"]'));
    const box = await list.boundingBox();
    await page.mouse.move(box!.x + 20, box!.y + 5);
    await page.mouse.wheel({ deltaY: -3000 });
    await $(page, inPanel('[data-action="back-to-now"]')).waitFor();
    await setTime(page, 1800);
    await waitForActive(page, 't29-50-00');
    expect(await inView('t29-50-00')).toBe(false);
    await $(page, inPanel('[data-action="back-to-now"]')).click();
    await expect.poll(() => inView('t29-50-00')).toBe(true);
    expect(await $(page, inPanel('[data-action="back-to-now"]')).count()).toBe(0);
  });

  it('clicking a claim seeks the video to its start and plays', async () => {
    await openTalk('zFeAtV7AN0A', '&autoplay=0');
    await $(page, `${CLAIM}[data-claim-id="t21-38-00"]`).click();
    await until(page, () => !document.querySelector<HTMLVideoElement>('#movie_player video')!.paused);
    const { currentTime } = await video(page);
    expect(currentTime).toBeGreaterThanOrEqual(1298);
    expect(currentTime).toBeLessThan(1301);
    await waitForActive(page, 't21-38-00');
  });

  it('the keyboard alone: arrows move between claims, Enter seeks, [ and ] step; YouTube never sees those keys', async () => {
    await openTalk('Y4wMksHyMFg', '&autoplay=0');
    await $(page, CLAIM).first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.querySelector('claimline-panel')!.shadowRoot!.activeElement?.getAttribute('data-claim-id'));
    expect(focused).toBe('t00-03-54');
    await page.keyboard.press('Enter');
    await until(page, () => Math.abs(document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime - 234) < 2);
    await page.keyboard.press('k');
    expect(await youtubeKeys(page)).toEqual([]);
    await blurPanel(page);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await press(page, ']');
    await until(page, () => Math.abs(document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime - 243) < 1);
    await press(page, '[');
    await until(page, () => Math.abs(document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime - 234) < 1);
    await page.keyboard.press('k');
    expect(await youtubeKeys(page)).toEqual(['k']);
  });

  it('during an ad nothing syncs and a click on a claim does not seek; afterwards the talk is followed again', async () => {
    await openTalk('zFeAtV7AN0A', '&autoplay=0');
    await setTime(page, 500);
    await waitForActive(page, 't08-06-00');
    await standin(page).startAd();
    await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 3));
    // A seek sets currentTime at once, in the click's own handler: reading it right after the click is enough.
    await $(page, `${CLAIM}[data-claim-id="t21-38-00"]`).click();
    const during = await video(page);
    expect(during.currentTime).toBeLessThan(40);
    expect(await activeClaimId(page)).toBe('t08-06-00');
    await standin(page).endAd();
    await setTime(page, 1300);
    await waitForActive(page, 't21-38-00');
  });
});

describe('the progress bar', () => {
  it('one marker per claim at the right percent, not catching the pointer; hovering near one shows its label', async () => {
    const talk = talks.find((t) => t.videoId === 'zFeAtV7AN0A')!;
    await openTalk(talk.videoId, '&autoplay=0');
    const markers = $(page, '.ytp-progress-bar [data-claimline-marker]');
    await markers.first().waitFor({ state: 'attached' });
    expect(await markers.count()).toBe(talk.claims);
    const placed = await markers.evalAll((els) => els.map((el) => ({ start: Number((el as HTMLElement).dataset.start), left: parseFloat((el as HTMLElement).style.left) })));
    const duration = standinDuration(talk);
    for (const { start, left } of placed) expect(left).toBeCloseTo((start / duration) * 100, 3);
    expect(await $(page, '[data-claimline-markers]').evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    expect(await $(page, '[data-claimline-marker][data-section-start="true"]').count()).toBeGreaterThan(5);

    const bar = await $(page, '.ytp-progress-bar').boundingBox();
    await page.mouse.move(bar!.x + bar!.width * (761 / duration), bar!.y + bar!.height / 2);
    await expect.poll(() => $(page, '[data-claimline-tooltip]').textContent()).toContain('critical review of causal inference benchmarks');
    await page.mouse.click(bar!.x + bar!.width * 0.5, bar!.y + bar!.height / 2);
    await expect.poll(async () => (await video(page)).currentTime).toBeCloseTo(duration / 2, -1);
  });
});

describe('navigation', () => {
  it('in-page navigation swaps the timeline and removes it for other videos; twenty navigations leave one overlay and no listeners behind', async () => {
    const [a, b] = [first!, second!];
    await page.goto(server.url(`/watch?v=${OTHER}&autoplay=0`), { waitUntil: 'domcontentloaded' });
    await waitForVideo(page);
    // Firefox offers a WebDriver client no way to list a page's listeners (countListeners is null there):
    // it checks the overlays and markers left behind, Chromium the listeners too.
    const bare = await countListeners(page);
    await standin(page).navigate(`/watch?v=${a.videoId}`);
    await $(page, CLAIM).nth(a.claims - 1).waitFor();
    const withTalk = await countListeners(page);
    if (browser.name === 'chromium') expect(withTalk).toBeGreaterThan(bare!);

    const route = [b.videoId, OTHER, a.videoId, b.videoId, a.videoId];
    for (let i = 0; i < 20; i++) {
      const target = route[i % route.length]!;
      await standin(page).navigate(`/watch?v=${target}`);
      if (target === OTHER) await $(page, PANEL).waitFor({ state: 'detached' });
      else await until(page, (count: number) => document.querySelector('claimline-panel')?.shadowRoot?.querySelectorAll('[data-claim-id]').length === count, target === a.videoId ? a.claims : b.claims);
    }
    // The 20th navigation (i = 19) went to route[4] = a.
    const panels = await page.evaluate(() => [...document.querySelectorAll('claimline-panel')].map((p) => `${p.parentElement?.id}: ${p.shadowRoot?.textContent?.slice(0, 80)}`));
    expect(panels).toHaveLength(1);
    expect(await $(page, '[data-claimline-markers]').count()).toBe(1);
    expect(await $(page, CLAIM).count()).toBe(a.claims);
    expect(await countListeners(page)).toBe(withTalk);
    await standin(page).navigate(`/watch?v=${OTHER}`);
    await $(page, PANEL).waitFor({ state: 'detached' });
    expect(await $(page, '[data-claimline-markers], [data-claimline-tooltip]').count()).toBe(0);
    expect(await countListeners(page)).toBe(bare);
  });

  it('a concept opens the other talk that discusses it, at that moment', async () => {
    await openTalk('Y4wMksHyMFg', '&autoplay=0');
    await $(page, inPanel('[role="tab"]'), { hasText: 'Concepts' }).click();
    const elsewhere = builtBundle('Y4wMksHyMFg').concepts.flatMap((c) => c.elsewhere)[0]!;
    await $(page, inPanel('button'), { hasText: elsewhere.talkTitle }).first().click();
    await waitForUrl(page, new RegExp(`v=${elsewhere.videoId}&t=${Math.floor(elsewhere.start)}s`));
    await until(page, (count: number) => document.querySelector('claimline-panel')?.shadowRoot?.querySelectorAll('[data-claim-id]').length === count, talks.find((t) => t.videoId === elsewhere.videoId)!.claims);
  });
});

describe('layout and theme', () => {
  it('theater mode gives a compact overlay inside the player; a narrow window puts the panel below the player', async () => {
    await openTalk('sljBU_HFnFs', '&autoplay=0');
    await standin(page).setTheater(true);
    await until(page, () => document.querySelector('claimline-panel')?.closest('#movie_player') !== null);
    expect(await $(page, inPanel('.claimline')).getAttribute('data-layout')).toBe('overlay');
    await standin(page).setTheater(false);
    await standin(page).setNarrow(true);
    await until(page, () => document.querySelector('claimline-panel')?.closest('#below') !== null);
    expect(await $(page, inPanel('.claimline')).getAttribute('data-layout')).toBe('below');
  });

  // Headless Firefox refuses the Fullscreen API (a fullscreenerror, whatever the prefs), so this runs in Chromium only.
  it.skipIf(browserUnderTest() === 'firefox')('fullscreen gives the compact overlay, and leaving it brings the panel back to the side column', async () => {
    await openTalk('sljBU_HFnFs', '&autoplay=0');
    await $(page, '.ytp-fullscreen-button').click();
    await until(page, () => !!document.fullscreenElement);
    await $(page, inPanel('.claimline[data-layout="overlay"]')).waitFor();
    await page.evaluate(() => document.exitFullscreen());
    await $(page, inPanel('.claimline[data-layout="side"]')).waitFor();
    expect(await page.evaluate(() => document.querySelector('claimline-panel')?.parentElement?.id)).toBe('secondary-inner');
  });

  it('collapsing is remembered across a reload', async () => {
    await openTalk('sljBU_HFnFs', '&autoplay=0');
    await $(page, inPanel('button[aria-expanded="true"]')).click();
    await $(page, CLAIM).first().waitFor({ state: 'detached' });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await $(page, inPanel('button[aria-expanded="false"]')).waitFor();
    expect(await $(page, CLAIM).count()).toBe(0);
  });

  it('matches the light and dark themes (screenshots saved for a person to look at)', async () => {
    mkdirSync(OUT, { recursive: true });
    await openTalk('zFeAtV7AN0A', '&autoplay=0');
    await setTime(page, 1300);
    await $(page, ACTIVE).waitFor();
    await $(page, PANEL).screenshot({ path: join(OUT, `panel-light-${browser.name}.png`) });
    const light = await $(page, inPanel('.claimline')).evaluate((el) => getComputedStyle(el).backgroundColor);
    await standin(page).setDarkTheme(true);
    await until(page, () => document.querySelector('claimline-panel')?.shadowRoot?.querySelector('.claimline')?.getAttribute('data-theme') === 'dark');
    await $(page, PANEL).screenshot({ path: join(OUT, `panel-dark-${browser.name}.png`) });
    const dark = await $(page, inPanel('.claimline')).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(dark).not.toBe(light);
    await page.screenshot({ path: join(OUT, `watch-page-dark-${browser.name}.png`) });
  });
});

describe('documents are shown as text', () => {
  it('claim text never becomes markup in YouTube’s page', async () => {
    await openTalk('zFeAtV7AN0A', '&autoplay=0');
    const html = await $(page, PANEL).evaluate((host) => host.shadowRoot!.innerHTML);
    expect(html).not.toMatch(/<script|onerror=/i);
  });
});

describe('other YouTube hosts and forms', () => {
  it('m.youtube.com watch pages get the panel', async () => {
    await page.goto(server.url(`/watch?v=${first!.videoId}&autoplay=0`, 'm.youtube.com'), { waitUntil: 'domcontentloaded' });
    await $(page, CLAIM).first().waitFor();
    expect(await $(page, CLAIM).count()).toBe(first!.claims);
  });

  it('an embedded player (youtube-nocookie.com/embed) gets the compact overlay inside the player', async () => {
    await page.goto(server.url(`/embed/${first!.videoId}?autoplay=0`, 'www.youtube-nocookie.com'), { waitUntil: 'domcontentloaded' });
    await $(page, inPanel('.claimline[data-layout="overlay"]')).waitFor();
    expect(await page.evaluate(() => document.querySelector('claimline-panel')?.closest('#movie_player') !== null)).toBe(true);
  });
});

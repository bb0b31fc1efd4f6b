/**
 * Issue 7, "YouTube changes": the built extension in the browser under test on the
 * stand-in watch page in each layout and state of ../shared/YOUTUBE.md. In
 * each, a viewer finds the overlay usable where it belongs (or gone without a
 * trace), following and seeking the MAIN video, with markers on the main seek
 * bar, and nothing in the console.
 *
 * Run: `npx wxt build && npx vitest run --config vitest.hardening.config.ts`.
 * Another build: `CLAIMLINE_OUT_DIR=.tmp/x npx wxt build`, then `CLAIMLINE_EXTENSION_PATH=.tmp/x/chrome-mv3`.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserUnderTest, launchWithExtension, type ExtensionBrowser } from '../e2e/harness/browser';
import { startServer, type StandinServer } from '../e2e/harness/server';
import { standin } from '../e2e/harness/standin';
import { $, blurPanel, press, until } from '../e2e/overlay-page';
import { builtBundle, builtTalks, standinDuration, talkVideos } from '../e2e/talks';

const TALK = 'zFeAtV7AN0A';
/** Another talk, of another length, for previews that must not lend the main video their duration. */
const OTHER_TALK = 'Y4wMksHyMFg';
const talk = builtTalks().find((t) => t.videoId === TALK)!;
const DURATION = standinDuration(talk);
const claims = [...builtBundle(TALK).talk.claims].sort((a, b) => a.start - b.start);
/** The claim spoken at `seconds` of the talk. */
const claimAt = (seconds: number) => claims.filter((c) => c.start <= seconds).at(-1)!;
const EARLY = claimAt(500); // t08-06-00, 486 s
const MIDDLE = claimAt(770); // t12-41-00, 761 s
const LATE = claimAt(1300); // t21-38-00, 1298 s
/** Longer than the talk's first claim (83 s), so that markers placed by the ad's duration would show. */
const AD_SECONDS = 120;

/** The talk's own <video>: the one in #movie_player's own container, wherever the player has been moved. */
const MAIN_VIDEO = '#movie_player > .html5-video-container > video';
const MAIN_BAR = '#movie_player > .ytp-chrome-bottom .ytp-progress-bar';
const PANEL = 'claimline-panel';
const CLAIM = `${PANEL} >>> [data-claim-id]`;

let server: StandinServer;
let browser: ExtensionBrowser;
let page: Page;
let errors: ErrorWatch;

beforeAll(async () => {
  server = await startServer({ videos: talkVideos(), adDurationSeconds: AD_SECONDS });
  // CLAIMLINE_EXTENSION_PATH: another build to test (a deliberately broken one, say) without touching `.output`.
  browser = await launchWithExtension({ serverPort: server.port, extensionPath: process.env.CLAIMLINE_EXTENSION_PATH });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await browser.inExtension((ext) => ext.storage.local.clear());
  page = await browser.newPage();
  errors = await watchForErrors(page);
});
afterEach(async () => {
  const seen = await errors.stop();
  await page.close();
  expect(seen, 'page errors, or console errors from Claimline').toEqual([]);
});

interface ErrorWatch {
  /** Stops watching and returns what was seen. */
  stop(): Promise<string[]>;
}

/**
 * Uncaught errors in any world of the page, console errors that mention
 * Claimline or come from its files, and (Chromium, through DevTools) every
 * console error logged in Claimline's own world. Firefox reports its content
 * scripts' errors and console with their moz-extension:// files, which the
 * first two catch.
 */
async function watchForErrors(target: Page): Promise<ErrorWatch> {
  const seen: string[] = [];
  target.on('pageerror', (error) => seen.push(`page error: ${(error as Error).stack ?? String(error)}`));
  target.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url ?? '';
    if (/claimline/i.test(message.text()) || /^(chrome|moz)-extension:\/\//.test(where)) seen.push(`console error: ${message.text()} (${where})`);
  });
  if (browserUnderTest() !== 'chromium') return { stop: async () => [...seen] };
  const cdp = await target.createCDPSession();
  const ours = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === 'Claimline' || context.origin.startsWith('chrome-extension://')) ours.add(context.id);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if ((type === 'error' || type === 'assert') && ours.has(executionContextId)) {
      seen.push(`console error in Claimline's world: ${args.map((a) => a.description ?? String(a.value)).join(' ')}`);
    }
  });
  await cdp.send('Runtime.enable');
  return {
    async stop() {
      await cdp.detach().catch(() => undefined);
      return [...seen];
    },
  };
}

// ---- what a viewer sees ------------------------------------------------------------

async function open(query: string, { waitForVideo = true, autoplay = false } = {}) {
  await page.goto(server.url(`/watch?v=${TALK}&autoplay=${autoplay ? 1 : 0}${query}`), { waitUntil: 'domcontentloaded' });
  await $(page, CLAIM).first().waitFor();
  if (waitForVideo) await mainVideoReady();
}

async function mainVideoReady() {
  await until(page, (selector: string) => (document.querySelector<HTMLVideoElement>(selector)?.readyState ?? 0) >= 1, MAIN_VIDEO);
}

function mainVideo() {
  return page.evaluate((selector: string) => {
    const v = document.querySelector<HTMLVideoElement>(selector)!;
    return { currentTime: v.currentTime, paused: v.paused, duration: v.duration };
  }, MAIN_VIDEO);
}

/** Seeks the main video as the viewer would with YouTube's controls, and waits until it got there. */
async function seekMain(seconds: number) {
  await page.evaluate(
    (selector: string, t: number) =>
      new Promise<void>((resolve) => {
        const v = document.querySelector<HTMLVideoElement>(selector)!;
        v.addEventListener('seeked', () => resolve(), { once: true });
        v.currentTime = t;
      }),
    MAIN_VIDEO,
    seconds,
  );
}

function activeClaim(): Promise<string | null> {
  return page.evaluate(() => document.querySelector('claimline-panel')?.shadowRoot?.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id') ?? null);
}

async function expectActive(id: string | null) {
  await expect.poll(activeClaim, { timeout: 5_000 }).toBe(id);
}

/** Clicks a claim in the panel and waits until the main video is at its start. */
async function clickClaimSeeksMain(id: string, start: number) {
  await $(page, `${CLAIM}[data-claim-id="${id}"]`).click();
  await expect.poll(async () => (await mainVideo()).currentTime, { timeout: 5_000 }).toBeGreaterThanOrEqual(start - 0.5);
  expect((await mainVideo()).currentTime).toBeLessThan(start + 5);
  await expectActive(id);
}

/** Where the panel is: its parent's id, its layout, whether it is inside the player, its box and the player's. */
function panelPlace() {
  return page.evaluate(() => {
    const host = document.querySelector('claimline-panel');
    if (!host) return null;
    const player = document.querySelector('#movie_player')!;
    const box = host.getBoundingClientRect();
    const p = player.getBoundingClientRect();
    return {
      count: document.querySelectorAll('claimline-panel').length,
      parentId: host.parentElement?.id ?? null,
      watchPage: host.closest('ytd-watch-flexy, ytd-watch-grid')?.localName ?? null,
      layout: host.shadowRoot?.querySelector('.claimline')?.getAttribute('data-layout') ?? null,
      insidePlayer: player.contains(host),
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height },
      player: { left: p.left, top: p.top, right: p.right, bottom: p.bottom },
    };
  });
}

/** The claim markers: how many in the main bar, how many anywhere, and where the main bar's markers sit (percent). */
function markers() {
  return page.evaluate((mainBar: string) => {
    const inMain = [...document.querySelectorAll<HTMLElement>(`${mainBar} [data-claimline-marker]`)];
    return {
      inMainBar: inMain.length,
      anywhere: document.querySelectorAll('[data-claimline-marker]').length,
      layers: document.querySelectorAll('[data-claimline-markers]').length,
      placed: inMain.map((el) => ({ start: Number(el.dataset.start), left: parseFloat(el.style.left) })),
    };
  }, MAIN_BAR);
}

async function expectMarkersOnMainBar() {
  await expect.poll(async () => (await markers()).inMainBar, { timeout: 5_000 }).toBe(claims.length);
  const { anywhere, layers, placed } = await markers();
  expect(anywhere).toBe(claims.length);
  expect(layers).toBe(1);
  for (const { start, left } of placed) expect(left).toBeCloseTo((start / DURATION) * 100, 2);
}

/** No claim is shown as "after the video's end": the overlay read the talk's real duration. */
async function expectNoClaimBeyondTheEnd() {
  expect(await $(page, `${CLAIM}[data-beyond="true"]`).count()).toBe(0);
}

function previewState() {
  return standin(page).state().then((s) => s.preview);
}

/**
 * Waits until the playing preview has reported its time `count` more times:
 * anything that followed the preview by mistake has had those events to act on.
 */
function previewTicks(count: number) {
  return page.evaluate(
    (wanted: number) =>
      new Promise<void>((resolve) => {
        const video = document.querySelector<HTMLVideoElement>('#inline-preview-player video')!;
        let seen = 0;
        const tick = () => {
          if (++seen < wanted) return;
          video.removeEventListener('timeupdate', tick);
          resolve();
        };
        video.addEventListener('timeupdate', tick);
      }),
    count,
  );
}

// ---- the layouts -------------------------------------------------------------------

describe('YouTube layouts', () => {
  it('ytd-watch-flexy: the panel heads the side column beside the player, follows and seeks the video, marks the bar', async () => {
    await open('');
    const place = (await panelPlace())!;
    expect(place).toMatchObject({ count: 1, parentId: 'secondary-inner', watchPage: 'ytd-watch-flexy', layout: 'side', insidePlayer: false });
    expect(place.box.left).toBeGreaterThanOrEqual(place.player.right);
    await expectMarkersOnMainBar();
    await seekMain(MIDDLE.start + 3);
    await expectActive(MIDDLE.id);
    await clickClaimSeeksMain(LATE.id, LATE.start);
  });

  it('ytd-watch-grid (2024): its own #secondary beside the player is the side column; the recommendations grid below is left alone', async () => {
    await open('&layout=grid');
    expect(await $(page, 'ytd-watch-flexy').count()).toBe(0);
    expect(await $(page, 'ytd-watch-grid > #columns > #primary #below #bottom-grid').count()).toBe(1);
    const place = (await panelPlace())!;
    expect(place).toMatchObject({ count: 1, parentId: 'secondary-inner', watchPage: 'ytd-watch-grid', layout: 'side', insidePlayer: false });
    expect(place.box.left).toBeGreaterThanOrEqual(place.player.right);
    expect(await $(page, '#bottom-grid claimline-panel').count()).toBe(0);
    await expectMarkersOnMainBar();
    await seekMain(EARLY.start + 2);
    await expectActive(EARLY.id);
    await clickClaimSeeksMain(MIDDLE.id, MIDDLE.start);
  });

  it('no side column at all (no #secondary in a wide window): the panel goes below the player and stays usable', async () => {
    await open('&secondary=0');
    expect(await $(page, '#secondary').count()).toBe(0);
    const place = (await panelPlace())!;
    expect(place).toMatchObject({ count: 1, parentId: 'below', layout: 'below', insidePlayer: false });
    expect(place.box.top).toBeGreaterThanOrEqual(place.player.bottom - 1);
    expect(place.box.height).toBeGreaterThan(100);
    await expectMarkersOnMainBar();
    await clickClaimSeeksMain(LATE.id, LATE.start);
  });

  it('theater mode (ytd-watch-grid): the compact overlay sits inside the player, clickable; leaving theater brings it back to the side', async () => {
    await open('&layout=grid');
    await standin(page).setTheater(true);
    await expect.poll(async () => (await panelPlace())?.layout).toBe('overlay');
    const place = (await panelPlace())!;
    expect(place.insidePlayer).toBe(true);
    expect(place.box.width).toBeGreaterThan(100);
    expect(place.box.right).toBeLessThanOrEqual(place.player.right + 1);
    await clickClaimSeeksMain(MIDDLE.id, MIDDLE.start);
    await expectMarkersOnMainBar();
    await standin(page).setTheater(false);
    await expect.poll(async () => (await panelPlace())?.parentId).toBe('secondary-inner');
  });

  // Headless Firefox refuses the Fullscreen API (a fullscreenerror, whatever the prefs), so this runs in Chromium only.
  it.skipIf(browserUnderTest() === 'firefox')('fullscreen: the compact overlay is inside the player within the fullscreen element, clickable, and the markers stay', async () => {
    await open('');
    await $(page, '.ytp-fullscreen-button').click();
    await until(page, () => !!document.fullscreenElement);
    await expect.poll(async () => (await panelPlace())?.layout).toBe('overlay');
    expect((await panelPlace())!.insidePlayer).toBe(true);
    expect(await page.evaluate(() => document.fullscreenElement?.contains(document.querySelector('claimline-panel')) ?? false)).toBe(true);
    await clickClaimSeeksMain(LATE.id, LATE.start);
    await expectMarkersOnMainBar();
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(async () => (await panelPlace())?.layout).toBe('side');
  });

  it('the 2025 player (.ytp-delhi-modern): markers on its bar, which still takes the pointer; the panel works as usual', async () => {
    await open('&player=delhi');
    expect(await $(page, '#movie_player.ytp-delhi-modern').count()).toBe(1);
    await expectMarkersOnMainBar();
    expect(await $(page, '[data-claimline-markers]').evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    const bar = (await $(page, MAIN_BAR).boundingBox())!;
    await page.mouse.click(bar.x + bar.width * 0.5, bar.y + bar.height / 2);
    await expect.poll(async () => (await mainVideo()).currentTime).toBeCloseTo(DURATION / 2, -1);
    expect((await panelPlace())!).toMatchObject({ parentId: 'secondary-inner', layout: 'side' });
    await clickClaimSeeksMain(EARLY.id, EARLY.start);
  });
});

// ---- the player's parts, late or missing --------------------------------------------

describe('YouTube player parts that are missing or late', () => {
  it('no progress bar: nothing breaks and the panel works; markers appear when the bar shows up, and again when YouTube rebuilds it', async () => {
    await open('&bar=0');
    expect(await $(page, '.ytp-progress-bar').count()).toBe(0);
    await clickClaimSeeksMain(MIDDLE.id, MIDDLE.start);
    expect((await markers()).anywhere).toBe(0);
    await expectNoClaimBeyondTheEnd();

    await standin(page).setProgressBar(true);
    await expectMarkersOnMainBar();
    // YouTube re-renders its controls: a new bar element replaces the old one.
    await standin(page).setProgressBar(true);
    await expectMarkersOnMainBar();
    await standin(page).setProgressBar(false);
    await expect.poll(async () => (await markers()).anywhere).toBe(0);
    expect(await $(page, '[data-claimline-tooltip]').count()).toBe(0);
  });

  it('a <video> inserted 1.5 s late: the panel is there at once, then follows and seeks that video once it arrives', async () => {
    await open('&lateVideo=1500', { waitForVideo: false });
    expect(await $(page, MAIN_VIDEO).count()).toBe(0);
    // A click before the video exists does nothing, and throws nothing.
    await $(page, `${CLAIM}[data-claim-id="${EARLY.id}"]`).click();
    await $(page, MAIN_VIDEO).waitFor({ state: 'attached', timeout: 5_000 });
    await mainVideoReady();
    await expectMarkersOnMainBar();
    await seekMain(MIDDLE.start + 3);
    await expectActive(MIDDLE.id);
    await clickClaimSeeksMain(LATE.id, LATE.start);
  });
});

// ---- other videos in the page ------------------------------------------------------

describe('videos other than the talk', () => {
  it('a hover preview playing first in the page (another video, its own seek bar): the overlay follows and seeks the main video, never the preview', async () => {
    await open(`&preview=app&previewVideo=${OTHER_TALK}&previewAt=100`);
    await expect.poll(async () => (await previewState())?.paused, { timeout: 5_000 }).toBe(false);
    expect(await $(page, 'ytd-app > #video-preview #inline-preview-player video.html5-main-video').count()).toBe(1);
    // The preview's duration (24 min) must not stand in for the talk's (32 min).
    await expectNoClaimBeyondTheEnd();
    await expectMarkersOnMainBar();
    expect(await $(page, '#inline-preview-player [data-claimline-marker]').count()).toBe(0);

    await seekMain(MIDDLE.start + 3);
    await expectActive(MIDDLE.id);
    // The preview jumps far away: the active claim stays with the main video.
    expect(await standin(page).setPreviewTime(1300)).toBeGreaterThan(1299);
    await previewTicks(2);
    expect(await activeClaim()).toBe(MIDDLE.id);

    const previewBefore = (await previewState())!.currentTime;
    await clickClaimSeeksMain(EARLY.id, EARLY.start);
    const previewAfter = (await previewState())!.currentTime;
    expect(Math.abs(previewAfter - previewBefore)).toBeLessThan(5);
  });

  it('a hover preview inside #movie_player, before a late main video (same file): nothing follows the preview; the main video is found when it arrives', async () => {
    await open(`&lateVideo=1200&preview=player&previewVideo=${TALK}&previewAt=${LATE.start + 2}`, { waitForVideo: false });
    await expect.poll(async () => (await previewState())?.paused, { timeout: 5_000 }).toBe(false);
    // Only the preview plays so far, at LATE's time: no claim may light up from it.
    await previewTicks(2);
    expect(await activeClaim()).toBe(null);

    await $(page, MAIN_VIDEO).waitFor({ state: 'attached', timeout: 5_000 });
    await mainVideoReady();
    await expectMarkersOnMainBar();
    expect(await $(page, '#inline-preview-player [data-claimline-marker]').count()).toBe(0);
    await seekMain(EARLY.start + 2);
    await expectActive(EARLY.id);
    await standin(page).setPreviewTime(MIDDLE.start + 2);
    await previewTicks(2);
    expect(await activeClaim()).toBe(EARLY.id);
    await clickClaimSeeksMain(LATE.id, LATE.start);
  });

  it('the miniplayer: browsing away steps aside cleanly while the talk keeps playing; expanding it brings the overlay back on the same video', async () => {
    await open('', { autoplay: true });
    await expectMarkersOnMainBar();
    await seekMain(MIDDLE.start + 3);
    await expectActive(MIDDLE.id);

    await standin(page).openMiniplayer();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await $(page, 'ytd-miniplayer[active] #movie_player video').count()).toBe(1);
    await $(page, PANEL).waitFor({ state: 'detached' });
    expect(await $(page, '[data-claimline-markers], [data-claimline-marker], [data-claimline-tooltip]').count()).toBe(0);
    const minimised = await mainVideo();
    expect(minimised.paused).toBe(false);
    await expect.poll(async () => (await mainVideo()).currentTime).toBeGreaterThan(minimised.currentTime + 0.5);

    // The viewer pauses in the miniplayer (the player's page then stays still), then expands it:
    // the watch page renders first and takes its player back a moment later.
    await page.evaluate((selector: string) => document.querySelector<HTMLVideoElement>(selector)!.pause(), MAIN_VIDEO);
    await standin(page).expandMiniplayer({ reattachAfterMs: 600 });
    expect(await $(page, 'ytd-watch-flexy #player-container #movie_player').count()).toBe(1);
    await $(page, CLAIM).first().waitFor();
    expect((await panelPlace())!).toMatchObject({ count: 1, parentId: 'secondary-inner', layout: 'side' });
    await expectMarkersOnMainBar();
    await expectActive(claimAt((await mainVideo()).currentTime).id);
    await seekMain(LATE.start + 3);
    await expectActive(LATE.id);
    await clickClaimSeeksMain(EARLY.id, EARLY.start);
  });

  it('an ad: nothing follows its time, a claim click or ] does not seek, markers do not take the ad’s length; afterwards the talk is followed again', async () => {
    await open('');
    await seekMain(EARLY.start + 2);
    await expectActive(EARLY.id);
    const before = (await markers()).placed;
    expect(before).toHaveLength(claims.length);

    await standin(page).startAd();
    await seekMain(60); // The ad's own clock, inside its 120 s.
    const adTime = (await mainVideo()).currentTime;
    // A seek moves currentTime at once, inside the click's or the key's own handler: reading it right after is enough.
    await $(page, `${CLAIM}[data-claim-id="${LATE.id}"]`).click();
    await blurPanel(page);
    await press(page, ']');
    const after = await page.evaluate((selector: string) => {
      const v = document.querySelector<HTMLVideoElement>(selector)!;
      return { currentTime: v.currentTime, seeking: v.seeking };
    }, MAIN_VIDEO);
    expect(after.seeking).toBe(false);
    expect(Math.abs(after.currentTime - adTime)).toBeLessThan(2);
    expect(await activeClaim()).toBe(EARLY.id);
    // Markers are either hidden or where they were; never spread over the ad's 120 s.
    const during = (await markers()).placed;
    if (during.length) expect(during).toEqual(before);

    await standin(page).endAd();
    await expectMarkersOnMainBar();
    await seekMain(LATE.start + 2);
    await expectActive(LATE.id);
    await clickClaimSeeksMain(MIDDLE.id, MIDDLE.start);
  });
});

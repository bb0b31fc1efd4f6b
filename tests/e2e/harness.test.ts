// Proves the e2e harness itself: the built extension loads in the browser under
// test, the YouTube hosts reach the stand-in server over HTTPS through the
// proxy (and nothing else does), the video plays and seeks, and the stand-in
// app navigates in-page like YouTube.
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { recordEvents, standin, waitForVideo } from './harness/standin';
import { $, until } from './overlay-page';
import { startServer, type StandinServer } from './harness/server';

const TALK = 'abcdefghijk';
const OTHER = 'zyxwvutsrqp';
const TALK_SECONDS = 1234;
const OTHER_SECONDS = 321;
const AD_SECONDS = 30;

type Video = { duration: number; currentTime: number; paused: boolean; src: string };
/** The main video's timing, read in the page. */
const readVideo = (page: Page) =>
  page.evaluate((): Video => {
    const v = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    return { duration: v.duration, currentTime: v.currentTime, paused: v.paused, src: v.currentSrc };
  });
/** Waits until the main video's duration rounds to `seconds` (a new src has loaded). */
const waitForDuration = (page: Page, seconds: number) =>
  until(page, (seconds: number) => Math.round(document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!.duration) === seconds, seconds);

let server: StandinServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startServer({
    videos: {
      [TALK]: { durationSeconds: TALK_SECONDS, title: 'Harness smoke talk' },
      [OTHER]: { durationSeconds: OTHER_SECONDS, title: 'Another talk' },
    },
    adDurationSeconds: AD_SECONDS,
  });
  browser = await launchWithExtension({ serverPort: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('harness', () => {
  it('loads the built extension, runs its background and opens its pages', async () => {
    expect(browser.extensionId).toMatch(browser.name === 'chromium' ? /^[a-p]{32}$/ : /^[0-9a-f-]{36}$/);
    expect(await browser.backgroundRunning()).toBe(true);
    expect(await browser.inExtension((ext) => [location.href, ext.runtime.getManifest().name])).toEqual([browser.extensionUrl('popup.html'), 'Claimline']);
  });

  it('lets the browser reach the YouTube hosts and nothing else', async () => {
    const page = await browser.newPage();
    const refused = await page.goto('https://example.com/').then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    expect(refused).not.toBe('loaded');
    await page.close();
    expect(browser.network).toContainEqual({ method: 'CONNECT', target: 'example.com:443', allowed: false });
    expect(browser.network.filter((r) => r.allowed).every((r) => /^(www\.|m\.)?youtube(-nocookie)?\.com:443$/.test(r.target))).toBe(true);
  });

  it('serves TLS for the YouTube hosts and answers a Range request for the video with 206', async () => {
    type Answer = { status: number; contentRange: string | undefined; length: number; altNames: string };
    const response = await new Promise<Answer>((resolve, reject) => {
      request(server.directUrl(`/video/${TALK}.webm`), { headers: { range: 'bytes=100-199' }, rejectUnauthorized: false }, (res) => {
        const altNames = (res.socket as TLSSocket).getPeerCertificate().subjectaltname ?? '';
        let length = 0;
        res.on('data', (chunk: Buffer) => (length += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentRange: res.headers['content-range'], length, altNames }));
      })
        .on('error', reject)
        .end();
    });
    expect(response).toMatchObject({ status: 206, length: 100 });
    expect(response.contentRange).toMatch(/^bytes 100-199\/\d+$/);
    expect(response.altNames.split(', ')).toEqual(expect.arrayContaining(['DNS:www.youtube.com', 'DNS:m.youtube.com', 'DNS:www.youtube-nocookie.com']));
  });

  it('opens www.youtube.com/watch over HTTPS on the stand-in page, with a playing video of the configured length', async () => {
    page = await browser.openPage(`https://www.youtube.com/watch?v=${TALK}`);
    expect(page.url()).toBe(`https://www.youtube.com/watch?v=${TALK}`);
    expect(await page.title()).toBe('Harness smoke talk - YouTube');
    expect(await $(page, '#below ytd-watch-metadata #title h1').innerText()).toBe('Harness smoke talk');
    expect(await $(page, 'ytd-watch-flexy').getAttribute('video-id')).toBe(TALK);
    const video = $(
      page,
      'ytd-app #page-manager > ytd-watch-flexy > #columns > #primary #player #movie_player.html5-video-player > .html5-video-container > video.html5-main-video',
    );
    expect(await video.count()).toBe(1);

    const { duration } = await waitForVideo(page);
    expect(duration).toBeCloseTo(TALK_SECONDS, 0);
    expect(await $(page, '.ytp-progress-bar[role="slider"]').getAttribute('aria-valuemax')).toBe(String(TALK_SECONDS));
    // Playing: time moves forward on its own.
    await until(page, () => document.querySelector<HTMLVideoElement>('video.html5-main-video')!.currentTime > 0.2);
    expect((await readVideo(page)).paused).toBe(false);
  });

  it('seeks to 300 s, and clicking the progress bar seeks', async () => {
    const seeked = await page.evaluate(async () => {
      const v = document.querySelector<HTMLVideoElement>('video.html5-main-video')!;
      v.pause();
      const done = new Promise((resolve) => v.addEventListener('seeked', resolve, { once: true }));
      v.currentTime = 300;
      await done;
      return { currentTime: v.currentTime, seekableEnd: v.seekable.length ? v.seekable.end(v.seekable.length - 1) : 0 };
    });
    expect(seeked.currentTime).toBeCloseTo(300, 0);
    expect(seeked.seekableEnd).toBeCloseTo(TALK_SECONDS, 0);

    const bar = (await $(page, '.ytp-progress-bar').boundingBox())!;
    await page.mouse.click(bar.x + bar.width * 0.75, bar.y + bar.height / 2);
    await until(page, (target: number) => Math.abs(document.querySelector<HTMLVideoElement>('video.html5-main-video')!.currentTime - target) < 5, TALK_SECONDS * 0.75);
  });

  it('navigates in-page when a recommendation is clicked, and back', async () => {
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const events = await recordEvents(page, ['yt-navigate-start', 'yt-navigate-finish']);

    await $(page, `#secondary #related a#thumbnail[href="/watch?v=${OTHER}"]`).click();
    const [finish] = await events.waitFor('yt-navigate-finish', 1);
    expect(finish).toMatchObject({ url: `https://www.youtube.com/watch?v=${OTHER}`, detail: { pageType: 'watch' } });
    expect((await events.all()).map((event) => event.type)).toEqual(['yt-navigate-start', 'yt-navigate-finish']);
    expect(page.url()).toBe(`https://www.youtube.com/watch?v=${OTHER}`);
    expect(await $(page, 'ytd-watch-flexy').getAttribute('video-id')).toBe(OTHER);
    expect(await page.title()).toBe('Another talk - YouTube');
    await waitForDuration(page, OTHER_SECONDS);

    await page.goBack();
    const finishes = await events.waitFor('yt-navigate-finish', 2);
    expect(finishes[1]!.url).toBe(`https://www.youtube.com/watch?v=${TALK}`);
    expect(page.url()).toBe(`https://www.youtube.com/watch?v=${TALK}`);
    expect(await $(page, 'ytd-watch-flexy').getAttribute('video-id')).toBe(TALK);
    await waitForDuration(page, TALK_SECONDS);
    // Same document throughout: the flag set before the first click survived.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect((await standin(page).state()).navigations).toBe(2);
  });

  it('plays an ad in the main video and restores the talk afterwards', async () => {
    await page.evaluate(async () => {
      const v = document.querySelector<HTMLVideoElement>('video.html5-main-video')!;
      v.pause();
      const done = new Promise((resolve) => v.addEventListener('seeked', resolve, { once: true }));
      v.currentTime = 100;
      await done;
    });
    const player = $(page, '#movie_player');
    const api = standin(page);

    await api.startAd();
    expect(await player.getAttribute('class')).toMatch(/(?=.*\bad-showing\b)(?=.*\bad-interrupting\b)/);
    expect((await api.state()).adShowing).toBe(true);
    const during = await readVideo(page);
    expect(during.duration).toBeCloseTo(AD_SECONDS, 0);
    expect(during.src).toMatch(/\/video\/standin-ad\.webm$/);

    await api.endAd();
    expect(await player.getAttribute('class')).not.toMatch(/\bad-(showing|interrupting)\b/);
    const after = await readVideo(page);
    expect(after.duration).toBeCloseTo(TALK_SECONDS, 0);
    expect(after.currentTime).toBeCloseTo(100, 0);
    expect(after.paused).toBe(true);
  });

  it('switches layout, theme, theater and narrow mode', async () => {
    const grid = await browser.openPage(`https://www.youtube.com/watch?v=${TALK}&layout=grid&theme=dark&autoplay=0`);
    expect(await $(grid, 'ytd-watch-grid[video-id] #movie_player').count()).toBe(1);
    expect(await $(grid, 'ytd-watch-flexy').count()).toBe(0);
    expect(await $(grid, 'html[dark]').count()).toBe(1);

    await $(grid, '.ytp-size-button').click();
    expect(await $(grid, 'ytd-watch-grid[theater] #player-full-bleed-container #movie_player').count()).toBe(1);
    await standin(grid).setTheater(false);
    expect(await $(grid, '#columns #player #movie_player').count()).toBe(1);

    await standin(grid).setNarrow(true);
    expect(await $(grid, '#secondary').count()).toBe(0);
    await standin(grid).setDarkTheme(false);
    expect(await $(grid, 'html[dark]').count()).toBe(0);
    await grid.close();
  });

  it('serves a home page that is not a watch page', async () => {
    const home = await browser.openPage('https://www.youtube.com/');
    expect(await standin(home).state()).toMatchObject({ pageType: 'browse', videoId: null });
    expect(await $(home, 'ytd-watch-flexy, video').count()).toBe(0);
    expect(await $(home, `ytd-browse a#thumbnail[href="/watch?v=${TALK}"]`).count()).toBe(1);
    await home.close();
  });

  it.each([
    ['https://m.youtube.com/watch?v=abcdefghijk', 'watch'],
    ['https://www.youtube-nocookie.com/embed/abcdefghijk', 'embed'],
    ['https://youtube.com/shorts/abcdefghijk', 'shorts'],
  ])('resolves %s to the stand-in page', async (url, pageType) => {
    const other = await browser.openPage(url);
    expect(other.url()).toBe(url);
    expect(await standin(other).state()).toMatchObject({ pageType, videoId: TALK });
    expect((await waitForVideo(other)).duration).toBeCloseTo(TALK_SECONDS, 0);
    await other.close();
  });
});

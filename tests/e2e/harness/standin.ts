/**
 * The stand-in watch page's own test API (`window.__standin`, tests/e2e/site/watch.js)
 * and small readers of the page, for any browser under test.
 */
import type { Page } from 'puppeteer-core';

/** Waits poll on a timer: animation frames, puppeteer's default, stop in a background tab. */
const POLLING = { polling: 50 } as const;

/** What `window.__standin.state()` reports (tests/e2e/site/watch.js). */
export interface StandinState {
  pageType: 'watch' | 'shorts' | 'embed' | 'browse';
  videoId: string | null;
  title: string | null;
  durationSeconds: number | null;
  adShowing: boolean;
  layout: 'ytd-watch-flexy' | 'ytd-watch-grid';
  /** In-page navigations since the document loaded. */
  navigations: number;
  /** The talk's player is in ytd-miniplayer (the viewer browsed away while it played). */
  miniplayer: boolean;
  /** The hover preview playing, if any: where it is and its own video's clock. */
  preview: { placement: PreviewPlacement; currentTime: number; paused: boolean } | null;
}

/** Where a hover preview goes: first in ytd-app (before the watch page), or inside #movie_player before the main video. */
export type PreviewPlacement = 'app' | 'player';

/** Options of {@link StandinApi.showPreview}. */
export interface PreviewOptions {
  /** The preview's video; the one being watched by default (same file, another element). */
  videoId?: string;
  /** Where the preview's own video starts, in seconds. */
  at?: number;
  placement?: PreviewPlacement;
}

/** The stand-in page's test API, `window.__standin` in the page world. */
export interface StandinApi {
  /** A YouTube-style in-page navigation; resolves after `yt-navigate-finish`. */
  navigate(url: string): Promise<void>;
  /** The main <video> plays an ad clip and #movie_player gets `ad-showing ad-interrupting`. */
  startAd(): Promise<void>;
  /** Back to the talk at the time it was left; resolves once its metadata loaded. */
  endAd(): Promise<void>;
  setDarkTheme(on: boolean): void;
  setTheater(on: boolean): void;
  /** Removes `#secondary` (and `is-two-columns_`), as in a narrow window. */
  setNarrow(on: boolean): void;
  /** Removes the seek bar (`.ytp-progress-bar-container`), or builds a new one, as YouTube does when it re-renders its controls. */
  setProgressBar(on: boolean): void;
  /** Inserts the main `<video>` now (with `lateVideo=MS` on first load it is missing until then). */
  insertVideo(): void;
  /** A hover preview plays a second `<video>` in its own html5 player; resolves once it plays. */
  showPreview(options?: PreviewOptions): Promise<void>;
  /** Seeks the preview's video; resolves with its new currentTime. */
  setPreviewTime(seconds: number): Promise<number>;
  hidePreview(): void;
  /** Browses to the home page with the talk still playing in ytd-miniplayer. */
  openMiniplayer(): Promise<void>;
  /** Back to the watch page; the watch page takes its player back `reattachAfterMs` after yt-navigate-finish. */
  expandMiniplayer(options?: { reattachAfterMs?: number }): Promise<void>;
  state(): StandinState;
}

type StandinWindow = Window & { __standin: StandinApi };

/** `window.__standin` of `page`, each call run in the page. */
export function standin(page: Page): { [K in keyof StandinApi]: (...args: Parameters<StandinApi[K]>) => Promise<Awaited<ReturnType<StandinApi[K]>>> } {
  const call = <K extends keyof StandinApi>(name: K, ...args: unknown[]) =>
    page.evaluate(
      (name: string, args: unknown[]): unknown => (window as unknown as StandinWindow).__standin[name as K](...(args as [never])),
      name,
      args,
    ) as Promise<never>;
  return {
    navigate: (url) => call('navigate', url),
    startAd: () => call('startAd'),
    endAd: () => call('endAd'),
    setDarkTheme: (on) => call('setDarkTheme', on),
    setTheater: (on) => call('setTheater', on),
    setNarrow: (on) => call('setNarrow', on),
    setProgressBar: (on) => call('setProgressBar', on),
    insertVideo: () => call('insertVideo'),
    showPreview: (options) => call('showPreview', options ?? {}),
    setPreviewTime: (seconds) => call('setPreviewTime', seconds),
    hidePreview: () => call('hidePreview'),
    openMiniplayer: () => call('openMiniplayer'),
    expandMiniplayer: (options) => call('expandMiniplayer', options ?? {}),
    state: () => call('state'),
  };
}

/** Waits until the main video has metadata, and returns its timing. */
export async function waitForVideo(page: Page): Promise<{ duration: number; currentTime: number; paused: boolean; src: string }> {
  const handle = await page.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video');
    return video && video.readyState >= 1
      ? { duration: video.duration, currentTime: video.currentTime, paused: video.paused, src: video.currentSrc }
      : null;
  }, POLLING);
  return (await handle.jsonValue())!;
}

/** An event seen on `document` by {@link recordEvents}. */
export interface RecordedEvent {
  type: string;
  /** The event's detail, if it survives structured cloning. */
  detail: unknown;
  /** location.href when the event fired. */
  url: string;
}

type EventLogWindow = Window & { __e2eEvents?: RecordedEvent[] };

/**
 * Starts recording the given event types on `document` in the page world.
 * The recording lives as long as the document: a reload ends it, which is a
 * way to tell an in-page navigation from a real one.
 */
export async function recordEvents(page: Page, types: readonly string[]) {
  await page.evaluate((types) => {
    const log = ((window as unknown as EventLogWindow).__e2eEvents ??= []);
    for (const type of types) {
      document.addEventListener(type, (event) => {
        let detail: unknown = (event as CustomEvent).detail ?? null;
        try {
          detail = structuredClone(detail);
        } catch {
          detail = String(detail);
        }
        log.push({ type, detail, url: location.href });
      });
    }
  }, types);
  const read = async () => {
    const log = await page.evaluate(() => (window as unknown as EventLogWindow).__e2eEvents);
    if (!log) throw new Error(`event recording lost: ${page.url()} is a new document (a real navigation or reload?)`);
    return log;
  };
  return {
    /** Everything recorded so far; throws if the document was replaced since recording started. */
    all: read,
    /** Waits until `type` was recorded `count` times in all, and returns those events; throws if the document was replaced. */
    async waitFor(type: string, count = 1): Promise<RecordedEvent[]> {
      await page.waitForFunction(
        (type: string, count: number) => {
          const log = (window as unknown as EventLogWindow).__e2eEvents;
          return !log || log.filter((event) => event.type === type).length >= count;
        },
        POLLING,
        type,
        count,
      );
      return (await read()).filter((event) => event.type === type);
    },
  };
}

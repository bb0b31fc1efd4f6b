/**
 * Debian's Chromium driven by playwright-core, with or without the unpacked
 * extension, resolving the YouTube hosts to the stand-in server.
 *
 * The flags are the ones TOOLCHAIN.md measured: `headless: false` plus
 * `--headless=new`, because only the new headless mode loads extensions.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { YOUTUBE_HOSTS } from './certificate';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchOptions {
  /** The stand-in server's port: maps `hosts` to 127.0.0.1:port and ignores certificate errors. Omit for the real internet. */
  serverPort?: number;
  /** Hosts to map to the server; every YouTube host by default. */
  hosts?: readonly string[];
  /** `--headless=new` (the default) or a visible window (needs DISPLAY). */
  headless?: boolean;
  /** Extra Chromium flags, appended last. */
  args?: readonly string[];
}

export interface ExtensionLaunchOptions extends LaunchOptions {
  /** Unpacked extension, relative to the project root; `.output/chrome-mv3` by default. */
  extensionPath?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The temporary profile, deleted by `close()`. */
  profileDir: string;
  /** Opens `url` in the startup tab (then in new tabs) and waits for DOMContentLoaded. */
  openPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface ExtensionBrowser extends LaunchedBrowser {
  extensionId: string;
  /** The extension's running service worker, waiting for it to (re)start if needed. */
  serviceWorker(): Promise<Worker>;
  /** `chrome-extension://ID/path`. */
  extensionUrl(path: string): string;
}

/** The Chromium command-line flags, exposed for benchmarks and for debugging by hand. */
export function chromiumArgs(options: LaunchOptions & { extensionPath?: string | null }): string[] {
  const { serverPort, hosts = YOUTUBE_HOSTS, headless = true, extensionPath, args = [] } = options;
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
    ...(serverPort === undefined
      ? []
      : [`--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1:${serverPort}`).join(', ')}`, '--ignore-certificate-errors']),
    ...args,
  ];
}

export async function launchWithExtension(options: ExtensionLaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionPath = resolve(projectRoot, options.extensionPath ?? '.output/chrome-mv3');
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`no extension at ${extensionPath}: run \`npx wxt build\` first`);
  }
  const launched = await launch(chromiumArgs({ ...options, extensionPath }));
  const { context } = launched;
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const serviceWorker = async (): Promise<Worker> => {
    // Subscribe before looking, so a worker that starts in between is not missed.
    const started = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
    const running = context.serviceWorkers().find(isOurs);
    if (running) {
      started.catch(() => {});
      return running;
    }
    return started;
  };
  try {
    const extensionId = new URL((await serviceWorker()).url()).host;
    return { ...launched, extensionId, serviceWorker, extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}` };
  } catch (error) {
    await launched.close();
    throw error;
  }
}

/** The same browser and flags without the extension: the baseline for benchmarks. */
export function launchWithoutExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  return launch(chromiumArgs(options));
}

async function launch(args: string[]): Promise<LaunchedBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'claimline-profile-'));
  // Developer mode, as for anyone running an unpacked extension: without it
  // Chromium 156 disables the extension when it reloads (chrome.runtime.reload()).
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  writeFileSync(join(profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  let context: BrowserContext;
  try {
    // headless: false because `--headless=new` is in args; Playwright's own headless mode would not load extensions.
    context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, headless: false, args });
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  let startupTab: Page | undefined = context.pages()[0];
  return {
    context,
    profileDir,
    async openPage(url) {
      const page = startupTab && !startupTab.isClosed() ? startupTab : await context.newPage();
      startupTab = undefined;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

// ---- page helpers ---------------------------------------------------------------

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
      ([name, args]): unknown => (window as unknown as StandinWindow).__standin[name as K](...(args as [never])),
      [name, args] as const,
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
  });
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
        ([type, count]) => {
          const log = (window as unknown as EventLogWindow).__e2eEvents;
          return !log || log.filter((event) => event.type === type).length >= count;
        },
        [type, count] as const,
      );
      return (await read()).filter((event) => event.type === type);
    },
  };
}

/**
 * Stops the extension's service worker, as Chromium does after 30 s idle, and
 * resolves once it is stopped. Uses the DevTools ServiceWorker domain from a page.
 */
export async function stopExtensionWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const status = new Map<string, { url: string; running: string }>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) status.set(v.versionId, { url: v.scriptURL, running: v.runningStatus });
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...status.entries()].filter(([, v]) => v.url.startsWith('chrome-extension://'));
  await waitUntil(() => ours().some(([, v]) => v.running === 'running'), 'the extension worker to be reported');
  for (const [versionId, v] of ours()) if (v.running === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
  await waitUntil(() => ours().every(([, v]) => v.running === 'stopped'), 'the extension worker to stop');
  await cdp.detach();
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

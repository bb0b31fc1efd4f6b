/**
 * The browser under test, Chromium or Firefox, with or without the built
 * extension, reaching the stand-in YouTube site through the stand-in proxy.
 * Both are driven by puppeteer-core (the DevTools protocol for Chromium,
 * WebDriver BiDi for Firefox), so every test reads the same in both.
 *
 * The browser comes from `CLAIMLINE_BROWSER` (`chromium`, the default, or
 * `firefox`); the test configs run each suite once per browser.
 */
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Target } from 'puppeteer-core';
import { chromiumControl, chromiumExtensionId, launchChromium } from './chromium';
import { firefoxControl, inBrowserWindow, launchFirefox, recoverStuckLoads } from './firefox';
import { pageSource } from './locator';
import { startProxy, type ProxyRequest } from './proxy';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** The browser the tests run in: `CLAIMLINE_BROWSER`, Chromium by default. */
export function browserUnderTest(): BrowserName {
  const name = process.env.CLAIMLINE_BROWSER ?? 'chromium';
  if (!BROWSER_NAMES.includes(name as BrowserName)) throw new Error(`CLAIMLINE_BROWSER must be one of ${BROWSER_NAMES.join(', ')}, not ${name}`);
  return name as BrowserName;
}

/** Each browser's build of the extension, relative to the project root. */
export const EXTENSION_BUILD: Record<BrowserName, string> = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };

export interface LaunchOptions {
  /** The browser under test by default. */
  browser?: BrowserName;
  /** The stand-in server's port: the YouTube hosts reach it through a proxy that refuses everything else. Omit for the real internet. */
  serverPort?: number;
  /** Headless (the default) or a visible window (needs DISPLAY). */
  headless?: boolean;
  /** Firefox preferences to set in the profile (ignored by Chromium). */
  prefs?: Record<string, unknown>;
  /** Extra command-line flags for the browser (the benchmarks turn V8's compilers off with one). */
  args?: readonly string[];
  /** Source to run in every page opened with `newPage`/`openPage`, before the page's own scripts. */
  pageInit?: string;
}

export interface ExtensionLaunchOptions extends LaunchOptions {
  /** Unpacked extension, relative to the project root; the browser's build in `.output` by default. */
  extensionPath?: string;
}

/** What a launcher gets (chromium.ts, firefox.ts). */
export interface BrowserSetup {
  profileDir: string;
  downloadsDir: string;
  headless: boolean;
  proxyPort: number | null;
  extensionPath: string | null;
  prefs: Record<string, unknown>;
  args: readonly string[];
}

/** The background, which each browser runs its own way: Chromium's service worker, Firefox's event page. */
export interface BackgroundControl {
  backgroundRunning(): Promise<boolean>;
  /** Resolves once the background runs (after a start, a reload, or a stop and a message that wakes it). */
  waitForBackground(): Promise<void>;
  /** Stops the background as the browser does when it is idle; resolves once stopped. */
  stopBackground(): Promise<void>;
}

/** What each browser does its own way (chromium.ts, firefox.ts). */
export interface ExtensionControl extends BackgroundControl {
  /** Navigates `page` to the extension page at `url` and waits for its DOM. */
  navigate(page: Page, url: string): Promise<void>;
  /** Runs `source`, a function of the background's global object, in the background; `extensionPage` opens a page of the extension to work from. */
  inBackground(source: string, extensionPage: () => Promise<Page>): Promise<unknown>;
  /** Calls `reload` (the extension reloads itself, as on an update) and resolves once the new version's background runs. */
  reload(reload: () => Promise<void>): Promise<void>;
}

export interface LaunchedBrowser {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** The temporary profile, deleted by `close()`. */
  readonly profileDir: string;
  /** Where downloads land, under their own names. */
  readonly downloadsDir: string;
  /** Every connection the browser asked the stand-in proxy for (empty without a server). */
  readonly network: readonly ProxyRequest[];
  newPage(): Promise<Page>;
  /** Opens `url` in the startup tab (then in new tabs) and waits for DOMContentLoaded. */
  openPage(url: string): Promise<Page>;
  pages(): Promise<Page[]>;
  /**
   * The address of every tab, including those the driver was not told about
   * (Firefox does not report a tab that an extension page opens with `noopener`).
   */
  tabUrls(): Promise<string[]>;
  /** Closes every tab whose address matches `pattern`, known to the driver or not. */
  closeTabs(pattern: RegExp): Promise<void>;
  close(): Promise<void>;
}

/** The extension APIs as seen in an extension page (`browser` in Firefox, `chrome` in Chromium), typed for what the tests call. */
export interface ExtensionApi {
  runtime: { reload(): void; sendMessage(message: unknown): Promise<unknown>; getManifest(): { name: string; version: string } };
  storage: { local: { clear(): Promise<void>; get(keys: string | null): Promise<Record<string, unknown>> } };
  tabs: { query(query: object): Promise<{ id?: number; url?: string; active?: boolean }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  extension: { getBackgroundPage(): Window | null };
}

export interface ExtensionBrowser extends LaunchedBrowser, BackgroundControl {
  /** Chromium's extension id, or the add-on's moz-extension:// host in Firefox. */
  readonly extensionId: string;
  /** `chrome-extension://ID/path` or `moz-extension://UUID/path`. */
  extensionUrl(path: string): string;
  /** Opens an extension page in `page` (a new tab by default) and waits for its DOM. */
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  /**
   * Runs `fn` in the extension's own origin (an extension page opened for the
   * call) with the extension APIs as `ext`; `fn` is sent as source, so it may
   * use only its arguments.
   */
  inExtension<T, A = undefined>(fn: (ext: ExtensionApi, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Runs `fn` with the background's global object (Chromium's service worker,
   * Firefox's event page, woken if need be). In Firefox `fn` runs in an
   * extension page and reaches the background's window, so what it leaves
   * there must be made from `background`'s own objects (`background.Promise`,
   * not `Promise`): the page is closed afterwards.
   */
  inBackground<T>(fn: (background: typeof globalThis) => T | Promise<T>): Promise<T>;
  /** Reloads the extension as an update does, and resolves once the new version's background runs. */
  reloadExtension(): Promise<void>;
}

export async function launchWithExtension(options: ExtensionLaunchOptions = {}): Promise<ExtensionBrowser> {
  const name = options.browser ?? browserUnderTest();
  const extensionPath = resolve(projectRoot, options.extensionPath ?? EXTENSION_BUILD[name]);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`no extension at ${extensionPath}: run \`npx wxt build${name === 'firefox' ? ' -b firefox' : ''}\` first`);
  }
  const launched = await launch(name, options, extensionPath);
  try {
    const { browser } = launched.common;
    const anyPage = async () => (await browser.pages())[0] ?? browser.newPage();
    const extensionId = name === 'chromium' ? await chromiumExtensionId(browser) : launched.uuid!;
    const origin = `${name === 'chromium' ? 'chrome' : 'moz'}-extension://${extensionId}`;
    const control = name === 'chromium' ? chromiumControl(browser, `${origin}/`, anyPage) : firefoxControl(browser);
    const extensionUrl = (path: string) => `${origin}/${path.replace(/^\//, '')}`;

    const openExtensionPage = async (path: string, page?: Page): Promise<Page> => {
      const target = page ?? (await browser.newPage());
      await control.navigate(target, extensionUrl(path));
      return target;
    };
    const inExtension: ExtensionBrowser['inExtension'] = async (fn, arg) => {
      const page = await openExtensionPage('popup.html');
      try {
        return (await page.evaluate(`(${pageSource(fn)})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)})`)) as never;
      } finally {
        await page.close().catch(() => undefined);
      }
    };

    await control.waitForBackground();
    return {
      ...launched.common,
      backgroundRunning: () => control.backgroundRunning(),
      waitForBackground: () => control.waitForBackground(),
      stopBackground: () => control.stopBackground(),
      extensionId,
      extensionUrl,
      openExtensionPage,
      inExtension,
      inBackground: async (fn) => (await control.inBackground(pageSource(fn), () => openExtensionPage('popup.html'))) as never,
      reloadExtension: () =>
        control.reload(async () => {
          const page = await openExtensionPage('popup.html');
          // The reload closes the page that asks for it, so its answer may never come: the new version is the evidence.
          void page
            .evaluate('(globalThis.browser ?? globalThis.chrome).runtime.reload()')
            .catch(() => undefined)
            .finally(() => page.close().catch(() => undefined));
        }),
    };
  } catch (error) {
    await launched.common.close();
    throw error;
  }
}

/** The same browser and settings without the extension: the baseline. */
export async function launchWithoutExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  return (await launch(options.browser ?? browserUnderTest(), options, null)).common;
}

async function launch(name: BrowserName, options: LaunchOptions, extensionPath: string | null) {
  const profileDir = mkdtempSync(join(tmpdir(), `claimline-${name}-`));
  const downloadsDir = join(profileDir, 'claimline-downloads');
  mkdirSync(downloadsDir);
  const proxy = options.serverPort === undefined ? null : await startProxy(options.serverPort);
  const setup: BrowserSetup = {
    profileDir,
    downloadsDir,
    headless: options.headless ?? true,
    proxyPort: proxy?.port ?? null,
    extensionPath,
    prefs: options.prefs ?? {},
    args: options.args ?? [],
  };
  const cleanUp = async () => {
    await proxy?.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  let browser: Browser;
  let uuid: string | null = null;
  try {
    if (name === 'chromium') browser = await launchChromium(setup);
    else ({ browser, uuid } = await launchFirefox(setup));
  } catch (error) {
    await cleanUp();
    throw error;
  }
  if (name === 'firefox') {
    for (const page of await browser.pages()) recoverStuckLoads(page);
    browser.on('targetcreated', (target: Target) => void target.page().then((page) => page && recoverStuckLoads(page)));
  }
  const newPage = async () => {
    const page = await browser.newPage();
    if (name === 'firefox') recoverStuckLoads(page);
    if (options.pageInit) await page.evaluateOnNewDocument(options.pageInit);
    return page;
  };
  let startupTab: Page | undefined = (await browser.pages())[0];
  const common: LaunchedBrowser = {
    name,
    browser,
    profileDir,
    downloadsDir,
    network: proxy?.log ?? [],
    newPage,
    async openPage(url) {
      const page = startupTab && !startupTab.isClosed() ? startupTab : await newPage();
      if (page === startupTab && options.pageInit) await page.evaluateOnNewDocument(options.pageInit);
      startupTab = undefined;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    pages: () => browser.pages(),
    async tabUrls() {
      if (name === 'chromium') return browser.targets().filter((t) => t.type() === 'page').map((t) => t.url());
      return inBrowserWindow<string[]>(browser, 'return [...gBrowser.tabs].map((tab) => tab.linkedBrowser.currentURI.spec);');
    },
    async closeTabs(pattern) {
      if (name === 'chromium') {
        for (const target of browser.targets()) if (target.type() === 'page' && pattern.test(target.url())) await (await target.page())?.close();
        return;
      }
      await inBrowserWindow(
        browser,
        `const pattern = new RegExp(${JSON.stringify(pattern.source)}, ${JSON.stringify(pattern.flags)});
         for (const tab of [...gBrowser.tabs]) if (pattern.test(tab.linkedBrowser.currentURI.spec)) gBrowser.removeTab(tab);
         return true;`,
      );
    },
    async close() {
      await closeBrowser(browser);
      await cleanUp();
    },
  };
  return { common, uuid };
}

/** Closes the browser; one that does not exit (Firefox runs as its own process group) is ended with its group. */
async function closeBrowser(browser: Browser): Promise<void> {
  const child = browser.process();
  await browser.close().catch(() => undefined);
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  await exited;
}

/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the
 * built add-on installed as a temporary add-on, every connection going
 * through the stand-in proxy.
 */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserSetup, ExtensionControl } from './browser';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** The add-on's id, from `browser_specific_settings.gecko.id` in wxt.config.ts. */
const ADDON_ID = 'claimline@claimline.invalid';

/** Preferences for a profile that talks to nobody but the stand-in proxy. */
function firefoxPrefs(setup: BrowserSetup, uuid: string): Record<string, unknown> {
  return {
    ...(setup.proxyPort === null
      ? {}
      : {
          'network.proxy.type': 1,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': setup.proxyPort,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': setup.proxyPort,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
        }),
    // No DNS over HTTPS, no HTTP/3: every connection is a CONNECT the proxy sees.
    'network.trr.mode': 5,
    'network.http.http3.enable': false,
    // Videos may start on their own, as on YouTube for a viewer who clicked a link.
    'media.autoplay.default': 0,
    'media.autoplay.blocking_policy': 0,
    // The add-on's moz-extension:// host is random per profile unless fixed here.
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    // Downloads go to a known folder without asking.
    'browser.download.dir': setup.downloadsDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    ...setup.prefs,
  };
}

export async function launchFirefox(setup: BrowserSetup): Promise<{ browser: Browser; uuid: string }> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: setup.headless,
    userDataDir: setup.profileDir,
    acceptInsecureCerts: true,
    // Lets WebDriver open moz-extension:// pages and reach the browser's own
    // window (the add-on's background state, its keyboard shortcut).
    args: ['--remote-allow-system-access', ...setup.args],
    extraPrefsFirefox: firefoxPrefs(setup, uuid),
    defaultViewport: null,
  });
  if (setup.extensionPath) {
    try {
      await browser.installExtension(setup.extensionPath);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }
  return { browser, uuid };
}

/** Runs `expression` in Firefox's own browser window (privileged, chrome scope) and returns its JSON value. */
export async function inBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0]?.context;
  if (!context) throw new Error('Firefox reported no browser window');
  const { result } = await connection.send('script.evaluate', {
    target: { context },
    expression: `(async () => JSON.stringify(await (async () => { ${expression} })()))()`,
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`in Firefox's browser window: ${result.exceptionDetails.text}`);
  return JSON.parse(result.result.value) as T;
}

interface BidiConnection {
  send(method: 'browsingContext.getTree', params: { 'moz:scope': 'chrome' }): Promise<{ result: { contexts: { context: string }[] } }>;
  send(
    method: 'script.evaluate',
    params: { target: { context: string }; expression: string; awaitPromise: boolean },
  ): Promise<{ result: { type: 'success'; result: { value: string } } | { type: 'exception'; exceptionDetails: { text: string } } }>;
}

/** The add-on's policy in Firefox's browser window. */
const POLICY = `WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)})`;

/** Waits in Firefox's browser window until `condition` (an expression) holds, for up to 15 s. */
function untilInBrowserWindow(browser: Browser, condition: string, what: string): Promise<unknown> {
  return inBrowserWindow(
    browser,
    `for (let i = 0; i < 300; i++) {
       if (${condition}) return true;
       await new Promise((resolve) => setTimeout(resolve, 50));
     }
     throw new Error(${JSON.stringify(`${what} within 15 s`)});`,
  );
}

/** What differs in Firefox: the background is an event page, reached from the browser's own window. */
export function firefoxControl(browser: Browser): ExtensionControl {
  const state = () => inBrowserWindow<string | null>(browser, `return ${POLICY}?.extension?.backgroundState ?? null;`);
  return {
    async backgroundRunning() {
      return (await state()) === 'running';
    },
    async waitForBackground() {
      // A fresh add-on (installed or reloaded) starts its event page once, to learn its listeners.
      await untilInBrowserWindow(browser, `${POLICY}?.extension?.backgroundState === 'running'`, 'the event page did not start');
    },
    async navigate(page, url) {
      // Firefox runs extension pages in their own process, and puppeteer never
      // hears that such a navigation finished: start it, then ask the page
      // itself until it answers from the new address (a question asked while
      // the old document goes away may fail, and is asked again).
      page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      const arrived = () => page.evaluate(() => [location.href, document.readyState]).catch(() => ['', 'loading']);
      for (let now = await arrived(); now[0] !== url || now[1] === 'loading'; now = await arrived()) {
        if (Date.now() > deadline) throw new Error(`Firefox did not open ${url} within 15 s (at ${now[0]}, ${now[1]})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async inBackground(source, extensionPage) {
      // An extension page reaches the event page's window (waking it if it sleeps).
      const page = await extensionPage();
      try {
        return await page.evaluate(`(async () => (${source})(await browser.runtime.getBackgroundPage()))()`);
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    async reload(reload) {
      await inBrowserWindow(browser, `globalThis.__claimlineBefore = ${POLICY}; return true;`);
      await reload();
      await untilInBrowserWindow(
        browser,
        `${POLICY} && ${POLICY} !== globalThis.__claimlineBefore && ${POLICY}.extension?.backgroundState === 'running'`,
        'the reloaded add-on did not start',
      );
    },
    async stopBackground() {
      // What Firefox does after the idle timeout (and about:debugging's "Terminate background script").
      await inBrowserWindow(browser, `await ${POLICY}.extension.terminateBackground({ ignoreDevToolsAttached: true }); return true;`);
      if (await this.backgroundRunning()) throw new Error('the event page is still running after terminateBackground()');
    },
  };
}

/**
 * Presses the add-on's keyboard shortcut `shortcut` (as in the manifest, "Alt+Shift+N") in Firefox's
 * browser window. The shortcut is a <key> element in the window's keyset for the add-on, and
 * `doCommand()` runs what a matching key press runs; throws if no such key is bound.
 *
 * Why not a key press: WebDriver BiDi dispatches keys inside the page's
 * process, where the browser's own shortcuts never see them, and it refuses
 * input actions in the browser window.
 */
export function pressAddonShortcut(browser: Browser, shortcut: string): Promise<void> {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const modifiers = parts.map((part) => part.toLowerCase()).join(',');
  return inBrowserWindow(
    browser,
    `const keyset = document.getElementById(${JSON.stringify(`ext-keyset-id-${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`)});
     const keys = keyset ? [...keyset.querySelectorAll('key')] : [];
     const bound = keys.find((k) => k.getAttribute('key') === ${JSON.stringify(key)} && k.getAttribute('modifiers') === ${JSON.stringify(modifiers)});
     if (!bound) throw new Error('no key ${shortcut} for the add-on; bound: ' + keys.map((k) => k.getAttribute('modifiers') + '+' + k.getAttribute('key')).join(', '));
     bound.doCommand();
     return true;`,
  );
}

/**
 * Makes `page.goto` recover from a Firefox fault seen only under WebDriver.
 *
 * Firefox ESR 153 driven over BiDi leaves about one in four first documents
 * that a content script matches in a new content process (a new tab, or a
 * host of another site such as youtube-nocookie.com) stuck in `readyState
 * "loading"` for good, before the script runs. It happens with a one-line
 * `document_start` content script too, never without an add-on, never on a
 * tab's later navigations, and loading it again always recovers (measured here,
 * December 2026). So a navigation still loading after {@link STUCK_MS} is
 * loaded again, at most twice, and said so on stderr; a third time fails the test.
 */
export function recoverStuckLoads(page: Page): void {
  if (recovering.has(page)) return;
  recovering.add(page);
  const goto = page.goto.bind(page);
  page.goto = async (url, options = {}) => {
    const waitUntil = options.waitUntil ?? 'load';
    for (let attempt = 0; ; attempt++) {
      try {
        return await goto(url, { ...options, waitUntil, timeout: STUCK_MS });
      } catch (error) {
        const stuck = (error as Error).name === 'TimeoutError' && (await page.evaluate(() => document.readyState === 'loading').catch(() => false));
        if (!stuck || attempt === 2) throw error;
        console.error(`Firefox left ${url} loading (see harness/firefox.ts): loading it again`);
      }
    }
  };
}

const STUCK_MS = 6_000;
const recovering = new WeakSet<Page>();

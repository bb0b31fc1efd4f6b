/**
 * Debian's Chromium driven by puppeteer-core over the DevTools protocol, with
 * or without the unpacked extension, every connection going through the
 * stand-in proxy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import type { BrowserSetup, ExtensionControl } from './browser';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The Chromium flags: loopback only, no background traffic, the stand-in proxy when there is one. */
export function chromiumArgs(proxyPort: number | null, extra: readonly string[] = []): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(proxyPort === null ? [] : [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--ignore-certificate-errors']),
    ...extra,
  ];
}

export async function launchChromium(setup: BrowserSetup): Promise<Browser> {
  // Developer mode, as for anyone running an unpacked extension: without it
  // Chromium disables the extension when it reloads (chrome.runtime.reload()).
  mkdirSync(join(setup.profileDir, 'Default'), { recursive: true });
  writeFileSync(join(setup.profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless: setup.headless,
    userDataDir: setup.profileDir,
    acceptInsecureCerts: true,
    // Loading an unpacked extension through the protocol needs the pipe.
    pipe: true,
    enableExtensions: setup.extensionPath ? [setup.extensionPath] : false,
    args: chromiumArgs(setup.proxyPort, setup.args),
    defaultViewport: null,
  });
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: setup.downloadsDir });
  return browser;
}

const isWorkerOf = (origin: string) => (target: Target) => target.type() === 'service_worker' && target.url().startsWith(origin);

/** The extension's id, from its service worker once it runs. */
export async function chromiumExtensionId(browser: Browser): Promise<string> {
  const target = await browser.waitForTarget(isWorkerOf('chrome-extension://'), { timeout: 15_000 });
  return new URL(target.url()).host;
}

/** What differs in Chromium: the service worker is the background. */
export function chromiumControl(browser: Browser, origin: string, anyPage: () => Promise<Page>): ExtensionControl {
  const running = () => browser.targets().some(isWorkerOf(origin));
  const worker = () => browser.waitForTarget(isWorkerOf(origin), { timeout: 15_000 });
  return {
    async backgroundRunning() {
      return running();
    },
    async waitForBackground() {
      await worker();
    },
    async navigate(page, url) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    async inBackground(source) {
      const target = await worker();
      return (await target.worker())!.evaluate(`(${source})(globalThis)`);
    },
    async reload(reload) {
      const old = browser.targets().filter(isWorkerOf(origin));
      await reload();
      await browser.waitForTarget((t) => isWorkerOf(origin)(t) && !old.includes(t), { timeout: 15_000 });
    },
    async stopBackground() {
      // As Chromium does after 30 s idle, through the DevTools ServiceWorker domain of a page.
      const page = await anyPage();
      const cdp = await page.createCDPSession();
      try {
        const versions = new Map<string, { url: string; status: string }>();
        const changed = new EventTarget();
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
          for (const v of updated) versions.set(v.versionId, { url: v.scriptURL, status: v.runningStatus });
          changed.dispatchEvent(new Event('change'));
        });
        const ours = () => [...versions.entries()].filter(([, v]) => v.url.startsWith(origin));
        const until = (condition: () => boolean, what: string) =>
          new Promise<void>((resolve, reject) => {
            if (condition()) return resolve();
            const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 10_000);
            changed.addEventListener('change', function check() {
              if (!condition()) return;
              clearTimeout(timer);
              changed.removeEventListener('change', check);
              resolve();
            });
          });
        await cdp.send('ServiceWorker.enable');
        await until(() => ours().some(([, v]) => v.status === 'running'), 'the extension worker to be reported');
        for (const [versionId, v] of ours()) if (v.status === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
        await until(() => ours().every(([, v]) => v.status === 'stopped'), 'the extension worker to stop');
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
  };
}

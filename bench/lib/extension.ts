/** Asking Claimline's background from one of its own pages, as the library and the popup do. */
import type { ExtensionBrowser } from '../../tests/e2e/harness/browser';
import type { ChromeGlobal } from '../../tests/e2e/harness/chrome-global';
import type { RequestOf, RequestType, ResponseOf } from '../../src/core/protocol';

/**
 * Sends one typed request from an extension page (the popup's, which asks
 * for nothing on its own but the active tab's status) and returns the
 * answer; throws with the background's words if it refused.
 */
export async function request<K extends RequestType>(browser: ExtensionBrowser, type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.extensionUrl('popup.html'));
    const reply = (await page.evaluate(
      async ([type, payload]) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ claimline: 1, type, payload }),
      [type, payload] as const,
    )) as { ok: true; value: ResponseOf<K> } | { ok: false; error: string };
    if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
    return reply.value;
  } finally {
    await page.close();
  }
}

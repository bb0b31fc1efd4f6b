/** Asking Claimline's background from one of its own pages, as the library and the popup do. */
import type { RequestOf, RequestType, ResponseOf } from '../../src/core/protocol';
import type { ExtensionBrowser } from '../../tests/e2e/harness/browser';

/**
 * Sends one typed request from an extension page (the popup's, which asks
 * for nothing on its own but the active tab's status) and returns the
 * answer; throws with the background's words if it refused.
 */
export async function request<K extends RequestType>(browser: ExtensionBrowser, type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.inExtension((ext, message) => ext.runtime.sendMessage(message), { claimline: 1, type, payload })) as
    | { ok: true; value: ResponseOf<K> }
    | { ok: false; error: string };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value;
}

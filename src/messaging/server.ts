/** Answering typed requests in the background. Every request is checked before a handler sees it. */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Reply, RequestOf, RequestType, ResponseOf } from '../core/protocol';
import { readEnvelope } from '../core/protocol-check';

export type Handlers = {
  [K in RequestType]: (payload: RequestOf<K>, sender: Runtime.MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** Pages allowed to talk to the background: the extension's own, and YouTube's. */
const TRUSTED_PAGE = /^(?:chrome-extension|moz-extension):\/\/|^https:\/\/(?:(?:www|m|music)\.)?youtube\.com\/|^https:\/\/www\.youtube-nocookie\.com\//;

export function isTrustedSender(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const url = sender.url ?? sender.tab?.url ?? '';
  return TRUSTED_PAGE.test(url);
}

/** Dispatches one raw message to its handler; never throws. */
export async function dispatch(handlers: Handlers, raw: unknown, sender: Runtime.MessageSender): Promise<Reply> {
  if (!isTrustedSender(sender)) return { ok: false, error: 'sender not allowed' };
  const read = readEnvelope(raw);
  if (!read.ok) return { ok: false, error: read.error };
  const { type, payload } = read.message;
  try {
    const handler = handlers[type] as (p: typeof payload, s: Runtime.MessageSender) => unknown;
    return { ok: true, value: (await handler(payload, sender)) as ResponseOf<typeof type> };
  } catch (cause) {
    return { ok: false, error: (cause as Error).message || String(cause) };
  }
}

export function serve(handlers: Handlers): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender) => {
    // Messages that are not ours are left to other listeners.
    if (typeof raw !== 'object' || raw === null || (raw as { claimline?: unknown }).claimline !== 1) return undefined;
    return dispatch(handlers, raw, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Asking the background, from the content script or an extension page. */
import browser from 'webextension-polyfill';
import { envelope, readReply, type RequestOf, type RequestType, type ResponseOf } from '../core/protocol';

export class RequestError extends Error {
  override name = 'RequestError';
}

/** Sends a typed request; resolves with its typed response, or rejects with a message a user can read. */
export async function request<K extends RequestType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(envelope(type, payload));
  } catch (cause) {
    throw new RequestError(`Claimline's background did not answer (${(cause as Error).message}). Reload the page if the extension was just updated.`);
  }
  const reply = readReply<K>(raw);
  if (!reply.ok) throw new RequestError(reply.error);
  return reply.value;
}

/**
 * Messages between the content script (or an extension page) and the
 * background: one map from request type to request and response shapes.
 * The background checks every request on receipt (`protocol-check.ts`);
 * callers check every reply (`readReply`).
 */
import type { VideoId } from './ids';
import type { TalkBundle } from './talk-bundle';

/** What each request carries and answers. Add a type here and its schema in `protocol-check.ts` together. */
export interface Protocol {
  /** The talk bundle for a video, or null when the video is not a talk. */
  'talk.get': { request: { videoId: VideoId }; response: TalkBundle | null };
}

export type RequestType = keyof Protocol;
export type RequestOf<K extends RequestType> = Protocol[K]['request'];
export type ResponseOf<K extends RequestType> = Protocol[K]['response'];

/** The wire form. `claimline` tells our messages from anything else on the runtime channel. */
export interface Envelope<K extends RequestType = RequestType> {
  claimline: 1;
  type: K;
  payload: RequestOf<K>;
}

export type Reply<K extends RequestType = RequestType> =
  | { ok: true; value: ResponseOf<K> }
  | { ok: false; error: string };

export function envelope<K extends RequestType>(type: K, payload: RequestOf<K>): Envelope<K> {
  return { claimline: 1, type, payload };
}

/** Checks a reply on receipt: the caller gets a value or an error it can show. */
export function readReply<K extends RequestType>(raw: unknown): Reply<K> {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'no reply from the background (is the extension updating?)' };
  const reply = raw as { ok?: unknown; value?: unknown; error?: unknown };
  if (reply.ok === true && 'value' in reply) return { ok: true, value: reply.value as ResponseOf<K> };
  if (reply.ok === false && typeof reply.error === 'string') return { ok: false, error: reply.error };
  return { ok: false, error: 'malformed reply from the background' };
}

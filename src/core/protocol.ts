/**
 * Messages between the content script (or an extension page) and the
 * background: one map from request type to request and response shapes.
 * The background checks every request on receipt (`protocol-check.ts`);
 * callers check every reply (`readReply`).
 */
import type { Diagnostic } from './diagnostics';
import type { NoteId, VideoId } from './ids';
import type { Note } from './note';
import type { BundledConcept, TalkBundle, TalkSummary } from './talk-bundle';

/** A line of the talk catalogue (library page). */
export interface CatalogEntry extends TalkSummary {
  origin: 'bundled' | 'imported';
  importedAt: string | null;
}

/** What importing a talk document did: stored (or replaced an earlier import), or refused with its problems. */
export interface TalkImportResult {
  stored: boolean;
  replaced: boolean;
  videoId: VideoId | null;
  title: string | null;
  /** Errors (then nothing was stored) and warnings, each with `line:column`. */
  diagnostics: Diagnostic[];
}

/** What merging notes did. */
export interface NotesMergeResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** The answer to a save: stored, or refused because the stored version is at least as new. */
export type SaveNoteResult = { saved: true; note: Note } | { saved: false; stored: Note };

/** What each request carries and answers. Add a type here and its schema in `protocol-check.ts` together. */
export interface Protocol {
  /** The talk bundle for a video, or null when the video is not a talk. */
  'talk.get': { request: { videoId: VideoId }; response: TalkBundle | null };
  /**
   * A talk's concepts as they stand now: with the claims of talks imported
   * after its bundle was compiled, without imports removed since. Null when
   * the bundle already says exactly that.
   */
  'talk.concepts': { request: { videoId: VideoId }; response: BundledConcept[] | null };
  /** A talk's visible notes, in time order. */
  'notes.list': { request: { videoId: VideoId }; response: Note[] };
  /** Confirmed only once its transaction completed. */
  'notes.save': { request: { note: Note }; response: SaveNoteResult };
  /** Deletes (as a tombstone); answers the tombstone, or null if there was no such note. */
  'notes.delete': { request: { id: NoteId }; response: Note | null };
  /** Undoes a delete; answers the restored note, or null. */
  'notes.restore': { request: { id: NoteId }; response: Note | null };
  /** Every visible note of every talk. */
  'notes.all': { request: Record<string, never>; response: Note[] };
  /** Merges validated notes in one transaction: no duplicates by id, the newer `updatedAt` wins; all or nothing. */
  'notes.import': { request: { notes: Note[] }; response: NotesMergeResult };
  /** Every talk, packaged and imported. */
  'talks.list': { request: Record<string, never>; response: CatalogEntry[] };
  /** Every talk's bundle (library page: talk pages, search, indexes). */
  'talks.bundles': { request: Record<string, never>; response: TalkBundle[] };
  /** Compiles and stores a talk document (the seeds' format). */
  'talks.import': { request: { fileName: string; source: string }; response: TalkImportResult };
  /** Removes an imported talk (packaged talks cannot be removed); notes on it are kept. */
  'talks.remove': { request: { videoId: VideoId }; response: boolean };
}

/** Messages the background or the popup send to a tab's overlay. */
export interface TabCommand {
  claimline: 1;
  type: 'overlay.add-note' | 'overlay.status';
}

/** The overlay's answer to `overlay.status`. */
export interface OverlayStatus {
  videoId: VideoId;
  title: string;
  currentClaim: string | null;
  notes: number;
}

export function isTabCommand(raw: unknown, type: TabCommand['type']): raw is TabCommand {
  return typeof raw === 'object' && raw !== null && (raw as TabCommand).claimline === 1 && (raw as TabCommand).type === type;
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

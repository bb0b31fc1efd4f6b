/** Checking requests on receipt, in the background: a malformed message gets an error reply, never a crash or a write. */
import * as v from 'valibot';
import { isVideoId, type NoteId, type VideoId } from './ids';
import { NoteSchema, type Note } from './note';
import type { Envelope, RequestOf, RequestType } from './protocol';

/** Bounds on what one message may carry: a backup of years of notes, a long talk summary. */
export const MAX_IMPORTED_NOTES = 200_000;
export const MAX_TALK_DOCUMENT = 2_000_000;

const videoId = v.custom<VideoId>(isVideoId, 'must be an 11-character YouTube video id');
const noteId = v.pipe(v.string(), v.uuid('must be a UUID'), v.transform((id) => id as NoteId));
const note = v.pipe(
  NoteSchema,
  v.check((n) => n.end === null || n.end >= n.start, 'end must not be before start'),
  v.transform((n) => n as Note),
);

/** One schema per request type; the compiler holds it to `Protocol`. */
export const REQUESTS: { [K in RequestType]: v.GenericSchema<unknown, RequestOf<K>> } = {
  'talk.get': v.strictObject({ videoId }),
  'talk.concepts': v.strictObject({ videoId }),
  'notes.list': v.strictObject({ videoId }),
  'notes.save': v.strictObject({ note }),
  'notes.delete': v.strictObject({ id: noteId }),
  'notes.restore': v.strictObject({ id: noteId }),
  'notes.all': v.strictObject({}),
  'notes.import': v.strictObject({ notes: v.pipe(v.array(note), v.maxLength(MAX_IMPORTED_NOTES, `must hold at most ${MAX_IMPORTED_NOTES} notes`)) }),
  'talks.list': v.strictObject({}),
  'talks.bundles': v.strictObject({}),
  'talks.import': v.strictObject({
    fileName: v.pipe(v.string(), v.maxLength(255)),
    source: v.pipe(v.string(), v.maxLength(MAX_TALK_DOCUMENT, `must be at most ${MAX_TALK_DOCUMENT} characters`)),
  }),
  'talks.remove': v.strictObject({ videoId }),
};

/** Checks an incoming message; the error names the field at fault. */
export function readEnvelope(raw: unknown): { ok: true; message: Envelope } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || (raw as { claimline?: unknown }).claimline !== 1) {
    return { ok: false, error: 'not a Claimline message' };
  }
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(REQUESTS, type)) {
    return { ok: false, error: `unknown request type ${JSON.stringify(type)}` };
  }
  const schema = REQUESTS[type as RequestType];
  const result = v.safeParse(schema, payload);
  if (!result.success) return { ok: false, error: `${type}: ${describeIssues(result.issues)}` };
  return { ok: true, message: { claimline: 1, type: type as RequestType, payload: result.output } as Envelope };
}

/** `note.start: Invalid type` style, for the first few issues. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

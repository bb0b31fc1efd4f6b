/**
 * A viewer's note: the only data Claimline holds that cannot be rebuilt from
 * anywhere else. Its shape, its checks, and how two versions of one note are
 * reconciled.
 */
import * as v from 'valibot';
import { asNoteId, isVideoId, type ClaimId, type NoteId, type VideoId } from './ids';

export const STANCES = ['agree', 'question', 'disagree'] as const;
export type Stance = (typeof STANCES)[number];

/** Notes longer than this are refused: a note, not a book (and a bound on what a message can carry). */
export const MAX_NOTE_LENGTH = 100_000;
export const MAX_TAGS = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDate = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 date-time'));
const seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(24 * 3600));

/** The schema every stored, received or imported note passes. */
export const NoteSchema = v.strictObject({
  /** A UUID. */
  id: v.pipe(v.string(), v.regex(UUID, 'must be a UUID')),
  videoId: v.custom<VideoId>(isVideoId, 'must be an 11-character YouTube video id'),
  /** Seconds into the video. */
  start: seconds,
  /** Optional end in seconds (a note about a stretch of the talk). */
  end: v.nullable(seconds),
  /** The claim it is attached to, or null. */
  claimId: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  /** Markdown source, shown as plain text. */
  text: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`)),
  stance: v.nullable(v.picklist(STANCES)),
  tags: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.maxLength(MAX_TAGS)),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** Set when deleted: kept as a tombstone so a delete wins over an older edit elsewhere. */
  deletedAt: v.nullable(isoDate),
});

export type Note = Omit<v.InferOutput<typeof NoteSchema>, 'id' | 'claimId'> & { id: NoteId; claimId: ClaimId | null };

/** A note checked field by field; the error names the field at fault. */
export function readNote(raw: unknown): { ok: true; note: Note } | { ok: false; error: string } {
  const result = v.safeParse(NoteSchema, raw);
  if (result.success) {
    if (result.output.end !== null && result.output.end < result.output.start) return { ok: false, error: 'end: must not be before start' };
    return { ok: true, note: result.output as Note };
  }
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  return { ok: false, error: `${path ?? 'note'}: ${issue?.message ?? 'invalid'}` };
}

export interface NoteDraft {
  videoId: VideoId;
  start: number;
  end?: number | null;
  claimId: ClaimId | null;
  text: string;
  stance?: Stance | null;
  tags?: readonly string[];
}

/** A new note; `id` and `now` come from the caller so the core stays pure. */
export function createNote(draft: NoteDraft, id: string, now: Date): Note {
  const at = now.toISOString();
  return {
    id: asNoteId(id),
    videoId: draft.videoId,
    start: draft.start,
    end: draft.end ?? null,
    claimId: draft.claimId,
    text: draft.text,
    stance: draft.stance ?? null,
    tags: normaliseTags(draft.tags ?? []),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

/** The note changed by `patch`, stamped now. */
export function editNote(note: Note, patch: Partial<Pick<Note, 'text' | 'stance' | 'tags' | 'claimId' | 'start' | 'end'>>, now: Date): Note {
  const next = { ...note, ...patch, updatedAt: later(note.updatedAt, now) };
  return patch.tags ? { ...next, tags: normaliseTags(patch.tags) } : next;
}

export function deleteNote(note: Note, now: Date): Note {
  const at = later(note.updatedAt, now);
  return { ...note, deletedAt: at, updatedAt: at };
}

export function restoreNote(note: Note, now: Date): Note {
  return { ...note, deletedAt: null, updatedAt: later(note.updatedAt, now) };
}

/**
 * Which of two versions of one note wins: the later `updatedAt`; on a tie the
 * one already stored stays (a save must be strictly newer to replace it).
 */
export function isNewer(candidate: Note, stored: Note): boolean {
  return Date.parse(candidate.updatedAt) > Date.parse(stored.updatedAt);
}

/** Tags as a viewer types them: trimmed, `#` dropped, no empties, no duplicates (case-insensitive), order kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').trim().slice(0, 100);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** Notes to show, in time order (ties: oldest first). */
export function visibleNotes(notes: readonly Note[]): Note[] {
  return notes
    .filter((n) => n.deletedAt === null)
    .sort((a, b) => a.start - b.start || a.createdAt.localeCompare(b.createdAt));
}

/** A timestamp strictly after `previous`, even if the clock went back: an edit always wins over what it edits. */
function later(previous: string, now: Date): string {
  const floor = Date.parse(previous) + 1;
  return new Date(Math.max(now.getTime(), floor)).toISOString();
}

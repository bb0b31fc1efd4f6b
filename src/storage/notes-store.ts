/**
 * Notes in IndexedDB: every write is one transaction, and it is reported done
 * only after that transaction completed. Two versions of one note resolve by
 * `updatedAt` (see `isNewer`); deletes are tombstones so they win over older
 * edits made elsewhere.
 */
import type { NoteId, VideoId } from '../core/ids';
import { deleteNote, isNewer, restoreNote, visibleNotes, type Note } from '../core/note';
import type { IDBPTransaction } from 'idb';
import { database, closeDatabase, type ClaimlineDB, type ClaimlineSchema } from './database';

export type SaveResult = { saved: true; note: Note } | { saved: false; stored: Note };

/** Runs `work` on the database; a connection that was closed under it is reopened once. */
async function withDatabase<T>(work: (db: ClaimlineDB) => Promise<T>): Promise<T> {
  try {
    return await work(await database());
  } catch (error) {
    if ((error as DOMException | null)?.name !== 'InvalidStateError') throw error;
    closeDatabase();
    return work(await database());
  }
}

type NotesTx = IDBPTransaction<ClaimlineSchema, 'notes'[], 'readwrite'>;

/**
 * Runs `work` in one read-write transaction on the notes and resolves once it
 * committed. Any error (ours or the database's) aborts it: all or nothing.
 */
async function writeNotes<T>(work: (tx: NotesTx) => Promise<T>): Promise<T> {
  return withDatabase(async (db) => {
    const tx = db.transaction(['notes'], 'readwrite');
    try {
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the database itself.
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
  });
}

/** The visible notes of a talk, in time order. */
export function listNotes(videoId: VideoId): Promise<Note[]> {
  return withDatabase(async (db) => visibleNotes(await db.getAllFromIndex('notes', 'byVideo', videoId)));
}

/** Every note, tombstones included (for export and the library). */
export function allNotes(): Promise<Note[]> {
  return withDatabase((db) => db.getAll('notes'));
}

/** Stores `note` unless a version at least as new is already stored; then that one is returned instead. */
export function saveNote(note: Note): Promise<SaveResult> {
  return writeNotes(async (tx) => {
    const stored = await tx.objectStore('notes').get(note.id);
    if (stored && !isNewer(note, stored)) return { saved: false, stored };
    await tx.objectStore('notes').put(note);
    return { saved: true, note };
  });
}

/** Marks a note deleted (or restores it), stamped now, in one transaction. */
function changeNote(id: NoteId, change: (note: Note, now: Date) => Note, now: Date): Promise<Note | null> {
  return writeNotes(async (tx) => {
    const stored = await tx.objectStore('notes').get(id);
    const next = stored ? change(stored, now) : null;
    if (next) await tx.objectStore('notes').put(next);
    return next;
  });
}

export const removeNote = (id: NoteId, now = new Date()) => changeNote(id, deleteNote, now);
export const undoRemoveNote = (id: NoteId, now = new Date()) => changeNote(id, restoreNote, now);

export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges many notes in ONE transaction (an import): no duplicates by id, the
 * newer `updatedAt` wins. If anything fails, the transaction aborts and
 * nothing is written.
 */
export function mergeNotes(notes: readonly Note[]): Promise<MergeResult> {
  return writeNotes(async (tx) => {
    const result: MergeResult = { added: 0, updated: 0, unchanged: 0 };
    for (const note of notes) {
      const stored = await tx.objectStore('notes').get(note.id);
      if (!stored) result.added += 1;
      else if (isNewer(note, stored)) result.updated += 1;
      else {
        result.unchanged += 1;
        continue;
      }
      await tx.objectStore('notes').put(note);
    }
    return result;
  });
}

/** The background's answers to note requests: storage, then a change announcement, errors in words. */
import type { VideoId } from '../core/ids';
import type { Handlers } from './server';
import { announceNotesChanged } from '../storage/notes-bus';
import { listNotes, removeNote, saveNote, undoRemoveNote } from '../storage/notes-store';
import { describeStorageError } from '../storage/storage-errors';

type NoteHandlers = Pick<Handlers, 'notes.list' | 'notes.save' | 'notes.delete' | 'notes.restore'>;

/** Rethrows a storage failure as a sentence that says what was not saved. */
async function explained<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(`${what}: ${describeStorageError(error)}`, { cause: error });
  }
}

/** Announces after replying: the save is confirmed by its transaction, not by the announcement. */
function announce(videoId: VideoId) {
  setTimeout(() => void announceNotesChanged([videoId]).catch(() => undefined), 0);
}

export const noteHandlers: NoteHandlers = {
  'notes.list': ({ videoId }) => explained('Notes could not be read', () => listNotes(videoId)),
  'notes.save': async ({ note }) => {
    const result = await explained('Not saved', () => saveNote(note));
    if (result.saved) announce(note.videoId);
    return result;
  },
  'notes.delete': async ({ id }) => {
    const note = await explained('Not deleted', () => removeNote(id));
    if (note) announce(note.videoId);
    return note;
  },
  'notes.restore': async ({ id }) => {
    const note = await explained('Not restored', () => undoRemoveNote(id));
    if (note) announce(note.videoId);
    return note;
  },
};

/** Notes, asked of the background: the overlay and extension pages never open the database themselves. */
import type { NotesApi } from '../overlay/notes-session';
import { request } from './client';

export const notesApi: NotesApi = {
  list: (videoId) => request('notes.list', { videoId }),
  save: (note) => request('notes.save', { note }),
  remove: (id) => request('notes.delete', { id }),
  restore: (id) => request('notes.restore', { id }),
};

/** The library page's requests to the background. */
import type { LibraryDeps } from '../library/library-controller';
import { request } from './client';
import { notesApi } from './notes-client';

export const libraryApi: LibraryDeps['api'] = {
  ...notesApi,
  catalog: () => request('talks.list', {}),
  bundles: () => request('talks.bundles', {}),
  allNotes: () => request('notes.all', {}),
  importNotes: (notes) => request('notes.import', { notes }),
  importTalk: (fileName, source) => request('talks.import', { fileName, source }),
  removeTalk: (videoId) => request('talks.remove', { videoId }),
};

/** The library page's requests to the background. */
import type { LibraryDeps } from '../library/library-controller';
import { visibleNotes } from '../core/note';
import { allNotes } from '../storage/notes-store';
import { request } from './client';
import { notesApi } from './notes-client';

export const libraryApi: LibraryDeps['api'] = {
  ...notesApi,
  catalog: () => request('talks.list', {}),
  bundles: () => request('talks.bundles', {}),
  // An extension page shares the extension's IndexedDB: ten thousand notes read
  // directly take a third of the time they take as one message. Writes still go
  // through the background, which announces them to every tab.
  allNotes: async () => visibleNotes(await allNotes()),
  importNotes: (notes) => request('notes.import', { notes }),
  importTalk: (fileName, source) => request('talks.import', { fileName, source }),
  removeTalk: (videoId) => request('talks.remove', { videoId }),
};

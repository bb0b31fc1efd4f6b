/** The background's answers for the library page: talks (packaged and imported), every note, imports. */
import { compileImportedTalk } from '../core/compile-imported';
import type { VideoId } from '../core/ids';
import { announceNotesChanged } from '../storage/notes-bus';
import { allNotes, mergeNotes } from '../storage/notes-store';
import { visibleNotes } from '../core/note';
import { importedTalk, removeImportedTalk, storeImportedTalk } from '../storage/imported-talks';
import { describeStorageError } from '../storage/storage-errors';
import { allBundles, catalog, packagedBibliography, packagedTalks } from '../storage/talk-catalog';
import type { Handlers } from './server';

type LibraryHandlers = Pick<Handlers, 'notes.all' | 'notes.import' | 'talks.list' | 'talks.bundles' | 'talks.import' | 'talks.remove'>;

export const libraryHandlers: LibraryHandlers = {
  'notes.all': async () => visibleNotes(await allNotes()),
  'notes.import': async ({ notes }) => {
    let result;
    try {
      result = await mergeNotes(notes);
    } catch (error) {
      throw new Error(`Nothing imported: ${describeStorageError(error)}`, { cause: error });
    }
    void announceNotesChanged(notes.map((n) => n.videoId)).catch(() => undefined);
    return result;
  },
  'talks.list': () => catalog(),
  'talks.bundles': () => allBundles(),
  'talks.import': async ({ fileName, source }) => {
    const packaged = await packagedTalks();
    const bundles = await allBundles();
    const compiled = compileImportedTalk(fileName, source, {
      bibliography: await packagedBibliography(),
      talks: bundles.map((b) => b.talk),
    });
    const bundle = compiled.bundle;
    if (!bundle) return { stored: false, replaced: false, videoId: null, title: null, diagnostics: compiled.diagnostics };
    const videoId: VideoId = bundle.talk.videoId;
    if (packaged.has(videoId)) {
      return {
        stored: false,
        replaced: false,
        videoId,
        title: bundle.talk.title,
        diagnostics: [{ file: fileName, line: 1, column: 1, severity: 'error', field: 'videoId', message: `videoId ${videoId} is a talk bundled with Claimline: it cannot be replaced by an import` }],
      };
    }
    const replaced = (await importedTalk(videoId)) !== null;
    await storeImportedTalk({ videoId, fileName, source, importedAt: new Date().toISOString(), bundle });
    return { stored: true, replaced, videoId, title: bundle.talk.title, diagnostics: compiled.diagnostics };
  },
  'talks.remove': async ({ videoId }) => {
    if ((await packagedTalks()).has(videoId)) throw new Error('A talk bundled with Claimline cannot be removed');
    return removeImportedTalk(videoId);
  },
};

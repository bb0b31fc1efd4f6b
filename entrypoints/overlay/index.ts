import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { request } from '../../src/messaging/client';
import { notesApi } from '../../src/messaging/notes-client';
import { answerStatus, watchAddNoteCommand } from '../../src/messaging/tab-commands';
import { startOverlay } from '../../src/overlay/controller';
import { registerOverlay } from '../../src/overlay/handoff';
import * as drafts from '../../src/storage/drafts';
import { watchNotesChanged } from '../../src/storage/notes-bus';
import { readSettings } from '../../src/core/settings';
import { saveSettings, watchSettings } from '../../src/storage/settings';
import { recordWatch } from '../../src/storage/watch-history';
import css from '../../src/ui/panel.css?inline';

// Imported by the content script when a talk opens; never loaded on other pages.
export default defineUnlistedScript(() => {
  registerOverlay(async (bundle, location, signal, storedSettings) => {
    const settings = readSettings(storedSettings);
    if (signal.aborted) return;
    startOverlay({
      bundle,
      location,
      doc: document,
      win: window,
      signal,
      css,
      settings,
      saveSettings: (patch) => void saveSettings(patch),
      watchSettings,
      notesApi,
      drafts: { load: drafts.loadDraft, store: drafts.storeDraft, clear: drafts.clearDraft },
      watchNotes: watchNotesChanged,
      watchAddNoteCommand,
      answerStatus,
      recordWatch: (position, duration) => void recordWatch(bundle.talk.videoId, position, duration).catch(() => undefined),
      currentConcepts: (videoId) => request('talk.concepts', { videoId }),
    });
  });
});

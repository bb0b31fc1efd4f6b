import '../../src/platform/buffer-global';
import { followSystemTheme } from '../../src/platform/system-theme';
import { h, render } from 'preact';
import { startLibrary } from '../../src/library/library-controller';
import { download } from '../../src/library/download';
import { libraryApi } from '../../src/messaging/library-client';
import * as drafts from '../../src/storage/drafts';
import { watchNotesChanged } from '../../src/storage/notes-bus';
import { loadSettings, saveSettings, watchSettings } from '../../src/storage/settings';
import { watchHistory } from '../../src/storage/watch-history';
import { LibraryApp } from '../../src/ui/library/LibraryApp';
import '../../src/ui/library/library.css';

const root = document.getElementById('app')!;
followSystemTheme(document.documentElement, window);
startLibrary({
  win: window,
  api: libraryApi,
  history: watchHistory,
  settings: { load: loadSettings, save: saveSettings, watch: watchSettings },
  watchNotes: (onChange, signal) => watchNotesChanged(() => onChange(), signal),
  drafts: { load: drafts.loadDraft, store: drafts.storeDraft, clear: drafts.clearDraft },
  save: (file) => download(document, file.name, file.content, file.mime),
  render: (props) => render(h(LibraryApp, props), root),
  signal: new AbortController().signal,
});

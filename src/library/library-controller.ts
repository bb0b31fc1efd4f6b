/**
 * The library page: loads the catalogue, every note and every talk, keeps the
 * route in the hash, builds the search index after the first paint, edits
 * notes through the same notes session as the overlay, and runs imports and
 * exports. Renders through `render`; knows no component internals.
 */
import type { VideoId } from '../core/ids';
import { conceptIndex, referenceIndex } from '../core/library-index';
import type { Note } from '../core/note';
import type { CatalogEntry, NotesMergeResult, TalkImportResult } from '../core/protocol';
import { createSearchIndex, noteDoc, search, talkDocs, type SearchHit, type SearchIndex } from '../core/search';
import type { Settings } from '../core/settings';
import type { TalkBundle } from '../core/talk-bundle';
import { watchUrl } from '../core/youtube-url';
import { NotesSession, type DraftStore, type NotesApi } from '../overlay/notes-session';
import type { WatchRecord } from '../storage/watch-history';
import type { LibraryProps, LibraryRoute, LibraryTalk, TransferMessage } from '../ui/library/library-props';
import { formatRoute, parseRoute } from './route';
import { backupNotes, exportTalks, importFile, type SavedFile } from './transfer';

export interface LibraryDeps {
  win: Window;
  api: NotesApi & {
    catalog(): Promise<CatalogEntry[]>;
    bundles(): Promise<TalkBundle[]>;
    allNotes(): Promise<Note[]>;
    importNotes(notes: Note[]): Promise<NotesMergeResult>;
    importTalk(fileName: string, source: string): Promise<TalkImportResult>;
    removeTalk(videoId: VideoId): Promise<boolean>;
  };
  history(): Promise<Map<VideoId, WatchRecord>>;
  settings: { load(): Promise<Settings>; save(patch: Partial<Settings>): Promise<Settings>; watch(onChange: (s: Settings) => void, signal: AbortSignal): void };
  watchNotes(onChange: () => void, signal: AbortSignal): void;
  drafts: DraftStore;
  save(file: SavedFile): void;
  render(props: LibraryProps): void;
  signal: AbortSignal;
}

/** Results shown for one query. */
const RESULTS = 50;

/**
 * A `performance.mark` made on the first frame after the first render that
 * shows the viewer's data (catalogue, talks and notes loaded): DevTools shows
 * it, and `npm run bench` times the library's first render by it (issue 6).
 */
export const LIBRARY_READY_MARK = 'claimline-library-ready';

export function startLibrary(deps: LibraryDeps): void {
  const { win, api, signal } = deps;
  let route: LibraryRoute = parseRoute(win.location.hash);
  let catalog: CatalogEntry[] | null = null;
  let bundles = new Map<VideoId, TalkBundle>();
  let notes: Note[] = [];
  let history = new Map<VideoId, WatchRecord>();
  let settings: Settings | null = null;
  let index: SearchIndex | null = null;
  let query = route.page === 'search' ? route.query : '';
  let results: SearchHit[] = [];
  let busy = false;
  let messages: TransferMessage[] = [];
  let status: string | null = null;
  let session: { videoId: VideoId; notes: NotesSession; abort: AbortController } | null = null;
  let readyMarked = false;

  const talks = (): LibraryTalk[] | null =>
    catalog?.map((entry) => {
      const watched = history.get(entry.videoId);
      return {
        videoId: entry.videoId,
        title: entry.title,
        claims: entry.claims,
        notes: notes.filter((n) => n.videoId === entry.videoId).length,
        papers: entry.papers,
        concepts: entry.concepts,
        origin: entry.origin,
        importedAt: entry.importedAt,
        lastWatched: watched?.at ?? null,
        position: watched?.position ?? null,
        duration: watched?.duration ?? null,
      };
    }) ?? null;

  const draw = () => {
    if (signal.aborted || !settings) return;
    const talkPage = route.page === 'talk' ? route : null;
    const bundle = talkPage ? bundles.get(talkPage.videoId) : undefined;
    const origin = catalog?.find((c) => c.videoId === talkPage?.videoId)?.origin ?? 'bundled';
    deps.render({
      route,
      talks: talks(),
      talk: bundle && session ? { bundle, notes: session.notes.notes, origin } : null,
      editor: session?.notes.editor ?? null,
      query,
      results,
      searchReady: index !== null,
      concepts: conceptIndex([...bundles.values()]),
      references: referenceIndex([...bundles.values()]),
      settings,
      busy,
      messages,
      status: session?.notes.status ?? status,
      onNavigate: (next) => navigate(next),
      onQuery: (next) => {
        query = next;
        runSearch();
        if (next.trim()) navigate({ page: 'search', query: next }, true);
        else draw();
      },
      onOpenAt: (videoId, start) => void win.open(watchUrl(videoId, start), '_blank', 'noopener'),
      onExport: (format, videoId) => {
        const chosen = videoId ? [bundles.get(videoId)].filter((b): b is TalkBundle => !!b) : [...bundles.values()];
        deps.save(exportTalks(chosen, notes, format, new Date()));
      },
      onBackup: () => deps.save(backupNotes(notes, new Date())),
      onImportFiles: (files) => void importFiles(files),
      onRemoveTalk: (videoId) => void removeTalk(videoId),
      onSettingsChange: (patch) => {
        settings = { ...settings!, ...patch };
        void deps.settings.save(patch);
        draw();
      },
      onEditNote: (id) => session?.notes.edit(id),
      onDeleteNote: (id) => void session?.notes.remove(id),
      onDraftChange: (change) => session?.notes.change(change),
      onSaveNote: () => void session?.notes.save(),
      onCancelNote: () => session?.notes.cancel(),
    });
    if (!readyMarked && catalog !== null) {
      readyMarked = true;
      win.requestAnimationFrame(() => win.performance.mark(LIBRARY_READY_MARK));
    }
  };

  const navigate = (next: LibraryRoute, replace = false) => {
    route = next;
    const hash = formatRoute(next);
    if (win.location.hash !== hash) {
      if (replace && win.location.hash.startsWith('#/search')) win.history.replaceState(null, '', hash);
      else win.history.pushState(null, '', hash);
    }
    openSession();
    draw();
  };

  /** The talk page edits notes through a notes session of its own, like the overlay. */
  const openSession = () => {
    const videoId = route.page === 'talk' ? route.videoId : null;
    if (session?.videoId === videoId) return;
    session?.abort.abort();
    session = null;
    if (!videoId) return;
    const abort = new AbortController();
    const notesSession = new NotesSession({
      videoId,
      api,
      drafts: deps.drafts,
      now: () => new Date(),
      newId: () => crypto.randomUUID(),
      onChange: draw,
      signal: AbortSignal.any([signal, abort.signal]),
    });
    session = { videoId, notes: notesSession, abort };
    void notesSession.refresh();
  };

  const runSearch = () => {
    results = index ? search(index, query, RESULTS) : [];
  };

  const buildIndex = () => {
    const titles = new Map([...bundles.values()].map((b) => [b.talk.videoId, b.talk.title]));
    index = createSearchIndex([
      ...[...bundles.values()].flatMap(talkDocs),
      ...notes.map((n) => noteDoc(n, titles.get(n.videoId) ?? n.videoId)),
    ]);
    runSearch();
    draw();
  };

  const load = async () => {
    // The talk list first (what the page opens on); every talk's claims, the
    // talk page and the search index follow, off the first paint.
    const talksBundles = api.bundles();
    const [entries, allNotes, watched] = await Promise.all([api.catalog(), api.allNotes(), deps.history()]);
    catalog = entries;
    notes = allNotes;
    history = watched;
    draw();
    bundles = new Map((await talksBundles).map((b) => [b.talk.videoId, b]));
    openSession();
    draw();
    setTimeout(buildIndex, 0);
  };

  const importFiles = async (files: readonly File[]) => {
    busy = true;
    messages = [];
    draw();
    for (const file of files) {
      messages = [...messages, await importFile(file, api, new Date())];
      draw();
    }
    busy = false;
    await load();
  };

  const removeTalk = async (videoId: VideoId) => {
    try {
      await api.removeTalk(videoId);
      status = 'Talk removed. Your notes on it are kept.';
      if (route.page === 'talk' && route.videoId === videoId) navigate({ page: 'talks' });
      await load();
    } catch (error) {
      status = (error as Error).message;
      draw();
    }
  };

  win.addEventListener('hashchange', () => {
    route = parseRoute(win.location.hash);
    if (route.page === 'search') query = route.query;
    runSearch();
    openSession();
    draw();
  }, { signal });
  deps.watchNotes(() => void load(), signal);
  deps.settings.watch((next) => {
    settings = next;
    draw();
  }, signal);
  void deps.settings.load().then((loaded) => {
    settings = loaded;
    draw();
  });
  void load();
}

/**
 * The overlay of one talk on one watch page: owns the panel's Preact
 * container, the progress-bar markers, the playback follower and the notes
 * session. Created when a talk opens, destroyed (through `signal`) on the next
 * navigation or when the extension goes away; nothing of it outlives that.
 */
import { h, render } from 'preact';
import { checkAgainstDuration, type DurationCheck } from '../core/duration-check';
import type { ClaimId, NoteId, VideoId } from '../core/ids';
import type { PanelLayout } from '../core/layout';
import type { Claim } from '../core/model';
import type { Note } from '../core/note';
import type { OverlayStatus } from '../core/protocol';
import type { Settings } from '../core/settings';
import type { BundledConcept, TalkBundle } from '../core/talk-bundle';
import { activeIndex, claimsInTimeOrder, nextClaimStart, previousClaimStart } from '../core/timeline';
import { watchUrl, type VideoLocation } from '../core/youtube-url';
import { Panel } from '../ui/Panel';
import type { PanelProps, PanelView } from '../ui/panel-props';
import { watchAds } from '../youtube/ad-watch';
import { watchLayout } from '../youtube/layout-watch';
import { removeLeftovers } from '../youtube/leftovers';
import { createPanelHost } from '../youtube/panel-host';
import { followPlayback, type Follower } from '../youtube/playback';
import { ProgressMarkers } from '../youtube/progress-markers';
import { watchTheme } from '../youtube/theme-watch';
import { watchVideo } from '../youtube/video-watch';
import { decideLayout, isAdShowing, pageTheme, talkDuration } from '../youtube/watch-page';
import { NAVIGATED } from './handoff';
import { isEditableTarget, stepKey } from './keys';
import { barMarkers } from './markers';
import { NotesSession, type DraftStore, type NotesApi } from './notes-session';
import { showOrphanedDraft } from './orphan';

export interface OverlayDeps {
  bundle: TalkBundle;
  location: VideoLocation;
  doc: Document;
  win: Window;
  /** Aborted with `NAVIGATED` when the viewer leaves the talk, with another reason when the extension goes away. */
  signal: AbortSignal;
  css: string;
  settings: Settings;
  saveSettings(patch: Partial<Settings>): void;
  watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  notesApi: NotesApi;
  drafts: DraftStore;
  /** Calls back when a talk's notes changed in another tab or page. */
  watchNotes(onChange: (videoIds: VideoId[]) => void, signal: AbortSignal): void;
  /** Calls back when the extension's rebindable shortcut (or the popup) asks for a new note. */
  watchAddNoteCommand(onCommand: () => void, signal: AbortSignal): void;
  /** Answers the popup's question: what is playing here. */
  answerStatus(status: () => OverlayStatus, signal: AbortSignal): void;
  /** Remembers how far the viewer got (the library shows it). */
  recordWatch(position: number, duration: number | null): void;
  /** The talk's concepts with talks imported after its bundle was made; null when the bundle's are current. */
  currentConcepts(videoId: VideoId): Promise<readonly BundledConcept[] | null>;
}

/** How often the position is remembered while playing. */
const WATCH_RECORD_MS = 15_000;

interface State {
  check: DurationCheck;
  beyond: ReadonlySet<ClaimId>;
  activeId: ClaimId | null;
  layout: PanelLayout;
  theme: 'light' | 'dark';
  /** The tab shown; each page starts on the claims by section. */
  view: PanelView;
  settings: Settings;
}

/** Mark name for benchmarks and tests: the panel's first paint. */
export const VISIBLE_MARK = 'claimline-overlay-visible';

export function startOverlay(deps: OverlayDeps): void {
  const { bundle, location, doc, win, signal } = deps;
  const { talk } = bundle;
  /** The bundle's, until the background says which imported talks discuss them too. */
  let concepts: readonly BundledConcept[] = bundle.concepts;
  const embedded = location.kind === 'embed';
  /** Typed into an editor that an earlier copy of Claimline left on the page (Firefox, after an update): newer than any stored draft. */
  const leftoverText = removeLeftovers(doc);
  const host = createPanelHost(doc, deps.css, signal);
  const markers = new ProgressMarkers(doc, signal);
  const unchecked: DurationCheck = { claims: talk.claims, format: talk.timestampFormat, switched: false, beyond: [], notice: null };
  const state: State = {
    check: unchecked,
    beyond: new Set(),
    activeId: null,
    layout: decideLayout(doc, embedded),
    theme: pageTheme(doc),
    view: 'sections',
    settings: deps.settings,
  };
  let video: HTMLVideoElement | null = null;
  let timeOrder: Claim[] = claimsInTimeOrder(talk.claims);
  let follower: Follower | null = null;
  let followAbort: AbortController | null = null;
  /** The talk's own time, never an ad's: notes are stamped with it. */
  let talkTime = location.start ?? 0;
  let pausedForTyping = false;
  let lastRecorded = 0;
  const remember = () => {
    if (!video || isAdShowing(doc) || talkTime <= 0) return;
    lastRecorded = Date.now();
    deps.recordWatch(talkTime, talkDuration(doc, video) || null);
  };
  let painted = false;

  const notes = new NotesSession({
    videoId: talk.videoId,
    api: deps.notesApi,
    drafts: deps.drafts,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    onChange: () => {
      if (!notes.editor && pausedForTyping) resumeAfterTyping();
      draw();
      // The bar is redrawn when the notes change (after the panel shows them), not at every keystroke in the editor.
      if (notes.notes !== markedNotes) drawMarkers();
    },
    signal,
  });

  const seekTo = (start: number) => {
    if (!video || isAdShowing(doc)) return;
    video.currentTime = start;
    void video.play().catch(() => undefined);
  };

  const addNote = () => {
    const time = video && !isAdShowing(doc) ? video.currentTime : talkTime;
    const claim = timeOrder[activeIndex(timeOrder.map((c) => c.start), time)] ?? null;
    notes.add(Math.floor(time * 10) / 10, claim?.id ?? null);
    if (state.settings.collapsed) updateSettings({ collapsed: false });
    if (state.settings.pauseWhileTyping && video && !video.paused && !isAdShowing(doc)) {
      video.pause();
      pausedForTyping = true;
    }
  };

  const resumeAfterTyping = () => {
    pausedForTyping = false;
    if (video && !isAdShowing(doc)) void video.play().catch(() => undefined);
  };

  const props = (): PanelProps => ({
    title: talk.title,
    claims: state.check.claims,
    activeId: state.activeId,
    beyond: state.beyond,
    notice: [state.check.notice, notes.loadError].filter(Boolean).join(' ') || null,
    papers: bundle.papers,
    concepts,
    view: state.view,
    collapsed: state.settings.collapsed,
    followPlayback: state.settings.followPlayback,
    layout: state.layout,
    theme: state.theme,
    notes: notes.notes,
    editor: notes.editor,
    status: notes.status,
    undo: notes.undo,
    onAddNote: addNote,
    onEditNote: (id: NoteId) => notes.edit(id),
    onDeleteNote: (id: NoteId) => void notes.remove(id),
    onUndoDelete: () => void notes.undoRemove(),
    onDraftChange: (change) => notes.change(change),
    onSaveNote: () => void notes.save(),
    onCancelNote: () => notes.cancel(),
    onSeekTime: seekTo,
    onSeek: (id) => {
      const claim = state.check.claims.find((c) => c.id === id);
      if (claim && !state.beyond.has(id)) seekTo(claim.start);
    },
    onOpenTalk: (videoId: VideoId, start: number) => {
      const url = watchUrl(videoId, start, embedded ? 'https://www.youtube.com' : win.location.origin);
      if (embedded) win.open(url, '_blank', 'noopener');
      else win.location.assign(url);
    },
    onViewChange: (view: PanelView) => {
      state.view = view;
      draw();
    },
    onCollapsedChange: (collapsed: boolean) => updateSettings({ collapsed }),
  });

  const draw = () => {
    if (signal.aborted) return;
    if (!host.host.isConnected && !host.place(state.layout)) return;
    render(h(Panel, props()), host.mount);
    if (!painted) {
      painted = true;
      win.requestAnimationFrame(() => {
        // One mark per page, not one per talk opened in it.
        performance.clearMarks(VISIBLE_MARK);
        performance.mark(VISIBLE_MARK, { detail: { videoId: talk.videoId } });
      });
    }
  };

  const updateSettings = (patch: Partial<Settings>) => {
    state.settings = { ...state.settings, ...patch };
    deps.saveSettings(patch);
    draw();
  };

  let markedNotes: readonly Note[] | null = null;
  const drawMarkers = () => {
    if (!video || signal.aborted) return;
    markedNotes = notes.notes;
    markers.update(barMarkers(state.check.claims, notes.notes), talkDuration(doc, video), state.settings.markersVisible);
  };

  /** Re-checks the times against the duration and restarts following with the resulting starts. */
  let followed: { video: HTMLVideoElement; duration: number } | null = null;
  const follow = () => {
    if (!video) return;
    const duration = talkDuration(doc, video);
    // loadedmetadata and durationchange often say the same thing: follow once per video and length.
    if (followed?.video === video && followed.duration === duration) return;
    followed = { video, duration };
    if (duration > 0 && !isAdShowing(doc)) {
      state.check = checkAgainstDuration(talk.claims, talk.timestampFormat, duration);
      state.beyond = new Set(state.check.beyond);
    }
    timeOrder = claimsInTimeOrder(state.check.claims);
    followAbort?.abort();
    followAbort = new AbortController();
    const current = video;
    follower = followPlayback(current, {
      starts: timeOrder.map((c) => c.start),
      isAd: () => isAdShowing(doc),
      onActive: (index) => {
        state.activeId = timeOrder[index]?.id ?? null;
        draw();
      },
      signal: AbortSignal.any([signal, followAbort.signal]),
    });
    const own = { signal: AbortSignal.any([signal, followAbort.signal]), passive: true };
    current.addEventListener('timeupdate', () => {
      if (isAdShowing(doc)) return;
      talkTime = current.currentTime;
      if (Date.now() - lastRecorded > WATCH_RECORD_MS) remember();
    }, own);
    current.addEventListener('pause', remember, own);
    drawMarkers();
    draw();
  };

  watchVideo(doc, (next) => {
    video = next;
    next.addEventListener('durationchange', follow, { signal });
    next.addEventListener('loadedmetadata', follow, { signal });
    follow();
  }, signal);
  watchLayout(doc, win, () => {
    const layout = decideLayout(doc, embedded);
    if (layout !== state.layout || !host.host.isConnected) {
      state.layout = layout;
      host.place(layout);
      draw();
    }
    // The markers need nothing here: they are placed in percent and follow the bar's size.
  }, signal);
  watchTheme(doc, (theme) => {
    state.theme = theme;
    draw();
  }, signal);
  deps.watchSettings((settings) => {
    state.settings = settings;
    drawMarkers();
    draw();
  }, signal);
  deps.watchNotes((videoIds) => {
    if (videoIds.includes(talk.videoId)) void notes.refresh();
  }, signal);
  deps.watchAddNoteCommand(addNote, signal);
  deps.answerStatus(() => {
    const active = state.check.claims.find((c) => c.id === state.activeId);
    return {
      videoId: talk.videoId,
      title: talk.title,
      currentClaim: active ? `${active.label ? `${active.label}: ` : ''}${active.text}` : null,
      notes: notes.notes.length,
    };
  }, signal);
  // The ad ends: read the time again.
  watchAds(doc, () => follower?.check(), signal);
  doc.addEventListener('keydown', (event) => {
    const step = stepKey(event);
    if (!step || !video || isEditableTarget(event)) return;
    const target = step === 'next' ? nextClaimStart(timeOrder, video.currentTime) : previousClaimStart(timeOrder, video.currentTime);
    if (target === null) return;
    event.preventDefault();
    seekTo(target);
  }, { signal });
  win.addEventListener('pagehide', () => {
    notes.flushDraft();
    remember();
  }, { signal });
  signal.addEventListener('abort', () => {
    if (signal.reason === NAVIGATED) remember();
    const orphaned = signal.reason !== NAVIGATED && notes.dirty ? (notes.editor?.text ?? '') : null;
    render(null, host.mount);
    if (orphaned !== null) showOrphanedDraft(host.mount, orphaned);
    else host.destroy();
  }, { once: true });
  host.place(state.layout);
  draw();
  void notes.start().then(() => {
    if (!leftoverText || signal.aborted) return;
    if (!notes.editor) addNote();
    if (notes.editor?.text !== leftoverText) notes.change({ text: leftoverText });
  });
  // Imported talks that discuss this talk's concepts: asked after the panel shows, so it never waits for them.
  deps
    .currentConcepts(talk.videoId)
    .then((current) => {
      if (!current || signal.aborted) return;
      concepts = current;
      draw();
    })
    .catch(() => undefined);
}

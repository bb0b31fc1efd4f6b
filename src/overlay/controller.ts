/**
 * The overlay of one talk on one watch page: owns the panel's Preact
 * container, the progress-bar markers and the playback follower. Created when
 * a talk opens, destroyed (through `signal`) on the next navigation or when
 * the extension goes away; nothing of it outlives that.
 */
import { h, render } from 'preact';
import { checkAgainstDuration, type DurationCheck } from '../core/duration-check';
import type { ClaimId, VideoId } from '../core/ids';
import type { PanelLayout } from '../core/layout';
import type { Claim } from '../core/model';
import type { Settings } from '../core/settings';
import type { TalkBundle } from '../core/talk-bundle';
import { claimsInTimeOrder } from '../core/timeline';
import type { VideoLocation } from '../core/youtube-url';
import { watchUrl } from '../core/youtube-url';
import { Panel } from '../ui/Panel';
import type { PanelProps, PanelView } from '../ui/panel-props';
import { watchLayout } from '../youtube/layout-watch';
import { createPanelHost } from '../youtube/panel-host';
import { followPlayback, type Follower } from '../youtube/playback';
import { ProgressMarkers, type BarMarker } from '../youtube/progress-markers';
import { watchTheme } from '../youtube/theme-watch';
import { watchVideo } from '../youtube/video-watch';
import { decideLayout, isAdShowing, pageTheme, talkDuration } from '../youtube/watch-page';
import { isEditableTarget, stepKey } from './keys';

export interface OverlayDeps {
  bundle: TalkBundle;
  location: VideoLocation;
  doc: Document;
  win: Window;
  /** Aborted on navigation away or when the extension context goes away. */
  signal: AbortSignal;
  css: string;
  settings: Settings;
  saveSettings(patch: Partial<Settings>): void;
  watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void;
}

interface State {
  check: DurationCheck;
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
  const embedded = location.kind === 'embed';
  const host = createPanelHost(doc, deps.css, signal);
  const markers = new ProgressMarkers(doc, signal);
  const state: State = {
    check: { claims: talk.claims, format: talk.timestampFormat, switched: false, beyond: [], notice: null },
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
  let painted = false;

  const seekTo = (start: number) => {
    if (!video || isAdShowing(doc)) return;
    video.currentTime = start;
    void video.play().catch(() => undefined);
  };

  const props = (): PanelProps => ({
    title: talk.title,
    claims: state.check.claims,
    activeId: state.activeId,
    beyond: new Set(state.check.beyond),
    notice: state.check.notice,
    papers: bundle.papers,
    concepts: bundle.concepts,
    view: state.view,
    collapsed: state.settings.collapsed,
    layout: state.layout,
    theme: state.theme,
    onSeek: (id) => {
      const claim = state.check.claims.find((c) => c.id === id);
      if (claim && !state.check.beyond.includes(id)) seekTo(claim.start);
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
      win.requestAnimationFrame(() => performance.mark(VISIBLE_MARK, { detail: { videoId: talk.videoId } }));
    }
  };

  const updateSettings = (patch: Partial<Settings>) => {
    state.settings = { ...state.settings, ...patch };
    deps.saveSettings(patch);
    draw();
  };

  const drawMarkers = () => {
    if (!video) return;
    const firstOfSection = new Set<ClaimId>();
    let previous = '';
    for (const claim of state.check.claims) {
      const path = claim.section.join('\u0000');
      if (path !== previous) firstOfSection.add(claim.id);
      previous = path;
    }
    const barMarkers: BarMarker[] = state.check.claims.map((claim) => ({
      id: claim.id,
      start: claim.start,
      label: `${claim.label ? `${claim.label}: ` : ''}${claim.text}`.slice(0, 120),
      sectionStart: firstOfSection.has(claim.id),
      kind: 'claim',
    }));
    markers.update(barMarkers, talkDuration(doc, video), state.settings.markersVisible);
  };

  /** Re-checks the times against the duration and restarts following with the resulting starts. */
  const follow = () => {
    if (!video) return;
    const duration = talkDuration(doc, video);
    if (duration > 0 && !isAdShowing(doc)) state.check = checkAgainstDuration(talk.claims, talk.timestampFormat, duration);
    timeOrder = claimsInTimeOrder(state.check.claims);
    followAbort?.abort();
    followAbort = new AbortController();
    follower = followPlayback(video, {
      starts: timeOrder.map((c) => c.start),
      isAd: () => isAdShowing(doc),
      onActive: (index) => {
        state.activeId = timeOrder[index]?.id ?? null;
        draw();
      },
      signal: AbortSignal.any([signal, followAbort.signal]),
    });
    drawMarkers();
    draw();
  };

  watchVideo(
    doc,
    (next) => {
      video = next;
      next.addEventListener('durationchange', follow, { signal });
      next.addEventListener('loadedmetadata', follow, { signal });
      follow();
    },
    signal,
  );
  watchLayout(
    doc,
    win,
    () => {
      const layout = decideLayout(doc, embedded);
      if (layout !== state.layout || !host.host.isConnected) {
        state.layout = layout;
        host.place(layout);
        draw();
      }
      drawMarkers();
    },
    signal,
  );
  watchTheme(doc, (theme) => {
    state.theme = theme;
    draw();
  }, signal);
  deps.watchSettings((settings) => {
    state.settings = settings;
    drawMarkers();
    draw();
  }, signal);
  // The ad ends: read the time again.
  const adObserver = new MutationObserver(() => follower?.check());
  const player = doc.querySelector('#movie_player');
  if (player) adObserver.observe(player, { attributes: true, attributeFilter: ['class'] });
  doc.addEventListener('keydown', (event) => {
    const step = stepKey(event);
    if (!step || !video || isEditableTarget(event)) return;
    const target = step === 'next' ? nextStart(timeOrder, video.currentTime) : previousStart(timeOrder, video.currentTime);
    if (target === null) return;
    event.preventDefault();
    seekTo(target);
  }, { signal });
  signal.addEventListener('abort', () => {
    adObserver.disconnect();
    render(null, host.mount);
    host.destroy();
  }, { once: true });
  host.place(state.layout);
  draw();
}

/** The first claim start after `time`. */
function nextStart(ordered: readonly Claim[], time: number): number | null {
  return ordered.find((c) => c.start > time + 0.5)?.start ?? null;
}

/** The claim before the one being spoken, or its own start when more than two seconds into it. */
function previousStart(ordered: readonly Claim[], time: number): number | null {
  const started = ordered.filter((c) => c.start <= time + 0.5);
  const current = started.at(-1);
  if (!current) return null;
  if (time - current.start > 2) return current.start;
  return started.at(-2)?.start ?? current.start;
}

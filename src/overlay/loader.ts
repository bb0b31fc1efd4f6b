/**
 * The content script's whole job on every YouTube page: recognise a talk in
 * the URL after each navigation, and only then bring in the overlay. On any
 * other page it does nothing but read the URL.
 */
import type { TalkBundle } from '../core/talk-bundle';
import { videoLocation, type VideoLocation } from '../core/youtube-url';
import { watchNavigation, watchNavigationStart } from '../youtube/navigation';
import { NAVIGATED } from './handoff';

export interface LoaderDeps {
  win: Window;
  /** True in an iframe: there, only embedded players are followed. */
  inFrame: boolean;
  /** The talk for a video id, or null (not a talk, or the background cannot answer). */
  lookup(videoId: VideoLocation['videoId']): Promise<TalkBundle | null>;
  /** Brings in and starts the overlay; it must stop when `signal` aborts. */
  mount(bundle: TalkBundle, location: VideoLocation, signal: AbortSignal): Promise<void>;
  /** Aborted when the extension context goes away (update, reload, uninstall). */
  signal: AbortSignal;
}

/** Talks looked up in this page, most recent last: the one open and the one YouTube is navigating to (each holds a whole talk in memory). */
const REMEMBERED_TALKS = 2;

export function startLoader(deps: LoaderDeps): void {
  let current: { videoId: string; abort: AbortController } | null = null;
  const lookups = new Map<string, Promise<TalkBundle | null>>();
  /** One lookup per video: started when YouTube starts navigating there, reused when it arrives. */
  const lookup = (videoId: VideoLocation['videoId']) => {
    let pending = lookups.get(videoId);
    if (pending) {
      lookups.delete(videoId);
    } else {
      pending = deps.lookup(videoId).catch(() => null);
      // Only talks are remembered: a video that becomes a talk (an import) is asked again.
      void pending.then((bundle) => {
        if (!bundle) lookups.delete(videoId);
      });
    }
    lookups.set(videoId, pending);
    if (lookups.size > REMEMBERED_TALKS) lookups.delete(lookups.keys().next().value!);
    return pending;
  };
  watchNavigationStart(
    deps.win,
    (href) => {
      const location = videoLocation(href);
      if (location && !(deps.inFrame && location.kind !== 'embed')) void lookup(location.videoId);
    },
    deps.signal,
  );
  watchNavigation(
    deps.win,
    (href) => {
      const location = videoLocation(href);
      if (deps.inFrame && location?.kind !== 'embed') return;
      if (location && current?.videoId === location.videoId) return;
      current?.abort.abort(NAVIGATED);
      current = null;
      if (!location) return;
      const abort = new AbortController();
      current = { videoId: location.videoId, abort };
      void open(deps, lookup(location.videoId), location, AbortSignal.any([deps.signal, abort.signal]));
    },
    deps.signal,
  );
}

async function open(deps: LoaderDeps, found: Promise<TalkBundle | null>, location: VideoLocation, signal: AbortSignal) {
  const bundle = await found;
  if (!bundle || signal.aborted) return;
  await deps.mount(bundle, location, signal);
}

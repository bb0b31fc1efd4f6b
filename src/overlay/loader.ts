/**
 * The content script's whole job on every YouTube page: recognise a talk in
 * the URL after each navigation, and only then bring in the overlay. On any
 * other page it does nothing but read the URL.
 */
import type { TalkBundle } from '../core/talk-bundle';
import { videoLocation, type VideoLocation } from '../core/youtube-url';
import { watchNavigation } from '../youtube/navigation';
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

export function startLoader(deps: LoaderDeps): void {
  let current: { videoId: string; abort: AbortController } | null = null;
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
      void open(deps, location, AbortSignal.any([deps.signal, abort.signal]));
    },
    deps.signal,
  );
}

async function open(deps: LoaderDeps, location: VideoLocation, signal: AbortSignal) {
  const bundle = await deps.lookup(location.videoId).catch(() => null);
  if (!bundle || signal.aborted) return;
  await deps.mount(bundle, location, signal);
}

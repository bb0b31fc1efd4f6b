/**
 * Following a video's playback to the claim being spoken. Re-reports only when
 * the active claim changes: a binary search per event, and a timer to the
 * next boundary so the change lands on time between `timeupdate`s (~4 Hz).
 */
import { activeIndex } from '../core/timeline';

export interface PlaybackOptions {
  /** Claim starts in time order, ascending. */
  starts: readonly number[];
  /** True while an ad plays: then nothing syncs. */
  isAd(): boolean;
  /** The index (into `starts`) of the claim now spoken, -1 before the first. */
  onActive(index: number): void;
  signal: AbortSignal;
}

const EVENTS = ['timeupdate', 'seeking', 'seeked', 'ratechange', 'play', 'pause', 'loadedmetadata', 'durationchange'] as const;

export interface Follower {
  /** Re-reads the time now (after an ad ends, after the starts were re-read). */
  check(): void;
}

export function followPlayback(video: HTMLVideoElement, options: PlaybackOptions): Follower {
  const { starts, isAd, onActive, signal } = options;
  let current = Number.NaN;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    if (signal.aborted || isAd()) return;
    const time = video.currentTime;
    const index = activeIndex(starts, time);
    if (index !== current) {
      current = index;
      onActive(index);
    }
    const next = starts[index + 1];
    if (next !== undefined && !video.paused && !video.seeking && video.playbackRate > 0) {
      timer = setTimeout(check, ((next - time) / video.playbackRate) * 1000 + 5);
    }
  };
  for (const type of EVENTS) video.addEventListener(type, check, { signal, passive: true });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  check();
  return { check };
}

/**
 * How the content script hands a talk to the overlay bundle it imported: the
 * overlay registers its start function on the isolated world's global
 * (invisible to YouTube's scripts) under this key.
 */
import type { TalkBundle } from '../core/talk-bundle';
import type { VideoLocation } from '../core/youtube-url';

export const OVERLAY_KEY = Symbol.for('claimline.overlay');

/**
 * The abort reason when the viewer left the talk. Any other reason means the
 * extension itself went away (updated, reloaded, removed) under the page.
 */
export const NAVIGATED = 'claimline: navigated away';

/** `storedSettings`: what `storage.local` holds under `settings`, read by the content script while the overlay loaded. */
export type OverlayStart = (bundle: TalkBundle, location: VideoLocation, signal: AbortSignal, storedSettings: unknown) => Promise<void>;

export function registerOverlay(start: OverlayStart): void {
  (globalThis as Record<symbol, unknown>)[OVERLAY_KEY] = start;
}

export function registeredOverlay(): OverlayStart | null {
  const start = (globalThis as Record<symbol, unknown>)[OVERLAY_KEY];
  return typeof start === 'function' ? (start as OverlayStart) : null;
}

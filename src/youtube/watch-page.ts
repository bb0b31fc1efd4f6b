/** Reading YouTube's watch page: the main video, its seek bar, ads, layout and theme. DOM only, no state. */
import { AD_CLASSES, query, selectorList } from './selectors';
import type { PanelLayout } from '../core/layout';

/**
 * The talk's video: inside the main player and belonging to it, never a hover
 * or inline preview's (those are whole players of their own, with videos that
 * are `.html5-main-video` too, and can sit inside `#movie_player`); the visible
 * one when several exist. In the miniplayer it is the same element, moved.
 */
export function mainVideo(doc: Document): HTMLVideoElement | null {
  const player = query(doc, 'player');
  const previews = selectorList('previewVideo');
  // Without a recognisable player (a future layout), any video that is not a preview's.
  const candidates = [...(player ?? doc).querySelectorAll('video')].filter((v) => !v.matches(previews) && (!player || ownPlayer(v) === player));
  return (
    candidates.find((v) => v.classList.contains('html5-main-video') && isShown(v)) ??
    candidates.find(isShown) ??
    candidates.find((v) => v.classList.contains('html5-main-video')) ??
    candidates[0] ??
    null
  );
}

/** The main player's own seek bar: not a preview's, even one nested inside `#movie_player`. */
export function mainProgressBar(doc: Document): HTMLElement | null {
  const player = query(doc, 'player');
  return player ? query(player, 'progressBar', (bar) => ownPlayer(bar) === player) : null;
}

/** The html5 player an element belongs to: the nearest one around it. */
const ownPlayer = (el: Element) => el.parentElement?.closest(selectorList('anyPlayer')) ?? null;

const isShown = (el: Element) => el.getClientRects().length > 0;

/** While an ad plays, `currentTime` belongs to the ad: nothing may sync or seek. */
export function isAdShowing(doc: Document): boolean {
  const player = query(doc, 'player');
  return !!player && AD_CLASSES.some((c) => player.classList.contains(c));
}

/** The duration to place markers by: the video's, unless YouTube's own bar disagrees by more than a few seconds (an ad loaded in the same element). */
export function talkDuration(doc: Document, video: HTMLVideoElement): number {
  const bar = mainProgressBar(doc);
  const barMax = Number(bar?.getAttribute('aria-valuemax'));
  const own = video.duration;
  if (Number.isFinite(barMax) && barMax > 0 && (!Number.isFinite(own) || Math.abs(barMax - own) > 3)) return barMax;
  return Number.isFinite(own) ? own : 0;
}

/**
 * Where the panel belongs now: a compact overlay in the player for embeds,
 * theater mode and fullscreen; the side column when it stands beside the
 * player; otherwise below the player.
 */
export function decideLayout(doc: Document, embedded: boolean): PanelLayout {
  const page = query(doc, 'watchPage');
  if (embedded || doc.fullscreenElement || page?.hasAttribute('theater') || page?.hasAttribute('fullscreen')) {
    return 'overlay';
  }
  const side = query(doc, 'sideColumn');
  const player = query(doc, 'player');
  if (!side || !isShown(side)) return 'below';
  if (player && isShown(player)) {
    const s = side.getBoundingClientRect();
    const p = player.getBoundingClientRect();
    // YouTube moves the side column under the player in narrow windows.
    if (s.top >= p.bottom - 1 && s.left < p.right) return 'below';
  }
  return 'side';
}

export function pageTheme(doc: Document): 'light' | 'dark' {
  return doc.documentElement.hasAttribute('dark') ? 'dark' : 'light';
}

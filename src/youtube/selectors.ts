/**
 * Every YouTube selector Claimline uses, in one table: YouTube changes its
 * markup without notice, so each entry says which layout it is for, since
 * when it was seen, and the fallbacks tried after it (first match wins).
 * Sources: /work/shared/YOUTUBE.md, SponsorBlock, Return YouTube Dislike.
 */
export const SELECTORS = {
  /** The main player. Desktop and m.youtube.com since 2017; embeds too. */
  player: ['#movie_player', '.html5-video-player'],
  /** The main video inside the player (not hover previews, not the miniplayer's copy). Since 2015. */
  video: ['#movie_player video.html5-main-video', '#movie_player video', '.html5-video-player video.html5-main-video'],
  /** Containers whose videos are never the talk: hover previews (2021), inline previews (2022). */
  previewVideo: ['#video-preview video', '#inline-preview-player video', 'ytd-miniplayer video'],
  /** The seek bar, where markers go. Desktop player since 2016; `.ytp-delhi-modern` player (2025) keeps it. */
  progressBar: ['.ytp-progress-bar', '.ytp-progress-bar-container'],
  /** The side column above recommendations. `ytd-watch-flexy` (2019) and `ytd-watch-grid` (2024). */
  sideColumn: ['#secondary-inner', '#secondary', 'ytd-watch-grid #secondary'],
  /** Below the player, for narrow windows and pages without a side column. Desktop since 2019; m.youtube.com. */
  belowPlayer: ['#below', 'ytd-watch-metadata', '#primary-inner', 'ytm-watch #player-container-id + *'],
  /** The watch page element that carries `theater` / `fullscreen` attributes. 2019 / 2024 layouts. */
  watchPage: ['ytd-watch-flexy', 'ytd-watch-grid'],
} as const;

/** Classes on the player while an ad plays: its `currentTime` then belongs to the ad. */
export const AD_CLASSES = ['ad-showing', 'ad-interrupting'] as const;

/** Events that end an in-page navigation: desktop (`yt-navigate-finish`), m.youtube.com (`state-navigateend`). */
export const NAVIGATION_EVENTS = ['yt-navigate-finish', 'state-navigateend'] as const;

export type SelectorName = keyof typeof SELECTORS;

/** The first element matching the named entry, trying its fallbacks in order. */
export function query<T extends Element = HTMLElement>(root: ParentNode, name: SelectorName): T | null {
  for (const selector of SELECTORS[name]) {
    const found = root.querySelector<T & Element>(selector);
    if (found) return found;
  }
  return null;
}

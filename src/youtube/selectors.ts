/**
 * Every YouTube selector Claimline uses, in one table: YouTube changes its
 * markup without notice, so each entry lists its selectors in the order they
 * are tried (first match wins), each with the layout it is for and since when
 * it has been seen there. When YouTube changes again, add the new selector
 * first with its date; keep the old ones as fallbacks until they are gone.
 * Sources: /work/shared/YOUTUBE.md, SponsorBlock, Return YouTube Dislike,
 * Iridium, and the stand-in page that copies them (tests/e2e/site/).
 */

/** The part of YouTube a selector was written against. */
export type YouTubeLayout =
  /** The desktop watch page as `ytd-watch-flexy` (2019 onwards). */
  | 'watch-flexy'
  /** The desktop watch page as `ytd-watch-grid` (2024 experiment): metadata beside the player, recommendations below. */
  | 'watch-grid'
  /** Any desktop watch page, whatever its element's name. */
  | 'watch-any'
  /** The html5 player itself, the same on desktop, embeds and m.youtube.com (the 2025 `.ytp-delhi-modern` player too). */
  | 'player'
  /** Hover and inline previews: a second html5 player (`ytd-video-preview`). */
  | 'preview'
  /** m.youtube.com (`ytm-*` elements). */
  | 'mobile';

/** A year (`2019`) or a month (`2024-05`): when the selector was first seen in that layout. */
export type SeenSince = `${number}` | `${number}-${number}`;

export interface SelectorEntry {
  selector: string;
  layout: YouTubeLayout;
  since: SeenSince;
}

export const SELECTORS = {
  /** The main player, `#movie_player.html5-video-player`; never a preview's player, which is an html5 player too. */
  player: [
    { selector: '#movie_player', layout: 'player', since: '2015' },
    { selector: '.html5-video-player:not(#inline-preview-player)', layout: 'player', since: '2015' },
  ],
  /** Every html5 player, the main one and previews': tells whose a nested element is. */
  anyPlayer: [{ selector: '.html5-video-player', layout: 'player', since: '2015' }],
  /** The main video, inside the player. (The miniplayer shows this same element, moved: it is not a copy.) */
  video: [
    { selector: '#movie_player video.html5-main-video', layout: 'player', since: '2015' },
    { selector: '#movie_player video', layout: 'player', since: '2015' },
  ],
  /** Videos that are never the talk, even inside `#movie_player`: hover previews and inline previews. */
  previewVideo: [
    { selector: '#video-preview video', layout: 'preview', since: '2021' },
    { selector: '#inline-preview-player video', layout: 'preview', since: '2022' },
    { selector: 'ytd-video-preview video', layout: 'preview', since: '2021' },
  ],
  /**
   * The seek bar, where markers go. The 2025 player (`.ytp-delhi-modern`) kept
   * it. Previews have one too: callers take the main player's own.
   */
  progressBar: [
    { selector: '.ytp-progress-bar', layout: 'player', since: '2016' },
    { selector: '.ytp-progress-bar-container', layout: 'player', since: '2016' },
  ],
  /** The side column above recommendations (grid: above the metadata), scoped to the watch page first. */
  sideColumn: [
    { selector: 'ytd-watch-flexy #secondary-inner', layout: 'watch-flexy', since: '2019' },
    { selector: 'ytd-watch-grid #secondary-inner', layout: 'watch-grid', since: '2024' },
    { selector: 'ytd-watch-flexy #secondary', layout: 'watch-flexy', since: '2019' },
    { selector: 'ytd-watch-grid #secondary', layout: 'watch-grid', since: '2024' },
    { selector: '#secondary-inner', layout: 'watch-any', since: '2019' },
  ],
  /** Below the player, for narrow windows and pages without a side column. */
  belowPlayer: [
    { selector: 'ytd-watch-flexy #below', layout: 'watch-flexy', since: '2019' },
    { selector: 'ytd-watch-grid #below', layout: 'watch-grid', since: '2024' },
    { selector: '#below', layout: 'watch-any', since: '2019' },
    { selector: 'ytd-watch-metadata', layout: 'watch-any', since: '2022' },
    { selector: '#primary-inner', layout: 'watch-any', since: '2019' },
    { selector: 'ytm-watch #player-container-id + *', layout: 'mobile', since: '2019' },
  ],
  /** The watch page element that carries `theater` / `fullscreen` attributes. */
  watchPage: [
    { selector: 'ytd-watch-flexy', layout: 'watch-flexy', since: '2019' },
    { selector: 'ytd-watch-grid', layout: 'watch-grid', since: '2024' },
  ],
} as const satisfies Record<string, readonly SelectorEntry[]>;

/** Classes on the player while an ad plays: its `currentTime` then belongs to the ad. Player, since 2017. */
export const AD_CLASSES = ['ad-showing', 'ad-interrupting'] as const;

/** Events that end an in-page navigation: desktop (`yt-navigate-finish`, 2017), m.youtube.com (`state-navigateend`, 2020). */
export const NAVIGATION_EVENTS = ['yt-navigate-finish', 'state-navigateend'] as const;

/** Events that start one, carrying where it goes (`detail.endpoint.commandMetadata.webCommandMetadata.url`, 2017). */
export const NAVIGATION_START_EVENTS = ['yt-navigate-start', 'state-navigatestart'] as const;

export type SelectorName = keyof typeof SELECTORS;

/** The named entry's selectors as one selector list, for `matches` and `closest`. */
export function selectorList(name: SelectorName): string {
  return SELECTORS[name].map((entry) => entry.selector).join(',');
}

/**
 * The first element matching the named entry, trying its selectors in order;
 * with `accept`, the first match (in that order, then document order) it accepts.
 */
export function query<T extends Element = HTMLElement>(root: ParentNode, name: SelectorName, accept?: (el: T) => boolean): T | null {
  for (const { selector } of SELECTORS[name]) {
    if (!accept) {
      const found = root.querySelector<T & Element>(selector);
      if (found) return found;
      continue;
    }
    for (const el of root.querySelectorAll<T & Element>(selector)) if (accept(el)) return el;
  }
  return null;
}

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { query, SELECTORS, selectorList, type SelectorName } from '../../src/youtube/selectors';
import { mainProgressBar, mainVideo } from '../../src/youtube/watch-page';

const LAYOUTS = ['watch-flexy', 'watch-grid', 'watch-any', 'player', 'preview', 'mobile'];
const names = Object.keys(SELECTORS) as SelectorName[];

afterEach(() => document.body.replaceChildren());

function page(html: string) {
  document.body.innerHTML = html;
}

describe('the selectors table', () => {
  it.each(names)('%s: every selector says which layout it is for and since when', (name) => {
    const entries = SELECTORS[name];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.selector.trim(), `${name}: empty selector`).not.toBe('');
      expect(LAYOUTS, `${name} ${entry.selector}: layout`).toContain(entry.layout);
      expect(entry.since, `${name} ${entry.selector}: since`).toMatch(/^(20[0-9]{2})(-(0[1-9]|1[0-2]))?$/);
      expect(Number(entry.since.slice(0, 4))).toBeLessThanOrEqual(new Date().getFullYear());
      // Each selector parses.
      expect(() => document.querySelector(entry.selector)).not.toThrow();
    }
    expect(new Set(entries.map((e) => e.selector)).size, `${name}: a selector twice`).toBe(entries.length);
  });
});

describe('query', () => {
  it('tries the fallbacks in the table’s order, not in document order', () => {
    // #secondary comes first in the document, #secondary-inner first in the table.
    page(`<ytd-watch-flexy><div id="secondary" data-n="outer"><div id="secondary-inner" data-n="inner"></div></div></ytd-watch-flexy>`);
    expect(query(document, 'sideColumn')?.dataset.n).toBe('inner');
    document.getElementById('secondary-inner')!.remove();
    expect(query(document, 'sideColumn')?.dataset.n).toBe('outer');
  });

  it('falls through every entry to the last, and returns null when nothing matches', () => {
    page(`<ytm-watch><div id="player-container-id"></div><div data-n="mobile-below"></div></ytm-watch>`);
    expect(query(document, 'belowPlayer')?.dataset.n).toBe('mobile-below');
    page(`<div></div>`);
    expect(query(document, 'belowPlayer')).toBeNull();
  });

  it('with `accept`, takes the first accepted match, still in the table’s order', () => {
    page(`<div id="a" class="html5-video-player"></div><div id="movie_player" class="html5-video-player"></div>`);
    expect(query(document, 'player')?.id).toBe('movie_player');
    expect(query(document, 'anyPlayer', (el) => el.id !== 'a')?.id).toBe('movie_player');
    expect(query(document, 'anyPlayer', () => false)).toBeNull();
  });

  it('never takes a hover preview’s player for the main one', () => {
    page(`<div id="inline-preview-player" class="html5-video-player"></div><div class="html5-video-player" data-n="main"></div>`);
    expect(query(document, 'player')?.dataset.n).toBe('main');
  });

  it('selectorList joins an entry for matches() and closest()', () => {
    page(`<div id="video-preview"><video></video></div>`);
    expect(document.querySelector('video')!.matches(selectorList('previewVideo'))).toBe(true);
  });
});

describe('the main player’s parts, with a preview nested inside it', () => {
  const PREVIEW = `<ytd-video-preview id="video-preview"><div id="inline-preview-player" class="html5-video-player">
      <div class="html5-video-container"><video class="html5-main-video" data-n="preview"></video></div>
      <div class="ytp-chrome-bottom"><div class="ytp-progress-bar" data-n="preview-bar"></div></div></div></ytd-video-preview>`;

  it('finds the main video and bar even when a preview’s come first', () => {
    page(`<div id="movie_player" class="html5-video-player">${PREVIEW}
      <div class="html5-video-container"><video class="html5-main-video" data-n="main"></video></div>
      <div class="ytp-chrome-bottom"><div class="ytp-progress-bar" data-n="main-bar"></div></div></div>`);
    expect(mainVideo(document)?.dataset.n).toBe('main');
    expect(mainProgressBar(document)?.dataset.n).toBe('main-bar');
  });

  it('finds nothing rather than the preview’s when the main video or bar is missing', () => {
    page(`<div id="movie_player" class="html5-video-player">${PREVIEW}</div>`);
    expect(mainVideo(document)).toBeNull();
    expect(mainProgressBar(document)).toBeNull();
  });

  it('finds the video in the miniplayer: it is the same element, moved', () => {
    page(`<ytd-miniplayer><div id="movie_player" class="html5-video-player"><div class="html5-video-container"><video class="html5-main-video" data-n="main"></video></div></div></ytd-miniplayer>`);
    expect(mainVideo(document)?.dataset.n).toBe('main');
  });
});

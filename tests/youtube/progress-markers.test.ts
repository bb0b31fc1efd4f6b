// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgressMarkers, type BarMarker } from '../../src/youtube/progress-markers';

const claim = (id: string, start: number, sectionStart = false): BarMarker => ({ id, start, label: `Claim ${id}`, sectionStart, kind: 'claim' });
const note = (id: string, start: number): BarMarker => ({ id, start, label: `Note ${id}`, sectionStart: false, kind: 'note' });

function bar(): HTMLElement {
  document.body.innerHTML =
    '<div id="movie_player" class="html5-video-player"><div class="ytp-progress-bar-container"><div class="ytp-progress-bar"></div></div></div>';
  return document.querySelector<HTMLElement>('.ytp-progress-bar')!;
}

const drawn = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[data-claimline-marker], [data-claimline-note-marker]')];
const lefts = (el: HTMLElement) => drawn(el).map((m) => `${m.dataset.id}@${m.style.left}`);

describe('markers on the progress bar', () => {
  let abort: AbortController;
  let progress: HTMLElement;
  beforeEach(() => {
    abort = new AbortController();
    progress = bar();
  });
  afterEach(() => abort.abort());

  it('places one marker per claim by percent of the duration, in time order, with section starts marked', () => {
    const markers = new ProgressMarkers(document, abort.signal);
    markers.update([claim('b', 300), claim('a', 0, true), claim('c', 450)], 600);
    expect(lefts(progress)).toEqual(['a@0%', 'b@50%', 'c@75%']);
    expect(drawn(progress)[0]!.dataset.sectionStart).toBe('true');
  });

  it('a new note adds one element and keeps every marker already drawn', () => {
    const markers = new ProgressMarkers(document, abort.signal);
    const claims = [claim('a', 0, true), claim('b', 300), claim('c', 450)];
    markers.update(claims, 600);
    const before = drawn(progress);
    markers.update([...claims, note('n1', 150)], 600);
    const after = drawn(progress);
    expect(lefts(progress)).toEqual(['a@0%', 'n1@25%', 'b@50%', 'c@75%']);
    expect(after.filter((el) => before.includes(el))).toHaveLength(3);
    expect(after[1]!.hasAttribute('data-claimline-note-marker')).toBe(true);
  });

  it('moves every marker when the duration changes, and removes the markers that went', () => {
    const markers = new ProgressMarkers(document, abort.signal);
    markers.update([claim('a', 0), claim('b', 300), note('n1', 150)], 600);
    markers.update([claim('a', 0), claim('b', 300)], 1200);
    expect(lefts(progress)).toEqual(['a@0%', 'b@25%']);
    markers.update([claim('a', 0), claim('b', 300)], 200);
    // Beyond the end: not drawn.
    expect(lefts(progress)).toEqual(['a@0%']);
  });

  it('hidden markers leave nothing on the bar, and come back when shown', () => {
    const markers = new ProgressMarkers(document, abort.signal);
    markers.update([claim('a', 0), claim('b', 300)], 600, false);
    expect(progress.querySelector('[data-claimline-markers]')).toBeNull();
    markers.update([claim('a', 0), claim('b', 300)], 600, true);
    expect(lefts(progress)).toEqual(['a@0%', 'b@50%']);
    abort.abort();
    expect(document.querySelector('[data-claimline-markers], [data-claimline-tooltip]')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { touchesVideo, watchVideo } from '../../src/youtube/video-watch';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function player(): HTMLElement {
  const el = document.createElement('div');
  el.id = 'movie_player';
  el.className = 'html5-video-player';
  el.innerHTML = '<div class="html5-video-container"></div><div class="ytp-progress-bar"></div>';
  document.body.append(el);
  return el;
}

function video(): HTMLVideoElement {
  const el = document.createElement('video');
  el.className = 'video-stream html5-main-video';
  return el;
}

describe('which DOM changes can change the main video', () => {
  it('a video added or removed, alone or inside a subtree, counts; anything else does not', () => {
    const box = document.createElement('div');
    box.append(video());
    const record = (added: Node[], removed: Node[] = []) =>
      ({ addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;
    expect(touchesVideo([record([video()])])).toBe(true);
    expect(touchesVideo([record([box])])).toBe(true);
    expect(touchesVideo([record([], [box])])).toBe(true);
    expect(touchesVideo([record([document.createElement('div'), document.createTextNode('x')])])).toBe(false);
    expect(touchesVideo([record([], [document.createElement('span')])])).toBe(false);
  });
});

describe('watching for the main video', () => {
  let abort: AbortController;
  beforeEach(() => {
    abort = new AbortController();
  });
  afterEach(() => {
    abort.abort();
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('reports a video that arrives late, and the one that replaces it', async () => {
    const seen: HTMLVideoElement[] = [];
    watchVideo(document, (v) => seen.push(v), abort.signal);
    expect(seen).toEqual([]);
    const box = player();
    const first = video();
    box.querySelector('.html5-video-container')!.append(first);
    await settle();
    expect(seen).toEqual([first]);
    const second = video();
    first.replaceWith(second);
    await settle();
    expect(seen).toEqual([first, second]);
  });

  it('does not look for the video again when the player changes without one (tooltips, captions, markers)', async () => {
    const box = player();
    const main = video();
    box.querySelector('.html5-video-container')!.append(main);
    const seen: HTMLVideoElement[] = [];
    watchVideo(document, (v) => seen.push(v), abort.signal);
    expect(seen).toEqual([main]);
    // Looking for the video reads layout (getClientRects): it must not happen for these.
    const reads = vi.spyOn(Element.prototype, 'getClientRects');
    const bar = box.querySelector('.ytp-progress-bar')!;
    for (let i = 0; i < 50; i++) bar.append(document.createElement('div'));
    bar.replaceChildren();
    box.append(document.createElement('div'));
    await settle();
    expect(reads).not.toHaveBeenCalled();
    expect(seen).toEqual([main]);
  });

  it('stops watching when the overlay goes', async () => {
    const seen: HTMLVideoElement[] = [];
    watchVideo(document, (v) => seen.push(v), abort.signal);
    abort.abort();
    player().append(video());
    await settle();
    expect(seen).toEqual([]);
  });
});

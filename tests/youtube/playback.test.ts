// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followPlayback } from '../../src/youtube/playback';

/** A video element whose clock the test moves. */
function fakeVideo() {
  const video = document.createElement('video');
  let time = 0;
  let paused = true;
  Object.defineProperties(video, {
    currentTime: { get: () => time, set: (t: number) => void (time = t), configurable: true },
    paused: { get: () => paused },
    seeking: { get: () => false },
    playbackRate: { value: 1, writable: true },
  });
  return {
    video,
    at(t: number, type = 'timeupdate') {
      time = t;
      video.dispatchEvent(new Event(type));
    },
    play() {
      paused = false;
      video.dispatchEvent(new Event('play'));
    },
  };
}

describe('following playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports the active claim only when it changes, whatever the number of timeupdates', () => {
    const { video, at } = fakeVideo();
    const onActive = vi.fn();
    followPlayback(video, { starts: [10, 20, 30], isAd: () => false, onActive, signal: new AbortController().signal });
    for (let t = 0; t < 40; t += 0.25) at(t);
    expect(onActive.mock.calls.map(([i]) => i)).toEqual([-1, 0, 1, 2]);
    at(15, 'seeked');
    expect(onActive).toHaveBeenLastCalledWith(0);
  });

  it('lands on the next boundary by timer, between timeupdates', () => {
    const { video, at, play } = fakeVideo();
    const onActive = vi.fn();
    followPlayback(video, { starts: [10, 20], isAd: () => false, onActive, signal: new AbortController().signal });
    at(9.5);
    play();
    expect(onActive).toHaveBeenLastCalledWith(-1);
    video.currentTime = 10.01; // the clock moves on without an event
    vi.advanceTimersByTime(510);
    expect(onActive).toHaveBeenLastCalledWith(0);
  });

  it('during an ad nothing syncs; after the ad it catches up', () => {
    const { video, at } = fakeVideo();
    let ad = true;
    const onActive = vi.fn();
    const follower = followPlayback(video, { starts: [10], isAd: () => ad, onActive, signal: new AbortController().signal });
    at(12);
    expect(onActive).not.toHaveBeenCalled();
    ad = false;
    follower.check();
    expect(onActive).toHaveBeenCalledWith(0);
  });

  it('stops with its signal', () => {
    const { video, at } = fakeVideo();
    const life = new AbortController();
    const onActive = vi.fn();
    followPlayback(video, { starts: [10], isAd: () => false, onActive, signal: life.signal });
    life.abort();
    at(12);
    expect(onActive).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asVideoId } from '../../src/core/ids';
import type { TalkBundle } from '../../src/core/talk-bundle';
import { startLoader } from '../../src/overlay/loader';

const TALK = asVideoId('Y4wMksHyMFg');
const bundle = { talk: { videoId: TALK } } as unknown as TalkBundle;

function navigate(path: string) {
  history.pushState({}, '', path);
  document.dispatchEvent(new CustomEvent('yt-navigate-finish'));
}

describe('the loader', () => {
  let life = new AbortController();
  beforeEach(() => {
    life = new AbortController();
  });
  afterEach(() => life.abort());

  it('mounts for a talk, unmounts on leaving it, never mounts for other videos', async () => {
    history.replaceState({}, '', '/');
    const mounted: AbortSignal[] = [];
    const lookup = vi.fn(async (id: string) => (id === TALK ? bundle : null));
    startLoader({ win: window, inFrame: false, signal: life.signal, lookup, mount: async (_b, _l, signal) => void mounted.push(signal) });
    expect(lookup).not.toHaveBeenCalled();

    navigate('/watch?v=abcdefghijk');
    await vi.waitFor(() => expect(lookup).toHaveBeenCalledWith('abcdefghijk'));
    expect(mounted).toHaveLength(0);

    navigate(`/watch?v=${TALK}`);
    await vi.waitFor(() => expect(mounted).toHaveLength(1));
    navigate(`/watch?v=${TALK}&t=30s`);
    expect(lookup).toHaveBeenCalledTimes(2);

    navigate('/feed/subscriptions');
    expect(mounted[0]?.aborted).toBe(true);
  });

  it('a slow lookup for a page already left mounts nothing', async () => {
    history.replaceState({}, '', '/');
    let release: (b: TalkBundle) => void = () => undefined;
    const mount = vi.fn(async () => undefined);
    startLoader({ win: window, inFrame: false, signal: life.signal, lookup: () => new Promise((r) => (release = r)), mount });
    navigate(`/watch?v=${TALK}`);
    navigate('/');
    release(bundle);
    await new Promise((r) => setTimeout(r, 10));
    expect(mount).not.toHaveBeenCalled();
  });

  it('starts looking a talk up when YouTube starts navigating there, and asks only once', async () => {
    history.replaceState({}, '', '/');
    const lookup = vi.fn(async () => bundle);
    const mount = vi.fn(async () => undefined);
    startLoader({ win: window, inFrame: false, signal: life.signal, lookup, mount });
    const endpoint = { commandMetadata: { webCommandMetadata: { url: `/watch?v=${TALK}` } } };
    document.dispatchEvent(new CustomEvent('yt-navigate-start', { detail: { endpoint } }));
    expect(lookup).toHaveBeenCalledWith(TALK);
    navigate(`/watch?v=${TALK}`);
    await vi.waitFor(() => expect(mount).toHaveBeenCalledTimes(1));
    expect(lookup).toHaveBeenCalledTimes(1);
    // Back to it later in the same page: remembered.
    navigate('/');
    navigate(`/watch?v=${TALK}`);
    await vi.waitFor(() => expect(mount).toHaveBeenCalledTimes(2));
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('a video that is not a talk is asked again next time (it may have been imported since)', async () => {
    history.replaceState({}, '', '/');
    const lookup = vi.fn(async () => null);
    startLoader({ win: window, inFrame: false, signal: life.signal, lookup, mount: async () => undefined });
    navigate('/watch?v=abcdefghijk');
    await vi.waitFor(() => expect(lookup).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 0));
    navigate('/');
    navigate('/watch?v=abcdefghijk');
    await vi.waitFor(() => expect(lookup).toHaveBeenCalledTimes(2));
  });

  it('in a frame, only embedded players count', async () => {
    history.replaceState({}, '', `/watch?v=${TALK}`);
    const lookup = vi.fn(async () => bundle);
    startLoader({ win: window, inFrame: true, signal: life.signal, lookup, mount: async () => undefined });
    navigate(`/embed/${TALK}`);
    await vi.waitFor(() => expect(lookup).toHaveBeenCalledTimes(1));
  });
});

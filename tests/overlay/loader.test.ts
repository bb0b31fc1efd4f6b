// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  const life = new AbortController();
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

  it('in a frame, only embedded players count', async () => {
    history.replaceState({}, '', `/watch?v=${TALK}`);
    const lookup = vi.fn(async () => bundle);
    startLoader({ win: window, inFrame: true, signal: life.signal, lookup, mount: async () => undefined });
    navigate(`/embed/${TALK}`);
    await vi.waitFor(() => expect(lookup).toHaveBeenCalledTimes(1));
  });
});

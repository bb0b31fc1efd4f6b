/** The talks packaged with the extension (compiled from `seeds/` at build time), read in the background. */
import browser from 'webextension-polyfill';
import type { VideoId } from '../core/ids';
import type { TalkBundle, TalkSummary } from '../core/talk-bundle';

let index: Promise<Map<VideoId, TalkSummary>> | null = null;

/** The packaged index. Cached per service-worker life: it is a file of the package, never changed. */
export function packagedTalks(): Promise<Map<VideoId, TalkSummary>> {
  index ??= fetch(browser.runtime.getURL('/talks/index.json'))
    .then((response) => response.json() as Promise<{ talks: TalkSummary[] }>)
    .then(({ talks }) => new Map(talks.map((t) => [t.videoId, t])))
    .catch((cause: unknown) => {
      index = null;
      throw cause;
    });
  return index;
}

export async function packagedTalk(videoId: VideoId): Promise<TalkBundle | null> {
  if (!(await packagedTalks()).has(videoId)) return null;
  const response = await fetch(browser.runtime.getURL(`/talks/${videoId}.json`));
  return (await response.json()) as TalkBundle;
}

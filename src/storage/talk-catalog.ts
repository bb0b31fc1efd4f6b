/**
 * Every talk Claimline knows: the ones packaged with the extension (compiled
 * from `seeds/` at build time) and the ones the viewer imported. Read in the
 * background and in extension pages.
 */
import browser from 'webextension-polyfill';
import type { VideoId } from '../core/ids';
import type { CatalogEntry } from '../core/protocol';
import type { BibEntry } from '../core/model';
import type { BundledConcept, TalkBundle, TalkSummary } from '../core/talk-bundle';
import { mentionsIn, talkSummary, withMentions } from '../core/talk-bundle';
import { importedTalk, importedTalks } from './imported-talks';


async function packagedJson<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path as '/talks/index.json'));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

let index: Promise<Map<VideoId, TalkSummary>> | null = null;

/** The packaged index. Cached per service-worker life: it is a file of the package, never changed. */
export function packagedTalks(): Promise<Map<VideoId, TalkSummary>> {
  index ??= packagedJson<{ talks: TalkSummary[] }>('/talks/index.json')
    .then(({ talks }) => new Map(talks.map((t) => [t.videoId, t])))
    .catch((cause: unknown) => {
      index = null;
      throw cause;
    });
  return index;
}

/** Bundles read in this service-worker life, most recent last (files of the package: they never change). */
const bundles = new Map<VideoId, Promise<TalkBundle>>();
const REMEMBERED_BUNDLES = 16;

export async function packagedTalk(videoId: VideoId): Promise<TalkBundle | null> {
  if (!(await packagedTalks()).has(videoId)) return null;
  let bundle = bundles.get(videoId);
  if (bundle) bundles.delete(videoId);
  else bundle = packagedJson<TalkBundle>(`/talks/${videoId}.json`);
  bundles.set(videoId, bundle);
  if (bundles.size > REMEMBERED_BUNDLES) bundles.delete(bundles.keys().next().value!);
  return bundle.catch((cause: unknown) => {
    bundles.delete(videoId);
    throw cause;
  });
}

export async function packagedBibliography(): Promise<BibEntry[]> {
  return (await packagedJson<{ bibliography: BibEntry[] }>('/talks/bibliography.json')).bibliography;
}

/** The talk for a video: packaged, or imported by the viewer; null if neither. */
export async function findTalk(videoId: VideoId): Promise<TalkBundle | null> {
  return (await packagedTalk(videoId)) ?? (await importedTalk(videoId))?.bundle ?? null;
}

/** See `talk.concepts` in the protocol. */
export async function currentConcepts(videoId: VideoId): Promise<BundledConcept[] | null> {
  const imported = await importedTalks();
  const bundle = (await packagedTalk(videoId)) ?? imported.find((t) => t.videoId === videoId)?.bundle;
  if (!bundle || bundle.concepts.length === 0) return null;
  const talks = new Set([...(await packagedTalks()).keys(), ...imported.map((t) => t.videoId)]);
  const current = withMentions(bundle.concepts, mentionsIn(bundle, imported.map((t) => t.bundle)), talks);
  return current === bundle.concepts ? null : [...current];
}

/** Every talk's bundle, packaged first, then imported. */
export async function allBundles(): Promise<TalkBundle[]> {
  const packaged = await Promise.all([...(await packagedTalks()).keys()].map((id) => packagedJson<TalkBundle>(`/talks/${id}.json`)));
  return [...packaged, ...(await importedTalks()).map((t) => t.bundle)];
}

export async function catalog(): Promise<CatalogEntry[]> {
  const packaged = [...(await packagedTalks()).values()].map((t) => ({ ...t, origin: 'bundled' as const, importedAt: null }));
  const imported = (await importedTalks()).map((t) => ({
    ...talkSummary(t.bundle.talk, t.bundle.papers),
    origin: 'imported' as const,
    importedAt: t.importedAt,
  }));
  return [...packaged, ...imported];
}

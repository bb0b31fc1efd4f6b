/**
 * The library's cross-talk indexes: every concept and every paper with each
 * talk and moment that discusses or cites it, in talk order then time order.
 */
import type { ConceptKey, RefKey, VideoId } from './ids';
import type { BibEntry } from './model';
import type { TalkBundle } from './talk-bundle';

export interface IndexedMoment {
  videoId: VideoId;
  talkTitle: string;
  start: number;
  text: string;
}

export interface ConceptIndexEntry {
  key: ConceptKey;
  label: string;
  moments: IndexedMoment[];
}

export interface ReferenceIndexEntry {
  key: RefKey;
  paper: BibEntry;
  moments: IndexedMoment[];
}

function momentsOf(bundle: TalkBundle, claimIds: readonly string[]): IndexedMoment[] {
  const byId = new Map(bundle.talk.claims.map((c) => [c.id as string, c]));
  return claimIds.flatMap((id) => {
    const claim = byId.get(id);
    return claim ? [{ videoId: bundle.talk.videoId, talkTitle: bundle.talk.title, start: claim.start, text: claim.text }] : [];
  });
}

const byTime = (a: IndexedMoment, b: IndexedMoment) => a.start - b.start;

export function conceptIndex(bundles: readonly TalkBundle[]): ConceptIndexEntry[] {
  const entries = new Map<ConceptKey, ConceptIndexEntry>();
  for (const bundle of bundles) {
    for (const concept of bundle.concepts) {
      const entry = entries.get(concept.key) ?? { key: concept.key, label: concept.label, moments: [] };
      entry.moments.push(...momentsOf(bundle, concept.claims).sort(byTime));
      entries.set(concept.key, entry);
    }
  }
  return [...entries.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export function referenceIndex(bundles: readonly TalkBundle[]): ReferenceIndexEntry[] {
  const entries = new Map<RefKey, ReferenceIndexEntry>();
  for (const bundle of bundles) {
    for (const { claims, ...paper } of bundle.papers) {
      const entry = entries.get(paper.key) ?? { key: paper.key, paper, moments: [] };
      entry.moments.push(...momentsOf(bundle, claims).sort(byTime));
      entries.set(paper.key, entry);
    }
  }
  return [...entries.values()].sort((a, b) => a.paper.number - b.paper.number);
}

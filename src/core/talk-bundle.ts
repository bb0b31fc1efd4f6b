/**
 * What the watch page needs of one talk, cut out of the corpus so that the
 * content script never holds more than the talk it shows.
 */
import type { VideoId } from './ids';
import { SHOWN_CONFIDENCE } from './link-references';
import type { BibEntry, Claim, ConceptKey, Corpus, RefKey, Talk } from './model';

/** Another talk's claim that links the same concept. */
export interface ConceptElsewhere {
  videoId: VideoId;
  talkTitle: string;
  claimId: Claim['id'];
  start: number;
  text: string;
}

export interface BundledConcept {
  key: ConceptKey;
  label: string;
  /** This talk's claims that link it, in time order. */
  claims: Claim['id'][];
  /** Claims of other talks that link it. */
  elsewhere: ConceptElsewhere[];
}

/** A paper this talk cites (with a shown link), and the claims that cite it, in time order. */
export interface CitedPaper extends BibEntry {
  claims: Claim['id'][];
}

export interface TalkBundle {
  talk: Talk;
  papers: CitedPaper[];
  concepts: BundledConcept[];
}

/** A line of the talk list (library page, popup): no claims, so it stays small. */
export interface TalkSummary {
  videoId: VideoId;
  title: string;
  claims: number;
  papers: number;
  concepts: number;
  /** The last claim's start: how far the summary reaches into the video. */
  lastStart: number;
}

export function citedPapers(talk: Talk, bibliography: readonly BibEntry[]): CitedPaper[] {
  const byKey = new Map<RefKey, BibEntry>(bibliography.map((entry) => [entry.key, entry]));
  const cited = new Map<RefKey, CitedPaper>();
  const inTime = [...talk.claims].sort((a, b) => a.start - b.start);
  for (const claim of inTime) {
    for (const link of claim.references) {
      const entry = byKey.get(link.key);
      if (!entry || link.confidence < SHOWN_CONFIDENCE) continue;
      const paper = cited.get(link.key) ?? { ...entry, claims: [] };
      paper.claims.push(claim.id);
      cited.set(link.key, paper);
    }
  }
  return [...cited.values()].sort((a, b) => a.number - b.number);
}

export function talkBundle(corpus: Corpus, videoId: VideoId): TalkBundle | null {
  const talk = corpus.talks.find((t) => t.videoId === videoId);
  if (!talk) return null;
  const titles = new Map(corpus.talks.map((t) => [t.videoId, t]));
  const own = new Set(talk.claims.flatMap((c) => c.concepts.map((k) => k.key)));
  const concepts = corpus.concepts
    .filter((entry) => own.has(entry.key))
    .map((entry) => ({
      key: entry.key,
      label: entry.label,
      claims: entry.mentions.filter((m) => m.videoId === videoId).map((m) => m.claimId),
      elsewhere: entry.mentions
        .filter((m) => m.videoId !== videoId)
        .map((m) => {
          const other = titles.get(m.videoId);
          return {
            videoId: m.videoId,
            talkTitle: other?.title ?? m.videoId,
            claimId: m.claimId,
            start: m.start,
            text: other?.claims.find((c) => c.id === m.claimId)?.text ?? '',
          };
        }),
    }));
  return { talk, papers: citedPapers(talk, corpus.bibliography), concepts };
}

export function talkSummary(talk: Talk, bibliography: readonly BibEntry[]): TalkSummary {
  return {
    videoId: talk.videoId,
    title: talk.title,
    claims: talk.claims.length,
    papers: citedPapers(talk, bibliography).length,
    concepts: new Set(talk.claims.flatMap((c) => c.concepts.map((k) => k.key))).size,
    lastStart: talk.claims.reduce((max, c) => Math.max(max, c.start), 0),
  };
}

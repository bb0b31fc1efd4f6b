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

/** The papers a claim cites that are among the talk's shown papers, once each, in the claim's order. */
export function claimPapers(claim: Claim, papers: ReadonlyMap<RefKey, CitedPaper>): CitedPaper[] {
  const found = new Map<RefKey, CitedPaper>();
  for (const link of claim.references) {
    const paper = papers.get(link.key);
    if (paper) found.set(link.key, paper);
  }
  return [...found.values()];
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

/** Where one concept is discussed in talks a bundle was compiled without. */
export interface ConceptMentions {
  key: ConceptKey;
  elsewhere: ConceptElsewhere[];
}

/**
 * The claims of `others` that link the concepts of `bundle`: a packaged talk
 * was compiled before the viewer imported anything, and an imported one
 * before the imports that came after it. Document order within each talk.
 */
export function mentionsIn(bundle: TalkBundle, others: readonly TalkBundle[]): ConceptMentions[] {
  const found = new Map<ConceptKey, ConceptElsewhere[]>(bundle.concepts.map((c) => [c.key, []]));
  for (const other of others) {
    if (other.talk.videoId === bundle.talk.videoId) continue;
    for (const claim of other.talk.claims) {
      for (const concept of claim.concepts) {
        found.get(concept.key)?.push({ videoId: other.talk.videoId, talkTitle: other.talk.title, claimId: claim.id, start: claim.start, text: claim.text });
      }
    }
  }
  return [...found].filter(([, elsewhere]) => elsewhere.length > 0).map(([key, elsewhere]) => ({ key, elsewhere }));
}

/**
 * `concepts` with the `extra` mentions added, each claim once, and without
 * mentions in talks that are no longer there (`talks`: every talk known now,
 * packaged and imported; an import removed since a bundle was compiled).
 * The same array when nothing changed.
 */
export function withMentions(
  concepts: readonly BundledConcept[],
  extra: readonly ConceptMentions[],
  talks: ReadonlySet<VideoId>,
): readonly BundledConcept[] {
  const byKey = new Map(extra.map((m) => [m.key, m.elsewhere]));
  const id = (m: ConceptElsewhere) => `${m.videoId}\u0000${m.claimId}`;
  let changed = false;
  const merged = concepts.map((concept) => {
    const kept = concept.elsewhere.filter((m) => talks.has(m.videoId));
    const known = new Set(kept.map(id));
    const added = (byKey.get(concept.key) ?? []).filter((m) => !known.has(id(m)));
    if (added.length === 0 && kept.length === concept.elsewhere.length) return concept;
    changed = true;
    return { ...concept, elsewhere: [...kept, ...added] };
  });
  return changed ? merged : concepts;
}

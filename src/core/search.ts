/**
 * Finding any claim, note, paper or concept of any talk as the viewer types:
 * a MiniSearch index (prefix and small-typo matching) over one document per
 * item, and the words that matched, so the UI can mark them.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { VideoId } from './ids';
import type { Note } from './note';
import type { TalkBundle } from './talk-bundle';
import { foldDiacritics } from './text-match';

export type SearchKind = 'claim' | 'note' | 'reference' | 'concept';

/** One searchable item; `start` is where "open" takes the viewer. */
export interface SearchDoc {
  id: string;
  kind: SearchKind;
  videoId: VideoId;
  talkTitle: string;
  start: number | null;
  /** The text shown and searched. */
  text: string;
  /** A second searched field: a claim's label and section, a note's tags, a paper's authors. */
  context: string;
}

export interface SearchHit extends SearchDoc {
  score: number;
  /** The words of `text`/`context` that matched, lower-cased, for marking. */
  terms: string[];
}

export type SearchIndex = MiniSearch<SearchDoc>;

/** Search and marking see `Zečević` and `zecevic` as one word. */
const normalise = (term: string) => foldDiacritics(term.toLowerCase());

const OPTIONS = {
  fields: ['text', 'context'],
  processTerm: normalise,
  storeFields: ['id', 'kind', 'videoId', 'talkTitle', 'start', 'text', 'context'],
  searchOptions: { prefix: true, fuzzy: 0.15, boost: { text: 2 }, combineWith: 'AND' as const },
};

export function createSearchIndex(docs: readonly SearchDoc[] = []): SearchIndex {
  const index = new MiniSearch<SearchDoc>(OPTIONS);
  index.addAll(docs);
  return index;
}

/** Hits for what the viewer typed, best first; at most `limit`. */
export function search(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  if (!query.trim()) return [];
  return index
    .search(query)
    .slice(0, limit)
    .map((result: SearchResult) => ({
      id: result.id as string,
      kind: result.kind as SearchKind,
      videoId: result.videoId as VideoId,
      talkTitle: result.talkTitle as string,
      start: (result.start as number | null) ?? null,
      text: result.text as string,
      context: result.context as string,
      score: result.score,
      terms: result.terms,
    }));
}

/** The searchable items of one talk: its claims, cited papers and concepts. */
export function talkDocs(bundle: TalkBundle): SearchDoc[] {
  const { talk } = bundle;
  const base = { videoId: talk.videoId, talkTitle: talk.title };
  const byId = new Map(talk.claims.map((c) => [c.id, c]));
  const docs: SearchDoc[] = talk.claims.map((claim) => ({
    ...base,
    id: `claim:${talk.videoId}:${claim.id}`,
    kind: 'claim',
    start: claim.start,
    text: claim.text,
    context: [claim.label, ...claim.section].filter(Boolean).join(' · '),
  }));
  for (const paper of bundle.papers) {
    docs.push({
      ...base,
      id: `reference:${talk.videoId}:${paper.key}`,
      kind: 'reference',
      start: byId.get(paper.claims[0]!)?.start ?? null,
      text: paper.title,
      context: [paper.authors.join(', '), paper.venue, paper.year, paper.key].filter(Boolean).join(' · '),
    });
  }
  for (const concept of bundle.concepts) {
    docs.push({
      ...base,
      id: `concept:${talk.videoId}:${concept.key}`,
      kind: 'concept',
      start: byId.get(concept.claims[0]!)?.start ?? null,
      text: concept.label,
      context: concept.key.replaceAll('_', ' '),
    });
  }
  return docs;
}

export function noteDoc(note: Note, talkTitle: string): SearchDoc {
  return {
    id: `note:${note.id}`,
    kind: 'note',
    videoId: note.videoId,
    talkTitle,
    start: note.start,
    text: note.text,
    context: [note.stance, ...note.tags.map((t) => `#${t}`)].filter(Boolean).join(' '),
  };
}

/**
 * Splits `text` into plain and marked parts. MiniSearch reports the words of
 * the document that matched (after prefix and typo matching), lower-cased:
 * those words are marked wherever they stand.
 */
export function markTerms(text: string, terms: readonly string[]): { text: string; marked: boolean }[] {
  const wanted = new Set(terms.map(normalise).filter(Boolean));
  if (!wanted.size) return [{ text, marked: false }];
  const parts: { text: string; marked: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = normalise(match[0]);
    if (!wanted.has(word)) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
    parts.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

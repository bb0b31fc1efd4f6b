/**
 * Linking claims to the bibliography. Talk summaries are transcribed from
 * speech, so titles and names arrive misspelt ("Causal Paris" for "Causal
 * parrots", "Amra Kiman" for "Emre Kıcıman"); the linker therefore matches
 * fuzzily, but it trusts only what points at one paper: title words in the
 * title's order, weighted by how rare they are among the bibliography's
 * titles. Names, cue words ("paper", "titled") and the section heading only
 * strengthen a title match; a surname alone links nothing, because talks name
 * their speakers all the time. Precision comes first: a wrong citation
 * misleads more than a missing one.
 */
import type { Diagnostic } from './diagnostics';
import type { BibEntry, Claim, ReferenceLink, Talk } from './model';
import { alignAnyOrder, alignInOrder, contentWords, jaroWinkler, tokenize, wordSimilarity, type Alignment, type Token, type Word } from './text-match';

/** The UI shows a link only at or above this confidence. */
export const SHOWN_CONFIDENCE = 0.6;
/** Below this a candidate is not kept at all; between the two it is kept (in the JSON) but hidden. */
export const KEPT_CONFIDENCE = 0.3;
/**
 * Hidden links at or above this are worth a document author's look, and get a
 * warning; weaker ones would drown `talks check` in noise.
 */
export const WARNED_CONFIDENCE = 0.45;

/** The talk with its claims' references filled in, and the doubts about them. */
export interface LinkedTalk {
  talk: Talk;
  /** One warning per hidden link at or above `WARNED_CONFIDENCE`, at its claim. */
  diagnostics: Diagnostic[];
}

/** Returns the talk with every claim's `references` recomputed; pure, the input is not changed. */
/** The index of a bibliography, built once per bibliography (a corpus links every talk against the same one). */
const indexes = new WeakMap<readonly BibEntry[], Index>();

export function linkReferences(talk: Talk, bibliography: readonly BibEntry[]): LinkedTalk {
  let index = indexes.get(bibliography);
  if (!index) indexes.set(bibliography, (index = indexBibliography(bibliography)));
  const views = talk.claims.map(viewOf);
  const speakers = speakersOf(views, index);
  const diagnostics: Diagnostic[] = [];
  // Claims of one section share its headings: each heading is matched against each paper once.
  const headingScores = new Map<string, number>();
  const claims = talk.claims.map((claim, i) => {
    const view = views[i];
    const references = view ? linkClaim(view, index, speakers, headingScores) : [];
    for (const link of references) {
      if (link.confidence >= SHOWN_CONFIDENCE || link.confidence < WARNED_CONFIDENCE) continue;
      diagnostics.push({
        file: talk.file,
        line: claim.line,
        column: claim.column,
        severity: 'warning',
        field: 'references',
        message: `reference to ${link.key} linked with low confidence ${link.confidence.toFixed(2)}: ${link.evidence}`,
      });
    }
    return { ...claim, references };
  });
  return { talk: { ...talk, claims }, diagnostics };
}

// Weights, tuned on the seed talks and on generated claims (tests/core/link-references.test.ts).
/** A title segment ("Causal parrots" before the colon) is worth a little less than the whole title. */
const SEGMENT_FACTOR = 0.85;
/** Title words in another order than the title's are a paraphrase at best. */
const ANY_ORDER_FACTOR = 0.75;
/**
 * A claim that neither uses a cue word ("paper", "work", ...), nor names an
 * author, nor quotes a title is about a topic far more often than about a paper.
 */
const UNANNOUNCED_FACTOR = 0.6;
/** A cue word right before the match ("research on agents learning ...", "titled ...") introduces it. */
const INTRODUCED_BONUS = 0.15;
/** At most this many words between the cue word and what it introduces. */
const INTRODUCED_GAP = 3;
/** A title match inside quotation marks: the summary is naming something. */
const QUOTE_BONUS = 0.15;
const AUTHOR_WEIGHT = 0.3;
const SECTION_WEIGHT = 0.3;
/** Title evidence at which names and headings count fully; below it they count in proportion. */
const SUPPORT_GATE = 0.3;
/** An author named in this many claims of one talk is its speaker or subject, not a citation. */
const SPEAKER_CLAIMS = 3;
const SPEAKER_FACTOR = 0.3;
/** Words that announce a piece of work rather than a topic. */
const CUES = new Set([
  'paper', 'papers', 'work', 'works', 'titled', 'entitled', 'presented', 'presents', 'study', 'studies',
  'research', 'talk', 'talks', 'article', 'preprint', 'publication', 'authored', 'coauthored', 'published',
]);

interface Phrase {
  /** As written in the title, for the evidence sentence. */
  label: string;
  words: Word[];
  weights: number[];
  /** What a full match of this phrase is worth: 1 for the whole title, less for a segment. */
  factor: number;
}

interface IndexedAuthor {
  name: string;
  given: string | null;
  surname: string;
  /** The first author identifies a paper far better than the fifth. */
  weight: number;
}

interface IndexedEntry {
  entry: BibEntry;
  phrases: Phrase[];
  authors: IndexedAuthor[];
  stems: ReadonlySet<string>;
}

interface Index {
  entries: IndexedEntry[];
  weight: (word: Word) => number;
}

function indexBibliography(bibliography: readonly BibEntry[]): Index {
  // Titles are names: their words are all `named`, so a quote may match them fuzzily.
  const titleStems = bibliography.map((entry) => new Set(contentWords(entry.title, true).map((w) => w.stem)));
  const count = titleStems.length;
  const idf = (df: number) => Math.log((count + 1) / (df + 0.5));
  const frequency = new Map<string, number>();
  for (const stems of titleStems) for (const s of stems) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  // Rarity among the titles, scaled so that a word found in one title weighs 1.
  const weight = (word: Word) => Math.max(0.05, Math.min(1, idf(frequency.get(word.stem) ?? 0) / idf(1)));
  const entries = bibliography.map((entry, n): IndexedEntry => {
    const segments = entry.title.split(/(?<=[:?])\s+/).filter((s) => contentWords(s).length > 0);
    const phrases = [entry.title, ...(segments.length > 1 ? segments : [])].map((label, i): Phrase => {
      const words = contentWords(label, true);
      const weights = words.map(weight);
      // A segment stands for the title only as far as it has a word of its own:
      // "Causal parrots" does, "Causal reasoning and large language models" does not.
      const factor = i === 0 ? 1 : SEGMENT_FACTOR * Math.max(0, ...weights);
      return { label: label.replace(/[:.]$/, ''), words, weights, factor };
    });
    const authors = entry.authors.map((name, i): IndexedAuthor => {
      const parts = tokenize(name).filter((t) => t.norm.length > 1);
      return {
        name,
        given: parts.length > 1 ? (parts[0]?.norm ?? null) : null,
        surname: tokenize(name.split(' ').pop() ?? '').map((t) => t.norm).join(''),
        weight: i === 0 ? 1 : 0.7,
      };
    });
    return { entry, phrases, authors, stems: titleStems[n] ?? new Set() };
  });
  return { entries, weight };
}

interface ClaimView {
  text: string;
  words: Word[];
  tokens: Token[];
  quotes: Array<{ words: Word[]; text: string; start: number }>;
  headings: Array<{ words: Word[]; text: string }>;
  /** Cue words of the text (with offsets) and of the bold label (offset -1). */
  cues: Token[];
}

function viewOf(claim: Claim): ClaimView {
  const tokens = tokenize(claim.text);
  // The bold label's cues ("Recommended Paper") count, but only the text's can introduce a match.
  const cues = tokens.filter((t) => CUES.has(t.norm));
  const labelCue = tokenize(claim.label ?? '').find((t) => CUES.has(t.norm));
  if (labelCue) cues.push({ ...labelCue, start: -1, end: -1 });
  const quotes = [...claim.text.matchAll(/["“”]([^"“”]{2,160})["“”]/g)].map((m) => ({
    text: m[1] ?? '',
    start: m.index,
    words: contentWords(m[1] ?? '', true),
  }));
  const headings = claim.section.map((text) => ({ text, words: contentWords(text) }));
  // A cue word is about the work ("his talk"), not part of its title ("may talk causality").
  const words = contentWords(claim.text).filter((w) => !CUES.has(w.norm));
  return { text: claim.text, words, tokens, quotes, headings, cues };
}

/** Authors (by name) that so many claims of the talk mention that they must be its speakers. */
function speakersOf(views: readonly ClaimView[], index: Index): Set<string> {
  const claimsNaming = new Map<string, number>();
  for (const view of views) {
    const named = new Set<string>();
    for (const { authors } of index.entries) {
      for (const author of authors) if (authorScore(view.tokens, author).score > 0) named.add(author.name);
    }
    for (const name of named) claimsNaming.set(name, (claimsNaming.get(name) ?? 0) + 1);
  }
  return new Set([...claimsNaming].filter(([, n]) => n >= SPEAKER_CLAIMS).map(([name]) => name));
}

interface TitleMatch {
  /** Title evidence before specificity, in [0, 1]. */
  raw: number;
  /** Title stems the claim matched. */
  stems: string[];
  /** What in the claim matched, where it starts, and which part of the title. */
  said: string;
  start: number;
  phrase: string;
  quoted: boolean;
}

function linkClaim(view: ClaimView, index: Index, speakers: ReadonlySet<string>, headingScores: Map<string, number>): ReferenceLink[] {
  // Only a title sharing a word with the claim can match (fuzzy matches need an
  // exact neighbour), except inside quotes and for one-word titles.
  const claimStems = new Set([...view.words, ...view.quotes.flatMap((q) => q.words)].map((w) => w.stem));
  // A title match needs two words: two in common, or one in common beside a
  // near miss, which only a name (a capitalised word) can be.
  const named = view.words.some((w) => w.named);
  const matches = index.entries.map((indexed) => {
    if (view.quotes.length > 0 || indexed.phrases.some((p) => p.words.length === 1)) return bestTitleMatch(view, indexed, index);
    let shared = 0;
    for (const stem of indexed.stems) if (claimStems.has(stem) && ++shared >= 2) break;
    return shared >= 2 || (shared === 1 && named) ? bestTitleMatch(view, indexed, index) : null;
  });
  const holders = (stems: readonly string[]) => holdersOf(index, stems);
  const links: ReferenceLink[] = [];
  index.entries.forEach((indexed, i) => {
    const title = matches[i];
    if (!title) return;
    // Words that several titles share single one out only if it fits much better than its rivals.
    const rivals = holders(title.stems);
    const rivalRaw = rivals.reduce((sum, j) => sum + (matches[j]?.raw ?? 0), 0);
    const specificity = Math.max(1 / Math.max(1, rivals.length), rivalRaw > 0 ? title.raw / rivalRaw : 1);
    const evidence = title.raw * specificity;
    const gate = Math.min(1, evidence / SUPPORT_GATE);
    const author = authorMatch(view.tokens, indexed.authors, speakers);
    const section = Math.max(0, ...view.headings.map((h) => {
      const key = `${i}\u0000${h.text}`;
      let score = headingScores.get(key);
      if (score === undefined) {
        const match = bestPhrase(h.words, indexed, h.text);
        score = match ? match.raw / Math.max(1, holders(match.stems).length) : 0;
        headingScores.set(key, score);
      }
      return score;
    }));
    const cue = view.cues[0];
    const introduced = view.cues.some(
      (c) => c.start >= 0 && c.end <= title.start && tokenize(view.text.slice(c.end, title.start)).length <= INTRODUCED_GAP,
    );
    const announced = cue !== undefined || author.announces || title.quoted;
    const support =
      (title.quoted ? QUOTE_BONUS : 0) +
      (introduced ? INTRODUCED_BONUS : 0) +
      AUTHOR_WEIGHT * author.score +
      SECTION_WEIGHT * section;
    const confidence = round(Math.min(1, (evidence + gate * support) * (announced ? 1 : UNANNOUNCED_FACTOR)));
    if (confidence < KEPT_CONFIDENCE) return;
    const parts = [`"${title.said}" ~ title "${title.phrase}"`];
    if (author.score > 0) parts.push(`author ${author.said}`);
    if (cue) parts.push(`cue "${cue.text}"`);
    if (section > 0.15) parts.push(`section "${view.headings.map((h) => h.text).join(' > ')}"`);
    links.push({ key: indexed.entry.key, title: indexed.entry.title, confidence, evidence: parts.join('; ') });
  });
  return links.sort((a, b) => b.confidence - a.confidence || a.key.localeCompare(b.key));
}

/** Indices of the titles holding all these stems: the papers a match on them fits equally well (memoised per bibliography). */
const holderMemo = new WeakMap<Index, Map<string, number[]>>();
function holdersOf(index: Index, stems: readonly string[]): number[] {
  let memo = holderMemo.get(index);
  if (!memo) holderMemo.set(index, (memo = new Map()));
  const key = stems.join('\u0000');
  let found = memo.get(key);
  if (!found) {
    found = index.entries.flatMap((other, j) => (stems.every((s) => other.stems.has(s)) ? [j] : []));
    memo.set(key, found);
  }
  return found;
}

function bestTitleMatch(view: ClaimView, indexed: IndexedEntry, index: Index): TitleMatch | null {
  let best = bestPhrase(view.words, indexed, view.text);
  for (const quote of view.quotes) {
    const match = quoteMatch(quote, indexed, index);
    if (match && match.raw > (best?.raw ?? 0)) best = match;
  }
  return best;
}

/** The best match of any title phrase inside `words` (taken from `source`), in order or, for less, in any order. */
function bestPhrase(words: readonly Word[], indexed: IndexedEntry, source: string): TitleMatch | null {
  let best: TitleMatch | null = null;
  for (const phrase of indexed.phrases) {
    const span = phrase.words.length + 4;
    const factor = phrase.factor;
    const needed = Math.min(2, phrase.words.length);
    const candidates: Array<[Alignment, number]> = [
      [alignInOrder(phrase.words, phrase.weights, words, span, needed), factor],
      [alignAnyOrder(phrase.words, phrase.weights, words, span, needed), factor * ANY_ORDER_FACTOR],
    ];
    for (const [alignment, weight] of candidates) {
      // One shared word is a topic, not a title (unless the title is one word).
      if (alignment.pairs.length < Math.min(2, phrase.words.length)) continue;
      const raw = alignment.coverage * Math.sqrt(compactness(alignment)) * breadth(alignment, phrase) * weight;
      if (raw > (best?.raw ?? 0)) {
        const { text, start } = excerpt(source, alignment, words);
        best = { raw, stems: stemsOf(alignment, phrase), said: text, start, phrase: phrase.label, quoted: false };
      }
    }
  }
  return best;
}

/**
 * A quotation must match both ways: the title's words found in the quote
 * and the quote's words found in the title ("Causal Reasoning Assessment
 * Benchmark" shares two words with a dozen titles and is none of them).
 */
function quoteMatch(quote: ClaimView['quotes'][number], indexed: IndexedEntry, index: Index): TitleMatch | null {
  let best: TitleMatch | null = null;
  for (const phrase of indexed.phrases) {
    const forward = alignInOrder(phrase.words, phrase.weights, quote.words, Number.MAX_SAFE_INTEGER);
    if (forward.pairs.length < Math.min(2, phrase.words.length)) continue;
    // A cue word in the quote ("Causal Paris paper") may match the title but is not missed if it does not.
    const weights = quote.words.map((w) => (CUES.has(w.norm) ? 0 : index.weight(w)));
    const backward = alignInOrder(quote.words, weights, phrase.words, Number.MAX_SAFE_INTEGER);
    const raw = Math.min(forward.coverage, backward.coverage) * phrase.factor;
    if (raw > (best?.raw ?? 0)) {
      best = { raw, stems: stemsOf(forward, phrase), said: quote.text, start: quote.start, phrase: phrase.label, quoted: true };
    }
  }
  return best;
}

/**
 * Two words in common with a long title happen by chance ("world models");
 * three in a row rarely do. A short phrase matched whole is not penalised.
 */
function breadth(alignment: Alignment, phrase: Phrase): number {
  return Math.min(1, alignment.pairs.length / Math.min(3, phrase.words.length));
}

/** Matched words over the words they span: a title said aloud stays in one piece. */
function compactness(alignment: Alignment): number {
  const indices = alignment.pairs.map((p) => p.textIndex);
  const span = Math.max(...indices) - Math.min(...indices) + 1;
  return span > 0 ? Math.min(1, alignment.pairs.length / span) : 0;
}

const stemsOf = (alignment: Alignment, phrase: Phrase) => alignment.pairs.map((p) => phrase.words[p.phraseIndex]?.stem ?? '');

/**
 * Authors named in the claim, in [0, 1]. Only capitalised words count as
 * names. A surname close enough to be a mishearing counts; a given name that
 * matches exactly before a surname that merely sounds alike ("Oscar CIO" for
 * Oscar Clivio) counts a little. A talk's speakers count for little, and
 * naming them does not announce a citation (`announces`).
 */
function authorMatch(
  tokens: readonly Token[],
  authors: readonly IndexedAuthor[],
  speakers: ReadonlySet<string>,
): { score: number; said: string; announces: boolean } {
  let missing = 1;
  let announces = false;
  const said: string[] = [];
  for (const author of authors) {
    const { score, spoken } = authorScore(tokens, author);
    if (score === 0) continue;
    const speaker = speakers.has(author.name);
    announces ||= !speaker;
    missing *= 1 - author.weight * score * (speaker ? SPEAKER_FACTOR : 1);
    said.push(`"${spoken}" ~ ${author.name}${speaker ? ' (a speaker of this talk)' : ''}`);
  }
  return { score: 1 - missing, said: said.join(', '), announces };
}

function authorScore(tokens: readonly Token[], author: IndexedAuthor): { score: number; spoken: string } {
  let best = { score: 0, spoken: '' };
  if (author.surname.length < 2) return best;
  tokens.forEach((token, i) => {
    if (!token.capital) return;
    const previous = tokens[i - 1];
    const given = author.given && previous?.capital ? wordSimilarity(previous.norm, author.given) : 0;
    // "AI" in "Causal AI Lab" is not Wei Ai: a short surname needs its given name too.
    if (author.surname.length <= 3 && given === 0) return;
    const surname = token.norm === author.surname ? 1 : nameSimilarity(token.norm, author.surname);
    let score = 0;
    if (surname > 0) score = surname * (given > 0 ? 1 : 0.75);
    else if (given >= 0.9 && token.norm[0] === author.surname[0]) score = 0.4 * jaroWinkler(token.norm, author.surname);
    if (score > best.score) best = { score, spoken: given > 0 && previous ? `${previous.text} ${token.text}` : token.text };
  });
  return best;
}

/** Names are matched more strictly than title words: many names look alike. */
function nameSimilarity(a: string, b: string): number {
  const similarity = wordSimilarity(a, b);
  return similarity >= 0.88 ? similarity : 0;
}

/** The claim's words from the first matched one to the last, as written, and where they start. */
function excerpt(source: string, alignment: Alignment, words: readonly Word[]): { text: string; start: number } {
  const matched = alignment.pairs.map((p) => words[p.textIndex]).filter((w): w is Word => w !== undefined);
  if (matched.length === 0) return { text: '', start: 0 };
  const start = Math.min(...matched.map((w) => w.start));
  return { text: source.slice(start, Math.max(...matched.map((w) => w.end))), start };
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Small, pure helpers for comparing words that were typed by different hands
 * (a bibliography copied from a PDF) or misheard by a machine (talk summaries
 * transcribed from speech): folding, tokens, stop words, a light stemmer and a
 * word similarity.
 */

/** Letters that Unicode decomposition leaves alone because they are not "letter + mark". */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th',
};

/** `Zečević` → `Zecevic`, `Kıcıman` → `Kiciman`, `Schölkopf` → `Scholkopf`; case is kept. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıłŁøØßæÆœŒđĐðÐþÞ]/g, (c) => UNDECOMPOSABLE[c] ?? c);
}

/** One word of a text, with where it sits, so a match can be quoted back. */
export interface Token {
  /** The word as written (`DeepMind`). */
  text: string;
  /** Folded, lowercased letters and digits only (`deepmind`). */
  norm: string;
  /** Offsets of `text` in the tokenised string. */
  start: number;
  end: number;
  /** Written with a capital first letter: only such words can be names. */
  capital: boolean;
}

// Apostrophes inside a word are dropped rather than split on (D’Amour is one
// name); a possessive `'s` is dropped with it, so "DeepMind's" reads as "DeepMind".
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Splits on everything that is not a letter or a digit (hyphens too: `LLM-guided` is two words). */
/**
 * Memo for pure functions of words: a corpus repeats its words endlessly (a
 * thousand talks, thirty papers), and folding or comparing them dominated
 * compile time. Bounded: cleared when it grows past `limit`.
 */
function memo<T>(limit: number): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.size >= limit) cache.clear();
    const value = compute();
    cache.set(key, value);
    return value;
  };
}

const normalised = memo<string>(50_000);
const CAPITAL = /^\p{Lu}/u;
const similarities = memo<number>(200_000);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/i, '');
    const norm = normalised(word, () => foldDiacritics(word).toLowerCase().replace(/[^a-z0-9]/g, ''));
    if (norm) tokens.push({ text: word, norm, start: match.index, end: match.index + word.length, capital: CAPITAL.test(word) });
  }
  return tokens;
}

/**
 * Articles, prepositions, conjunctions and question words: what a citation
 * key skips when it takes a title's first word, as Google Scholar does
 * (`park2023linear` for "The linear ...", but `willig2022can` for "Can ...").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'or', 'nor', 'with', 'without', 'at', 'by',
  'from', 'into', 'onto', 'as', 'via', 'vs', 'versus', 'about', 'over', 'under', 'between', 'through',
  'towards', 'toward', 'is', 'are', 'be', 'was', 'were', 'do', 'does', 'what', 'which', 'who', 'when',
  'where', 'why', 'how',
]);

/** Function words plus the pronouns, modals and fillers that say nothing about which paper is meant. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'been', 'did', 'it', 'its', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'we', 'our',
  'you', 'your', 'they', 'them', 'he', 'she', 'not', 'but', 'than', 'then', 'so', 'such', 'up', 'down',
  'out', 'more', 'most', 'can', 'may', 'might', 'will', 'would', 'should', 'could', 'whom', 'all', 'any',
  'some', 'each', 'other', 'also', 'just', 'only', 'very', 'if', 'there', 'here', 'has', 'have', 'had',
  'e', 'g', 'i', 'ie', 'eg', 'etc',
]);

/**
 * A deliberately light stemmer: plurals, -ing, -ed, -ly and -ity, enough
 * that "learning" meets "learn", "strategies" meets "strategy" and "causality"
 * meets "causal", without Porter's surprises on names and acronyms.
 */
export function stem(norm: string): string {
  let word = norm;
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('s') && !/(?:ss|us|is|as)$/.test(word)) word = word.slice(0, -1);
  if (word.endsWith('ity') && word.length > 6) word = word.slice(0, -3);
  else if (word.endsWith('ing') && word.length > 6) word = word.slice(0, -3);
  else if (word.endsWith('ed') && word.length > 5) word = word.slice(0, -2);
  else if (word.endsWith('ly') && word.length > 5) word = word.slice(0, -2);
  // "modell(ing)", "controll(ed)": the doubled consonant belongs to the suffix.
  if (word.length > 4 && /([bdglmnprt])\1$/.test(word) && word !== norm) word = word.slice(0, -1);
  return word;
}

/**
 * Jaro-Winkler similarity in [0, 1]. Chosen over an edit distance because
 * speech transcription keeps a word's onset and mangles its tail ("Paris" for
 * "Parrots", "Kiman" for "Kiciman"), which is what the prefix bonus rewards.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j += 1;
    if (a[i] !== b[j]) transpositions += 1;
    j += 1;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Below this, two different words are not taken for one another. */
export const FUZZY_FLOOR = 0.8;

/**
 * How much two normalised words look like the same word, in [0, 1]; 0 when
 * they are too different to count. Words shorter than four letters must match
 * exactly (too many short words look alike), and a fuzzy match must keep the
 * first letter (a transcription rarely mishears a word's onset).
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 4 || b.length < 4 || a[0] !== b[0]) return 0;
  const similarity = similarities(`${a}\u0000${b}`, () => jaroWinkler(a, b));
  return similarity >= FUZZY_FLOOR ? similarity : 0;
}

/** A content word of a text: folded, stemmed, weighted by how much it tells papers apart. */
export interface Word {
  /** As written, for quoting evidence back. */
  text: string;
  norm: string;
  stem: string;
  /** Offsets in the text it came from (an expanded acronym keeps the acronym's). */
  start: number;
  end: number;
  /**
   * Written as a name (capitalised) or, when the caller says so, quoted: the
   * only words a fuzzy match is tried on. A misheard title or name turns up
   * as "Causal Paris"; a lowercase "parts" is just the word "parts".
   */
  named: boolean;
  /** Inside quotation marks (as the caller says). */
  quoted: boolean;
}

/**
 * "Large language models", "language models", "LLMs" and "LMs" are one
 * notion, written four ways; as one word its rarity is counted once, instead
 * of three common words adding up to one rare one.
 */
const LANGUAGE_MODEL = 'lm';
const LANGUAGE_MODEL_ACRONYM = /^l?lms?$/;
const MODEL = /^models?$/;

/** The words of a text that can carry meaning: stop words dropped, language models folded into one word. */
export function contentWords(text: string, quoted = false): Word[] {
  const tokens = tokenize(text);
  const words: Word[] = [];
  const word = (first: Token, last: Token, norm: string): Word => ({
    text: text.slice(first.start, last.end),
    norm,
    stem: stem(norm),
    start: first.start,
    end: last.end,
    named: quoted || /^\p{Lu}/u.test(first.text),
    quoted,
  });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const [next, after] = [tokens[i + 1], tokens[i + 2]];
    if (LANGUAGE_MODEL_ACRONYM.test(token.norm)) {
      words.push(word(token, token, LANGUAGE_MODEL));
    } else if (token.norm === 'large' && next?.norm === 'language' && after && MODEL.test(after.norm)) {
      words.push(word(token, after, LANGUAGE_MODEL));
      i += 2;
    } else if (token.norm === 'language' && next && MODEL.test(next.norm)) {
      words.push(word(token, next, LANGUAGE_MODEL));
      i += 1;
    } else if (!STOP_WORDS.has(token.norm)) {
      words.push(word(token, token, token.norm));
    }
  }
  return words;
}

/** `wordSimilarity` on stems, or on the words themselves when stemming made them too short to compare. */
export function stemSimilarity(a: Pick<Word, 'norm' | 'stem'>, b: Pick<Word, 'norm' | 'stem'>): number {
  if (a.stem === b.stem) return 1;
  return Math.max(wordSimilarity(a.stem, b.stem), wordSimilarity(a.norm, b.norm));
}

/** Which word of a phrase met which word of a text, and how closely. */
export interface WordPair {
  phraseIndex: number;
  textIndex: number;
  similarity: number;
}

export interface Alignment {
  /** Matched weight over the phrase's whole weight, in [0, 1]. */
  coverage: number;
  /** In phrase order. */
  pairs: WordPair[];
}

/**
 * The best in-order, fuzzy alignment of a phrase's words inside a text,
 * within any window of `maxSpan` consecutive text words: a title said aloud
 * keeps its word order and stays in one place, scattered topic words do not.
 * `weights[i]` is what the phrase's i-th word is worth.
 */
export function alignInOrder(
  phrase: readonly Word[],
  weights: readonly number[],
  text: readonly Word[],
  maxSpan: number,
  /** An alignment of fewer pairs is of no use to the caller: the empty one is returned at once. */
  minPairs = 0,
): Alignment {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let best: Alignment = { coverage: 0, pairs: [] };
  if (total <= 0 || phrase.length === 0) return best;
  // Outside quotes a near miss needs an exact neighbour: with no word in
  // common, a phrase of several words cannot match at all.
  if (phrase.length > 1 && !text.some((t) => t.quoted) && !enoughPairs(phrase, text, minPairs)) return best;
  const sims = fuzzyMatrix(phrase, text);
  if (minPairs > 1 && sims.filter((row) => row.some((sim) => sim > 0)).length < minPairs) return best;
  for (let from = 0; from < text.length; from++) {
    if (!sims.some((row) => (row[from] ?? 0) > 0)) continue;
    const width = Math.min(text.length, from + maxSpan) - from;
    // score(i, j): best weight aligning phrase[0..i) within text[from..from+j).
    const cells = new Float64Array((phrase.length + 1) * (width + 1));
    const score = (i: number, j: number) => cells[i * (width + 1) + j] ?? 0;
    const gain = (i: number, j: number) => (weights[i - 1] ?? 0) * (sims[i - 1]?.[from + j - 1] ?? 0);
    for (let i = 1; i <= phrase.length; i++) {
      for (let j = 1; j <= width; j++) {
        const g = gain(i, j);
        cells[i * (width + 1) + j] = Math.max(score(i - 1, j), score(i, j - 1), g > 0 ? score(i - 1, j - 1) + g : 0);
      }
    }
    const matched = score(phrase.length, width);
    if (matched / total <= best.coverage) continue;
    const pairs: WordPair[] = [];
    for (let i = phrase.length, j = width; i > 0 && j > 0; ) {
      const here = score(i, j);
      if (here === score(i - 1, j)) i -= 1;
      else if (here === score(i, j - 1)) j -= 1;
      else {
        pairs.unshift({ phraseIndex: i - 1, textIndex: from + j - 1, similarity: sims[i - 1]?.[from + j - 1] ?? 0 });
        i -= 1;
        j -= 1;
      }
    }
    best = { coverage: matched / total, pairs };
  }
  return best;
}

/**
 * Similarities of every phrase word with every text word. A fuzzy match
 * counts only on a named text word and next to an exact match, in the same
 * order on both sides ("Causal Paris" for "Causal parrots"); alone, a word
 * that merely looks like a title word is noise. A one-word phrase (a short
 * title such as "CLadder") has no neighbour and needs a near miss.
 */
/** The stems of a list of words, computed once per list (claims and titles are aligned many times). */
const stemSets = new WeakMap<readonly Word[], Set<string>>();
function stemsOf(words: readonly Word[]): Set<string> {
  let stems = stemSets.get(words);
  if (!stems) stemSets.set(words, (stems = new Set(words.map((w) => w.stem))));
  return stems;
}

/**
 * Whether an alignment of `minPairs` pairs is possible at all, checked without
 * the similarity matrix: outside quotes a near miss counts only beside an
 * exact word (see `fuzzyMatrix`), so the phrase needs an exact word in common,
 * and, when it has just one, a near miss on a phrase word next to it.
 */
function enoughPairs(phrase: readonly Word[], text: readonly Word[], minPairs: number): boolean {
  const stems = stemsOf(text);
  const exact = phrase.flatMap((p, i) => (stems.has(p.stem) ? [i] : []));
  if (exact.length === 0) return false;
  if (exact.length >= minPairs || exact.length >= phrase.length) return true;
  const [at = 0] = exact;
  return [at - 1, at + 1].some((i) => {
    const p = phrase[i];
    return p !== undefined && text.some((t) => t.named && stemSimilarity(p, t) > 0);
  });
}

function fuzzyMatrix(phrase: readonly Word[], text: readonly Word[]): number[][] {
  const raw = phrase.map((p) => text.map((t) => (p.stem === t.stem ? 1 : t.named ? stemSimilarity(p, t) : 0)));
  // Inside quotation marks a run of near misses is enough ("Analitical Engins"):
  // the quote says a name follows. Elsewhere a near miss needs an exact neighbour.
  const anchors = (i: number, j: number) => {
    const sim = raw[i]?.[j] ?? 0;
    return sim === 1 || (text[j]?.quoted === true && sim >= NEAR_MISS);
  };
  return raw.map((row, i) =>
    row.map((sim, j) => {
      if (sim === 1 || sim === 0) return sim;
      if (phrase.length === 1) return sim >= NEAR_MISS ? sim : 0;
      return anchors(i - 1, j - 1) || anchors(i + 1, j + 1) ? sim : 0;
    }),
  );
}

/** A fuzzy match close enough to stand without an exact neighbour (in a quote, or as a one-word title). */
const NEAR_MISS = 0.92;

/**
 * The phrase's words found anywhere in one window of `maxSpan` text words,
 * in any order, exact (stemmed) matches only: for paraphrases that reorder a
 * title ("what language models learn about causality from passive data").
 */
export function alignAnyOrder(
  phrase: readonly Word[],
  weights: readonly number[],
  text: readonly Word[],
  maxSpan: number,
  /** An alignment of fewer pairs is of no use to the caller: the empty one is returned at once. */
  minPairs = 0,
): Alignment {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let best: Alignment = { coverage: 0, pairs: [] };
  if (total <= 0) return best;
  const stems = stemsOf(phrase);
  if (minPairs > 1) {
    const textStems = stemsOf(text);
    let shared = 0;
    for (const stem of stems) if (textStems.has(stem)) shared += 1;
    if (shared < minPairs) return best;
  }
  for (let from = 0; from < text.length; from++) {
    // A window that starts on a word of no use holds no more than the one
    // starting at the next useful word: skip it (same result, far less work).
    if (!stems.has(text[from]!.stem)) continue;
    const window = text.slice(from, from + maxSpan);
    const pairs: WordPair[] = [];
    const used = new Set<number>();
    phrase.forEach((word, phraseIndex) => {
      const found = window.findIndex((t, k) => !used.has(k) && t.stem === word.stem);
      if (found === -1) return;
      used.add(found);
      pairs.push({ phraseIndex, textIndex: from + found, similarity: 1 });
    });
    const coverage = pairs.reduce((sum, p) => sum + (weights[p.phraseIndex] ?? 0), 0) / total;
    if (coverage > best.coverage) best = { coverage, pairs };
  }
  return best;
}

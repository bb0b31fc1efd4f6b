/**
 * Reading a numbered bibliography (`[1] Authors. Title. Venue, year.`), as
 * copied from a PDF into a Markdown page, into `BibEntry` values with
 * Google-Scholar-style keys. Never throws: an entry that cannot be read
 * becomes a diagnostic at its line and the others are still returned.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Paragraph } from 'mdast';
import type { Diagnostic } from './diagnostics';
import { readFrontMatter } from './front-matter';
import { asRefKey } from './ids';
import type { BibEntry } from './model';
import { foldDiacritics, FUNCTION_WORDS, tokenize } from './text-match';

/** What `parseBibliography` read, and what it could not. */
export interface ParsedBibliography {
  /** In document order. */
  entries: BibEntry[];
  diagnostics: Diagnostic[];
}

/** `[12] ` at the start of a paragraph or line; the escaped `\[12\]` form is accepted too. */
const ENTRY_START = /^\\?\[(\d{1,4})\\?\]\s+/;

/**
 * Whether a Markdown document (with or without front matter) holds a numbered
 * reference list: at least `minimum` paragraphs that start with `[N]`. Meant
 * for documents without a `videoId`, to tell a bibliography page from a
 * stray note; two entries by default because a lone `[1]` is more often a
 * footnote than a reference list.
 */
export function isBibliography(markdown: string, minimum = 2): boolean {
  let count = 0;
  for (const paragraph of paragraphs(fromMarkdown(markdown))) {
    count += entryTexts(plainText(paragraph)).length;
    if (count >= minimum) return true;
  }
  return false;
}

/**
 * Every paragraph (or line within one) that starts with `[N]` is an entry;
 * everything else on the page is ignored. Entries that cannot be split into
 * authors and title are left out with an error at their line; keys that
 * collide get `a`, `b`, ... suffixes.
 */
export function parseBibliography(file: string, source: string): ParsedBibliography {
  const { frontMatter, diagnostics } = readFrontMatter(file, source);
  const { body, bodyOffset } = frontMatter;
  // mdast positions are relative to the body; diagnostics count lines in the whole file.
  const lineOffset = countNewlines(source.slice(0, bodyOffset));
  const drafts: Array<Omit<BibEntry, 'key'> & { baseKey: string }> = [];
  const seenNumbers = new Map<number, number>();

  for (const paragraph of paragraphs(fromMarkdown(body))) {
    const start = paragraph.position?.start;
    if (!start) continue;
    for (const { number, text, lineInParagraph } of entryTexts(plainText(paragraph))) {
      const line = start.line + lineOffset + lineInParagraph;
      const column = lineInParagraph === 0 ? start.column : 1;
      const report = (severity: Diagnostic['severity'], field: string, message: string) =>
        diagnostics.push({ file, line, column, severity, field, message });

      const earlier = seenNumbers.get(number);
      if (earlier !== undefined) report('warning', 'reference', `reference [${number}] is numbered like the one on line ${earlier}`);
      else seenNumbers.set(number, line);

      const parsed = parseEntryText(text);
      if ('problem' in parsed) {
        report('error', parsed.field, `reference [${number}] ${parsed.problem}: expected "[${number}] Authors. Title. Venue, year."`);
        continue;
      }
      drafts.push({ ...parsed, number, line, baseKey: citationKey(parsed.authors, parsed.year, parsed.title) });
    }
  }
  return { entries: withUniqueKeys(drafts), diagnostics };
}

/** The fields of one entry, or why they could not be told apart. */
type EntryFields = Pick<BibEntry, 'authors' | 'title' | 'year' | 'venue' | 'url'>;
type EntryResult = EntryFields | { problem: string; field: string };

/** Reads `Authors. Title. Venue, year. URL ...` (the text after `[N]`, whitespace collapsed). */
export function parseEntryText(text: string): EntryResult {
  const authorsEnd = endOfAuthors(text);
  if (authorsEnd === null) return { problem: 'has no author list ending in a period', field: 'authors' };
  const authors = splitAuthors(text.slice(0, authorsEnd));
  if (authors.length === 0) return { problem: 'has an empty author list', field: 'authors' };
  const implausible = authors.find((name) => !/\p{L}/u.test(name) || name.split(' ').length > 6 || /[\d:]/.test(name));
  if (implausible !== undefined) {
    return { problem: `has "${shorten(implausible)}" where an author's name should be`, field: 'authors' };
  }

  const afterAuthors = text.slice(authorsEnd + 1).trimStart();
  const titleEnd = endOfTitle(afterAuthors);
  // A title keeps its question mark and drops its full stop.
  let title = afterAuthors.slice(0, titleEnd).replace(/\.$/, '').trim();
  let rest = afterAuthors.slice(titleEnd).trim();
  if (!title) return { problem: 'has no title after the author list', field: 'title' };

  let url: string | null = null;
  const urlMatch = /\bURL\s+(.+)$/i.exec(rest) ?? /(https?:\s*\/\/.+)$/i.exec(rest);
  if (urlMatch?.[1]) {
    // PDF line breaks leave spaces inside URLs ("https: //", "forum? id="); a URL has none.
    const found = urlMatch[1].replace(/\s+/g, '').replace(/\.$/, '');
    // Only web addresses become links; anything else (`javascript:`, `data:`) is dropped.
    url = /^https?:\/\//i.test(found) ? found : null;
    rest = rest.slice(0, urlMatch.index).trim();
  }
  const arxiv = /\barXiv:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})/i.exec(rest);
  if (!url && arxiv?.[1]) url = `https://arxiv.org/abs/${arxiv[1]}`;

  let venue = rest.replace(/\.$/, '').replace(/^In\s+(?=\S)/, '').trim();
  let year: number | null = null;
  const trailingYear = /(?:^|,)\s*((?:1[6-9]|20)\d{2})[a-z]?$/.exec(venue);
  if (trailingYear?.[1]) {
    year = Number(trailingYear[1]);
    venue = venue.slice(0, trailingYear.index).trim();
  } else if (!venue) {
    // No venue at all: the date is glued to the title ("A Comprehensive Survey, March 2024").
    const dated = /,\s*(?:[A-Z][a-z]+\.?\s+)?((?:1[6-9]|20)\d{2})$/.exec(title);
    if (dated?.[1]) {
      year = Number(dated[1]);
      title = title.slice(0, dated.index).trim();
    }
  } else {
    // A year inside the venue's name ("ICLR 2024 Workshop on ...") is the best there is.
    const inside = [...venue.matchAll(/\b((?:1[6-9]|20)\d{2})\b/g)].pop();
    if (inside?.[1]) year = Number(inside[1]);
  }
  return { authors, title: repairTitleBreaks(title), year, venue: repairTitleBreaks(venue), url };
}

/**
 * `zecevic2023causal`: the first author's surname folded to ASCII letters, the
 * year, the first title word that is not a function word (see `FUNCTION_WORDS`). Without a year the key
 * simply has no digits.
 */
export function citationKey(authors: readonly string[], year: number | null, title: string): string {
  const surname = (authors[0] ?? '').split(' ').pop() ?? '';
  const letters = (word: string) => foldDiacritics(word).toLowerCase().replace(/[^a-z]/g, '');
  const word = tokenize(title)
    .map((t) => t.norm.replace(/[^a-z]/g, ''))
    .find((norm) => norm && !FUNCTION_WORDS.has(norm));
  return `${letters(surname) || 'anonymous'}${year ?? ''}${word ?? ''}`;
}

/** Keys two entries share get `a`, `b`, ... in document order, as BibTeX styles do. */
function withUniqueKeys(drafts: ReadonlyArray<Omit<BibEntry, 'key'> & { baseKey: string }>): BibEntry[] {
  const counts = new Map<string, number>();
  for (const d of drafts) counts.set(d.baseKey, (counts.get(d.baseKey) ?? 0) + 1);
  const used = new Map<string, number>();
  return drafts.map(({ baseKey, ...entry }) => {
    if ((counts.get(baseKey) ?? 0) < 2) return { key: asRefKey(baseKey), ...entry };
    const index = used.get(baseKey) ?? 0;
    used.set(baseKey, index + 1);
    return { key: asRefKey(`${baseKey}${suffix(index)}`), ...entry };
  });
}

/** a, b, ..., z, aa, ab, ... */
function suffix(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : `${suffix(Math.floor(index / 26) - 1)}${letter}`;
}

/**
 * The full stop that ends the author list: the first one that does not follow
 * an initial ("Sotirios A. Tsaftaris", "Stephanie C.Y. Chan").
 */
function endOfAuthors(text: string): number | null {
  for (const match of text.matchAll(/\.(?=\s|$)/g)) {
    const word = /(\S+)$/.exec(text.slice(0, match.index))?.[1] ?? '';
    if (/^(?:\p{Lu}\.?-?){1,3}$/u.test(word)) continue;
    return match.index;
  }
  return null;
}

/** Where the title ends: its first sentence end, an abbreviation aside. */
function endOfTitle(text: string): number {
  for (const match of text.matchAll(/[.?!](?=\s|$)/g)) {
    const before = text.slice(0, match.index);
    if (match[0] === '.' && /\b(?:vs|e\.g|i\.e|etc|cf|al)$/i.test(before)) continue;
    return match.index + 1;
  }
  return text.length;
}

function splitAuthors(list: string): string[] {
  return list
    .replace(/,?\s+et\s+al$/i, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    // "Noah Good- man": a name broken across PDF lines is one word again.
    .map((name) => name.replace(/(\p{L})- (\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * "(score- based)" was "score-based" before the PDF broke the line; but
 * "metadata- and data-driven" is a suspended hyphen and keeps its space.
 */
function repairTitleBreaks(text: string): string {
  return text.replace(/(\p{L})- (?!(?:and|or|nor|to|as)\b)(\p{Ll})/gu, '$1-$2');
}

/** Every paragraph of the tree, in document order (lists and quotes included). */
function* paragraphs(node: Nodes): Generator<Paragraph> {
  if (node.type === 'paragraph') {
    yield node;
    return;
  }
  if ('children' in node) for (const child of node.children) yield* paragraphs(child);
}

/**
 * A paragraph's text with its line breaks kept, so that entries written on
 * consecutive lines (one paragraph for Markdown) can be told apart and located.
 */
function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      // Raw HTML in an entry is not markup here: it stays visible as its characters (formatting like <i> drops).
      return /^<\/?(?:b|i|em|strong|sup|sub|span|br)\s*\/?>$/i.test(node.value.trim()) ? '' : node.value;
    case 'linkReference':
      // "[1]" only parses as a reference when a definition "[1]: ..." exists; read it back as written.
      return `[${node.children.map(plainText).join('')}]`;
    default:
      return 'children' in node ? node.children.map(plainText).join('') : '';
  }
}

/** The entries of one paragraph: each line that starts with `[N]` begins one. */
function entryTexts(text: string): Array<{ number: number; text: string; lineInParagraph: number }> {
  const entries: Array<{ number: number; text: string; lineInParagraph: number }> = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const match = ENTRY_START.exec(line.trimStart());
    const current = entries[entries.length - 1];
    if (match?.[1]) {
      entries.push({ number: Number(match[1]), text: line.trimStart().slice(match[0].length), lineInParagraph: index });
    } else if (current) {
      current.text += ` ${line}`;
    }
  });
  for (const entry of entries) entry.text = entry.text.replace(/\s+/g, ' ').trim();
  return entries;
}

const countNewlines = (text: string) => text.split('\n').length - 1;

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}...` : text);

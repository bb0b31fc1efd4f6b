/**
 * How papers and claims are written in the panel: chip text, author lists,
 * snippets, and which links may be rendered. Pure string work, no DOM.
 */
import type { BibEntry } from '../core/model';

/** Lower-case name particles that belong to the surname ("Van Den Broeck" keeps its capitals). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'ter', 'ten']);

/** "Matej Zečević" → "Zečević", "Guy van den Broeck" → "van den Broeck", "Pearl, Judea" → "Pearl". */
export function surname(author: string): string {
  const name = author.trim();
  const comma = name.indexOf(',');
  if (comma > 0) return name.slice(0, comma).trim();
  const words = name.split(/\s+/);
  let first = words.length - 1;
  while (first > 1 && PARTICLES.has(words[first - 1] ?? '')) first -= 1;
  return words.slice(first).join(' ');
}

/** The chip's text: first author's surname and the year, "Zečević 2023"; the entry number without authors. */
export function chipText(paper: Pick<BibEntry, 'authors' | 'year' | 'number'>): string {
  const first = paper.authors[0];
  const who = first ? surname(first) : `[${paper.number}]`;
  return paper.year === null ? who : `${who} ${paper.year}`;
}

/** Every author up to `max`; beyond that the first `max` and "et al.". */
export function authorList(authors: readonly string[], max = 6): string {
  if (authors.length > max) return `${authors.slice(0, max).join(', ')}, et al.`;
  return authors.join(', ');
}

/** Venue and year joined, without empty parts ("arXiv preprint · 2023"). */
export function venueLine(paper: Pick<BibEntry, 'venue' | 'year'>): string {
  return [paper.venue.trim(), paper.year === null ? '' : String(paper.year)].filter(Boolean).join(' · ');
}

/**
 * The url if it may become a link: only `http:` and `https:`, so that a
 * `javascript:` or `data:` url from a document can never run in the page.
 */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return /^https?:/i.test(trimmed) ? trimmed : null;
}

/** The start of a claim's text, cut at a word boundary near `max` characters. */
export function snippet(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`;
}

/** A claim in a few words, its label first as the panel writes it: "Dataset: The paper introduced…". */
export function claimSnippet(claim: { label: string | null; text: string }, max = 60): string {
  const label = claim.label === null ? '' : /[.:!?]$/.test(claim.label) ? `${claim.label} ` : `${claim.label}: `;
  return snippet(label + claim.text, max);
}

/**
 * A talk with the viewer's notes as one Markdown file for note apps
 * (Obsidian, Logseq, plain files): YAML front matter, the claims under the
 * talk's headings with time links, each claim's notes under it, then the
 * papers the talk cites.
 *
 * Claim text comes from machine-made summaries and is escaped so that it can
 * never become HTML, a link, a tag or structure in a note app; note text is
 * the viewer's own Markdown and is kept as written, indented so it stays
 * inside its list item, with only raw HTML made inert (see `inertHtml`).
 */
import matter from 'gray-matter';
import type { ClaimId, RefKey, VideoId } from '../ids';
import type { Claim } from '../model';
import type { Note } from '../note';
import type { CitedPaper } from '../talk-bundle';
import { activeIndex, claimsInTimeOrder } from '../timeline';
import { formatTime } from '../timestamp';
import { watchUrl } from '../youtube-url';
import { inertHtml } from './inert-html';
import { noteAppTag } from './note-tag';
import { exportedNotes, type ExportInput } from './input';

/** Passed through gray-matter to js-yaml: no folding of long titles onto several lines. */
const YAML_OPTIONS: Parameters<typeof matter.stringify>[2] & { lineWidth: number } = { lineWidth: -1 };
const STANCE_LABEL = { agree: 'Agree', question: 'Question', disagree: 'Disagree' } as const;

export function talkMarkdown(input: ExportInput): string {
  const { talk, papers } = input.bundle;
  const notes = exportedNotes(input);
  const placed = placeNotes(talk.claims, notes);
  const cites = citesByClaim(talk.claims, papers);
  const link = (seconds: number, text = formatTime(seconds)) => `[${text}](${watchUrl(talk.videoId, seconds)})`;

  const lines: string[] = [`# ${escapeInline(talk.title)}`, ''];
  lines.push(...placed.top.flatMap((note) => noteItem(note, link, 0, true)));
  let section: readonly string[] = [];
  for (const claim of talk.claims) {
    const headings = sectionHeadings(section, claim.section);
    if (headings.length > 0) {
      if (lines.at(-1) !== '') lines.push('');
      for (const heading of headings) lines.push(heading, '');
      section = claim.section;
    }
    const keys = cites.get(claim.id) ?? [];
    lines.push(
      `- ${[
        link(claim.start),
        claim.label ? `**${escapeInline(claim.label)}**: ${escapeInline(claim.text)}` : escapeInline(claim.text),
        keys.length > 0 ? `[${keys.map((key) => `@${key}`).join('; ')}]` : '',
      ]
        .filter(Boolean)
        .join(' ')}`,
    );
    lines.push(...(placed.attached.get(claim.id) ?? []).flatMap((note) => noteItem(note, link, 2, false)));
    lines.push(...(placed.after.get(claim.id) ?? []).flatMap((note) => noteItem(note, link, 0, true)));
  }
  if (papers.length > 0) {
    if (lines.at(-1) !== '') lines.push('');
    lines.push('## References', '');
    const starts = new Map(talk.claims.map((c) => [c.id, c.start]));
    for (const paper of papers) lines.push(referenceItem(paper, starts, link));
  }
  const body = `${lines.join('\n').trimEnd()}\n`;
  return matter.stringify(body, frontMatter(input, talk.videoId, talk.title, notes), YAML_OPTIONS);
}

function frontMatter(input: ExportInput, videoId: VideoId, title: string, notes: readonly Note[]) {
  const tags = new Map<string, string>();
  for (const note of notes) {
    for (const tag of note.tags.map(noteAppTag)) if (tag && !tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  }
  return {
    title,
    videoId,
    url: watchUrl(videoId),
    exported: input.exportedAt.toISOString(),
    tags: [...tags.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, tag]) => tag),
  };
}

interface PlacedNotes {
  /** Notes attached to a claim of this talk, by claim. */
  attached: Map<ClaimId, Note[]>;
  /** Free notes, after the claim being spoken at their time. */
  after: Map<ClaimId, Note[]>;
  /** Free notes before the first claim. */
  top: Note[];
}

/**
 * Where each note goes. A note without a claim (or with a claim this talk no
 * longer has) sits at its time: after the claim spoken then, which is the last
 * claim in *time* order starting at or before it. In a document whose claims
 * are out of time order that can be far from its neighbours in the file, and
 * it is still the right place: it is what was being said.
 */
function placeNotes(claims: readonly Claim[], notes: readonly Note[]): PlacedNotes {
  const ids = new Set(claims.map((c) => c.id));
  const inTime = claimsInTimeOrder(claims);
  const starts = inTime.map((c) => c.start);
  const placed: PlacedNotes = { attached: new Map(), after: new Map(), top: [] };
  const push = (map: Map<ClaimId, Note[]>, id: ClaimId, note: Note) => map.set(id, [...(map.get(id) ?? []), note]);
  for (const note of notes) {
    if (note.claimId !== null && ids.has(note.claimId)) {
      push(placed.attached, note.claimId, note);
      continue;
    }
    const spoken = inTime[activeIndex(starts, note.start)];
    if (spoken) push(placed.after, spoken.id, note);
    else placed.top.push(note);
  }
  return placed;
}

/** Each claim's cited papers (those shown in the panel), in the order the linker found them. */
function citesByClaim(claims: readonly Claim[], papers: readonly CitedPaper[]): Map<ClaimId, RefKey[]> {
  const shown = new Set(papers.flatMap((p) => p.claims.map((id) => `${id} ${p.key}`)));
  return new Map(claims.map((c) => [c.id, c.references.map((r) => r.key).filter((key) => shown.has(`${c.id} ${key}`))]));
}

/**
 * The headings to write when the section path changes: those below the part
 * both paths share. Going back up (`A › B` to `A`) repeats `A`, so that what
 * follows is not read as part of `B`.
 */
function sectionHeadings(previous: readonly string[], next: readonly string[]): string[] {
  let shared = 0;
  while (shared < previous.length && shared < next.length && previous[shared] === next[shared]) shared++;
  if (shared === next.length && shared === previous.length) return [];
  if (shared === next.length) shared = Math.max(0, next.length - 1);
  return next.slice(shared).map((title, i) => `${'#'.repeat(Math.min(6, shared + i + 2))} ${escapeInline(title)}`);
}

/** A note as a list item: time link, stance, `*Note*` when it is not under a claim, text, tags. */
function noteItem(note: Note, link: (seconds: number, text?: string) => string, indent: number, free: boolean): string[] {
  const time = note.end !== null && note.end > note.start ? `${formatTime(note.start)}–${formatTime(note.end)}` : formatTime(note.start);
  const tags = note.tags.map(noteAppTag).filter(Boolean).map((tag) => `#${tag}`).join(' ');
  // Only the viewer's own Markdown can hold raw HTML (claim text is escaped):
  // made inert note by note, which also keeps a large export from being parsed whole.
  const [first = '', ...rest] = inertHtml(note.text.replace(/\r\n?/g, '\n').trimEnd()).split('\n');
  const head = [link(note.start, time), free ? '*Note*' : '', note.stance ? `**${STANCE_LABEL[note.stance]}**` : '', first]
    .filter(Boolean)
    .join(' ');
  // Continuation lines are indented to the item's content column so that
  // lists, quotes and code in the viewer's text stay inside this item.
  const pad = ' '.repeat(indent + 2);
  const more = rest.map((line) => (line.trim() === '' ? '' : pad + line));
  if (rest.length === 0) return [`${' '.repeat(indent)}- ${[head, tags].filter(Boolean).join(' ')}`];
  // The blank line keeps the tags out of a quote or paragraph the text ends with.
  return [`${' '.repeat(indent)}- ${head}`, ...more, ...(tags ? ['', pad + tags] : [])];
}

function referenceItem(paper: CitedPaper, starts: Map<ClaimId, number>, link: (seconds: number) => string): string {
  const moments = paper.claims.flatMap((id) => {
    const start = starts.get(id);
    return start === undefined ? [] : [link(start)];
  });
  const parts = [
    paper.authors.length > 0 ? `${escapeInline(paper.authors.join(', '))}.` : '',
    `*${escapeInline(paper.title)}*.`,
    [paper.venue ? escapeInline(paper.venue) : '', paper.year === null ? '' : String(paper.year)].filter(Boolean).join(', '),
  ];
  const where = parts[2] ? `${parts[2]}.` : '';
  return `- **${paper.key}**: ${[parts[0], parts[1], where, paper.url ? `<${paper.url}>` : '', moments.length > 0 ? `Cited at ${moments.join(', ')}.` : '']
    .filter(Boolean)
    .join(' ')}`;
}

/**
 * Text that must stay text on one line: whitespace collapsed; `<` `>` and
 * entity-like `&` as HTML entities (never a tag); backslash escapes for what
 * would start emphasis, code, links, wiki links, math, Logseq macros and
 * block refs, Obsidian comments, highlights, tags and block ids.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]{}$^]/g, '\\$&')
    .replace(/(~~|==|%%|\(\()/g, (pair) => `\\${pair.charAt(0)}\\${pair.charAt(1)}`)
    .replace(/(^|\s)#(?=\S)/g, '$1\\#')
    // Leading block syntax: the text never starts a line here, but a note app
    // that re-flows a list item must not find a heading or a list in it.
    .replace(/^([-+]|\d+[.)]|#{1,6})(?=\s|$)/, (lead) => (lead.startsWith('#') ? `\\${lead}` : lead.replace(/^(\d*)([-+.)])/, '$1\\$2')));
}

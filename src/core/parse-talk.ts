/**
 * Parsing one talk summary (front matter with a `videoId`, Markdown body with
 * timestamped claims) into a `Talk`. Never throws: every problem becomes a
 * diagnostic with its position, and what can be read is returned.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Heading, List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { conceptKey, conceptName } from './concepts';
import { lineIndex, type Diagnostic } from './diagnostics';
import { flatten, flattenLiteral, shieldWikiLinks } from './flatten';
import { readFrontMatter } from './front-matter';
import { asClaimId, isVideoId, type VideoId } from './ids';
import type { Claim, Talk } from './model';
import { splitClaims, type ClaimSpan } from './split-claims';
import { inferFormat, markerSeconds, MAX_SECONDS, splitMarker, type RawMarker } from './timestamp';
import { withEnds } from './timeline';

export interface ParsedTalk {
  /** Null when the document cannot be a talk at all (no usable `videoId`). */
  talk: Talk | null;
  diagnostics: Diagnostic[];
}

/** A claim before its time is known: the span plus where it sits in the document. */
interface Pending {
  span: ClaimSpan;
  label: string | null;
  section: string[];
  /** Claims of one paragraph or bullet share a block number (for the order warning). */
  block: number;
}

const MARKER_SHAPE = /^\d{1,3}:\d{2}(?::\d{2})?$/;
/** An Obsidian callout opener, `> [!NOTE]`, which is not part of the text. */
const CALLOUT = /^\s*\[![A-Za-z]+\][+-]?\s*/;

export function parseTalk(file: string, source: string): ParsedTalk {
  const { frontMatter, diagnostics } = readFrontMatter(file, source);
  const { data, body, bodyOffset, fieldLine } = frontMatter;
  const position = lineIndex(source);
  const at = (offset: number) => position(offset);
  const problem = (severity: Diagnostic['severity'], field: string, offset: number, message: string) => {
    diagnostics.push({ file, ...at(offset), severity, field, message });
  };
  const fieldProblem = (severity: Diagnostic['severity'], field: string, message: string) => {
    diagnostics.push({ file, line: fieldLine(field), column: 1, severity, field, message });
  };

  // A front matter that could not be read has already been reported: its fields are unknown, not missing.
  const frontMatterBroken = diagnostics.some((d) => d.field === 'front matter');
  const videoId = readVideoId(data.videoId, (message) => {
    if (!frontMatterBroken) fieldProblem('error', 'videoId', message);
  });
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : null;
  if (!title && !frontMatterBroken) fieldProblem('warning', 'title', 'missing title: the file name is shown instead');

  const pending = collectClaims(body, bodyOffset);
  const markers: RawMarker[] = [];
  for (const { span } of pending) {
    if (MARKER_SHAPE.test(span.marker.text)) {
      markers.push({ text: span.marker.text, fields: splitMarker(span.marker.text), offset: span.marker.offset });
    }
  }
  const inference = inferFormat(markers);
  if (inference.error) problem('error', 'timestamp', inference.error.marker.offset, inference.error.message);

  const claims: Claim[] = [];
  const seenIds = new Map<string, number>();
  let previous: { block: number; start: number; marker: string } | null = null;
  for (const { span, label, section, block } of pending) {
    const { text: marker, offset } = span.marker;
    if (!MARKER_SHAPE.test(marker)) {
      problem('error', 'timestamp', offset, `timestamp "${marker}" cannot be read: expected mm:ss, hh:mm:ss or mm:ss:ff`);
      continue;
    }
    const start = markerSeconds(splitMarker(marker), inference.format);
    if (start === null) {
      if (!inference.error) problem('error', 'timestamp', offset, unreadable(marker, inference.format));
      continue;
    }
    if (previous && previous.block === block && start < previous.start) {
      problem('warning', 'timestamp', offset, `claim at [${marker}] comes before [${previous.marker}], which precedes it in the same paragraph or bullet`);
    }
    previous = { block, start, marker };
    if (!span.text) problem('warning', 'claim', offset, `timestamp [${marker}] has no text before it`);
    const baseId = `t${marker.replaceAll(':', '-')}`;
    const seen = (seenIds.get(baseId) ?? 0) + 1;
    seenIds.set(baseId, seen);
    const { line, column } = at(span.offset);
    claims.push({
      id: asClaimId(seen === 1 ? baseId : `${baseId}_${seen}`),
      start,
      end: null,
      text: span.text,
      label,
      section,
      line,
      column,
      marker,
      concepts: dedupeConcepts(span.concepts),
      references: [],
    });
  }
  if (pending.length === 0) {
    diagnostics.push({ file, line: position(bodyOffset).line, column: 1, severity: 'error', field: 'claims', message: 'talk has no claims: no timestamp marker such as [00:03:43] was found' });
  }
  if (!videoId) return { talk: null, diagnostics };
  return {
    talk: {
      videoId,
      title: title ?? file.replace(/^.*[\\/]/, '').replace(/\.\w+$/, ''),
      file,
      timestampFormat: inference.format,
      timestampEvidence: inference.evidence,
      claims: withEnds(claims),
    },
    diagnostics,
  };
}

function readVideoId(value: unknown, report: (message: string) => void): VideoId | null {
  if (value === undefined || value === null) {
    report('missing videoId: a talk needs the 11-character YouTube video id in its front matter');
    return null;
  }
  if (typeof value !== 'string') {
    report(`videoId must be text of 11 characters [A-Za-z0-9_-], got ${JSON.stringify(value)} (quote it in the YAML)`);
    return null;
  }
  if (!isVideoId(value)) {
    report(`videoId "${value}" is not a YouTube video id: expected 11 characters of [A-Za-z0-9_-]`);
    return null;
  }
  return value;
}

function unreadable(marker: string, format: string): string {
  const fields = splitMarker(marker);
  const seconds = fields.length === 3 && format === 'hh:mm:ss'
    ? (fields[0] ?? 0) * 3600 + (fields[1] ?? 0) * 60 + (fields[2] ?? 0)
    : (fields[0] ?? 0) * 60 + (fields[1] ?? 0);
  if (fields.slice(1).every((f) => f < 60) && seconds >= MAX_SECONDS) {
    return `timestamp [${marker}] is 12 hours or more into the talk (read as ${format})`;
  }
  return `timestamp [${marker}] cannot be read as ${format}: a minute or second field is 60 or more`;
}

function dedupeConcepts(targets: string[]): Claim['concepts'] {
  const seen = new Map<string, Claim['concepts'][number]>();
  for (const target of targets) {
    const key = conceptKey(target);
    if (key && !seen.has(key)) seen.set(key, { key, label: conceptName(target) });
  }
  return [...seen.values()];
}

/**
 * Walks the Markdown tree in document order and cuts every block into claim
 * spans, keeping the heading path and each bullet's bold lead-in.
 */
function collectClaims(body: string, bodyOffset: number): Pending[] {
  const shielded = shieldWikiLinks(body);
  const tree = fromMarkdown(shielded);
  const pending: Pending[] = [];
  const headings: string[] = [];
  let subheading: string | null = null;
  let block = 0;
  const section = () => (subheading ? [...headings, subheading] : [...headings]);
  const sourceOf = (nodes: readonly PhrasingContent[]) => flatten(nodes, shielded, body, bodyOffset);

  const addBlock = (children: readonly PhrasingContent[], inherited: string | null) => {
    const lead = leadIn(children);
    const flat = sourceOf(lead ? children.slice(1) : children);
    const callout = CALLOUT.exec(flat.text)?.[0].length ?? 0;
    const from = lead ? skipColon(flat.text, callout) : callout;
    const { spans } = splitClaims(flat, from);
    block += 1;
    const label = lead ?? inherited;
    for (const span of spans) pending.push({ span, label, section: section(), block });
    return { spans, lead };
  };

  const visitList = (list: List, inherited: string | null) => {
    for (const item of list.children) {
      let itemLabel = inherited;
      for (const child of item.children) {
        if (child.type === 'paragraph') {
          const { spans, lead } = addBlock(child.children, inherited);
          // A bold lead-in with no claims of its own heads the nested list.
          if (lead && spans.length === 0) itemLabel = lead;
        } else if (child.type === 'list') {
          visitList(child, itemLabel);
        } else {
          visitBlock(child, itemLabel);
        }
      }
    }
  };

  const visitBlock = (node: RootContent, inherited: string | null) => {
    switch (node.type) {
      case 'heading':
        visitHeading(node);
        return;
      case 'paragraph':
        visitParagraph(node, inherited);
        return;
      case 'list':
        visitList(node, inherited);
        return;
      case 'blockquote':
        for (const child of node.children) visitBlock(child, inherited);
        return;
      case 'html': {
        // A block of raw HTML is not rendered: its characters are read as text, and its markers still make claims.
        const { spans } = splitClaims(flattenLiteral(node.value, bodyOffset + (node.position?.start.offset ?? 0)));
        block += 1;
        for (const span of spans) pending.push({ span, label: inherited, section: section(), block });
        return;
      }
      default:
        return;
    }
  };

  const visitHeading = (node: Heading) => {
    const flat = sourceOf(node.children);
    const { spans, rest } = splitClaims(flat);
    headings.length = Math.min(headings.length, node.depth - 1);
    while (headings.length < node.depth - 1) headings.push('');
    const title = [...spans.map((s) => s.text), rest].filter(Boolean).join(' ');
    headings.push(title);
    subheading = null;
    block += 1;
    for (const span of spans) pending.push({ span, label: null, section: section(), block });
  };

  const visitParagraph = (node: Paragraph, inherited: string | null) => {
    // A paragraph that is only bold text and holds no claim acts as a subheading
    // (`**Question 1: ...?**` above a list of answers).
    const only = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    if (only.length === 1 && only[0]?.type === 'strong') {
      const flat = sourceOf(node.children);
      if (splitClaims(flat).spans.length === 0) {
        subheading = collapseText(toString(only[0]));
        return;
      }
    }
    addBlock(node.children, inherited);
  };

  for (const node of tree.children) {
    // A subheading heads the lists right after it, not the paragraphs that follow.
    if (node.type !== 'list') subheading = null;
    visitBlock(node, null);
  }
  // Headings skipped over (an h3 straight under an h1) leave empty levels out of the path.
  for (const p of pending) p.section = p.section.filter(Boolean);
  return pending;
}

/** The bold lead-in of a block (`**Dataset**: ...`), or null. */
function leadIn(children: readonly PhrasingContent[]): string | null {
  const first = children[0];
  if (first?.type !== 'strong') return null;
  const label = collapseText(toString(first)).replace(/:$/, '').trim();
  if (!label || /\[\d{1,3}:\d{2}/.test(label) || /\[\[/.test(label)) return null;
  return label;
}

/** Skips the `:` and spaces that follow a lead-in. */
function skipColon(text: string, from: number): number {
  const match = /^\s*:?\s*/.exec(text.slice(from));
  return from + (match?.[0].length ?? 0);
}

const collapseText = (text: string) => text.replace(/\s+/g, ' ').trim();

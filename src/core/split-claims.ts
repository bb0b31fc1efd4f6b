/**
 * Cutting a block's flat text into claims: a claim is the span of text that
 * ends with a timestamp marker. Wiki links become their label and are
 * remembered as concepts; markup is gone already (see `flatten`).
 */
import { WIKI_LINK } from './concepts';
import { ANCHOR, type FlatText } from './flatten';
import { BRACKET_MARKER } from './timestamp';

export interface MarkerToken {
  /** The marker's digits as written (`00:03:43`), or the raw `data-t` value. */
  text: string;
  /** Source offset of the marker. */
  offset: number;
}

export interface ClaimSpan {
  /** Plain text, whitespace collapsed and trimmed. */
  text: string;
  /** Source offset of its first character (the marker's own when the text is empty). */
  offset: number;
  marker: MarkerToken;
  /** Link targets as written, in order. */
  concepts: string[];
}

export interface SplitBlock {
  spans: ClaimSpan[];
  /** Text after the last marker (or the whole block when it has none). */
  rest: string;
}

type Token =
  | { kind: 'marker'; index: number; length: number; marker: string }
  | { kind: 'link'; index: number; length: number; target: string; label: string };

/** Punctuation that closes the sentence a marker interrupted: it belongs to the claim before. */
const CLOSING = /^\s*[.,;:!?)\]”’»]+/;

export function splitClaims(flat: FlatText, from = 0): SplitBlock {
  const tokens = findTokens(flat, from);
  const spans: ClaimSpan[] = [];
  let pieces = '';
  let pieceOffsets: number[] = [];
  let concepts: string[] = [];
  let cursor = from;
  const take = (end: number) => {
    pieces += flat.text.slice(cursor, end);
    pieceOffsets.push(...flat.offsets.slice(cursor, end));
  };
  for (const [i, token] of tokens.entries()) {
    take(token.index);
    cursor = token.index + token.length;
    const tokenOffset = flat.offsets[token.index] ?? 0;
    if (token.kind === 'link') {
      const shown = token.label || token.target;
      pieces += shown;
      for (let i = 0; i < shown.length; i++) pieceOffsets.push(tokenOffset);
      concepts.push(token.target);
      continue;
    }
    const span = closeSpan(pieces, pieceOffsets, { text: token.marker, offset: tokenOffset }, concepts);
    // `claim one [00:01]. Claim two [00:02]`: the full stop after a marker ends the claim before it.
    const closing = CLOSING.exec(flat.text.slice(cursor, tokens[i + 1]?.index ?? flat.text.length))?.[0];
    if (closing) {
      span.text += closing.trim();
      cursor += closing.length;
    }
    spans.push(span);
    pieces = '';
    pieceOffsets = [];
    concepts = [];
  }
  take(flat.text.length);
  return { spans, rest: collapse(pieces) };
}

function findTokens(flat: FlatText, from: number): Token[] {
  const tokens: Token[] = [];
  for (const [index, marker] of flat.anchors) {
    if (index >= from) tokens.push({ kind: 'marker', index, length: ANCHOR.length, marker: marker.trim() });
  }
  const text = flat.text;
  for (const match of text.matchAll(BRACKET_MARKER)) {
    if (match.index >= from) tokens.push({ kind: 'marker', index: match.index, length: match[0].length, marker: match[1] ?? '' });
  }
  for (const match of text.matchAll(WIKI_LINK)) {
    if (match.index >= from) {
      tokens.push({
        kind: 'link',
        index: match.index,
        length: match[0].length,
        target: (match[1] ?? '').trim(),
        label: (match[2] ?? '').trim(),
      });
    }
  }
  tokens.sort((a, b) => a.index - b.index);
  const kept: Token[] = [];
  let end = -1;
  for (const token of tokens) {
    if (token.index < end) continue;
    kept.push(token);
    end = token.index + token.length;
  }
  return kept;
}

function closeSpan(pieces: string, offsets: number[], marker: MarkerToken, concepts: string[]): ClaimSpan {
  const first = pieces.search(/\S/);
  return {
    text: collapse(pieces),
    offset: first === -1 ? marker.offset : (offsets[first] ?? marker.offset),
    marker,
    concepts,
  };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

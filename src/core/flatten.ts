/**
 * Flattening Markdown phrasing content into plain text that remembers, for
 * every character, where it stands in the source. Timestamp anchors
 * (`<a class="yt-timestamp" data-t="...">[...]</a>`) become one placeholder
 * character each, so markers of both forms can be found in one pass.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { WIKI_LINK } from './concepts';

/** Stands for one timestamp anchor in `FlatText.text` (a private-use character). */
export const ANCHOR = '\uE000';

export interface FlatText {
  text: string;
  /** Source offset of each UTF-16 unit of `text`. */
  offsets: number[];
  /** For each anchor placeholder (by index in `text`), its `data-t` value. */
  anchors: Map<number, string>;
}

const ANCHOR_OPEN = /^<a\b[^>]*\bclass\s*=\s*["'][^"']*\byt-timestamp\b[^"']*["'][^>]*>$/i;
const DATA_T = /\bdata-t\s*=\s*["']([^"']*)["']/i;
const ANCHOR_CLOSE = /^<\/a\s*>$/i;
/**
 * Tags that only format text (their words are separate text nodes), without
 * attributes, and plain http(s) links: dropped (`<br>` becomes a space).
 */
const FORMATTING_TAG = /^<\/?(?:a|abbr|b|br|cite|code|del|em|i|ins|kbd|mark|q|s|small|span|strong|sub|sup|u|wbr)\s*\/?>$|^<a\s+href\s*=\s*"https?:\/\/[^"<>]*"\s*>$/i;
/** Timestamp anchor tags inside a raw HTML block: blanked, their `[..]` text stays a marker. */
const ANCHOR_TAGS = /<a\b[^>]*\byt-timestamp\b[^>]*>|<\/a\s*>/gi;

/** Stands, in the text given to the Markdown parser, for each character of a wiki link. */
const SHIELD = '\uE001';

/**
 * Hides wiki links from the Markdown parser, which would otherwise read the
 * underscores of `[[_draft_notes]]` as emphasis. Offsets are unchanged: each
 * character becomes one placeholder, restored from the original by `flatten`.
 */
export function shieldWikiLinks(body: string): string {
  return body.replace(WIKI_LINK, (link) => SHIELD.repeat(link.length));
}

/**
 * `source` is the text the nodes' positions refer to (shielded), `original`
 * the same text before shielding; `base` is added to every offset returned.
 */
/** A block of raw HTML, read as literal text (its timestamp markers still count). */
export function flattenLiteral(value: string, sourceOffset: number): FlatText {
  const text = value.replace(ANCHOR_TAGS, (tag) => ' '.repeat(tag.length));
  return { text, offsets: Array.from(text, (_, i) => sourceOffset + i), anchors: new Map() };
}

export function flatten(nodes: readonly PhrasingContent[], source: string, original: string, base = 0): FlatText {
  const flat: FlatText = { text: '', offsets: [], anchors: new Map() };
  let insideAnchor = false;
  const append = (value: string, offsets: number[]) => {
    flat.text += value;
    for (const offset of offsets) flat.offsets.push(offset + base);
  };
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (insideAnchor) {
      if (node.type === 'html' && ANCHOR_CLOSE.test(node.value.trim())) insideAnchor = false;
      return;
    }
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const offsets = align(node.value, source, start, end);
        const value = node.value.includes(SHIELD)
          ? node.value.replace(/\uE001/g, (_, i: number) => original[offsets[i] ?? 0] ?? '')
          : node.value;
        append(value, offsets);
        return;
      }
      case 'break':
        append(' ', [start]);
        return;
      case 'html': {
        const tag = node.value.trim();
        const dataT = ANCHOR_OPEN.test(tag) ? DATA_T.exec(tag)?.[1] : undefined;
        if (dataT !== undefined) {
          flat.anchors.set(flat.text.length, dataT);
          append(ANCHOR, [start]);
          insideAnchor = true;
        } else if (FORMATTING_TAG.test(tag)) {
          append(' ', [start]);
        } else {
          // Anything else (an image, a script, an embed) is not formatting: it
          // stays visible as the characters the document holds, never markup.
          append(node.value, align(node.value, source, start, end));
        }
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes);
    }
  };
  for (const node of nodes) visit(node);
  return flat;
}

/**
 * Source offsets for a text node's value. The value can differ from the
 * source (entities decoded, escapes dropped, continuation indents removed), so
 * each character is matched forward in the source; one that is not found
 * (a decoded entity) takes the position reached so far.
 */
function align(value: string, source: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    let k = cursor;
    while (k < end && source[k] !== value[i]) k++;
    if (k < end) {
      offsets.push(k);
      cursor = k + 1;
    } else {
      offsets.push(Math.min(cursor, Math.max(start, end - 1)));
    }
  }
  return offsets;
}

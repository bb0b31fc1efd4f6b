/** One document of a corpus folder: a talk, the bibliography, or an error saying which it should be. */
import { parseBibliography } from './bibliography';
import type { Diagnostic } from './diagnostics';
import { readFrontMatter } from './front-matter';
import type { BibEntry, Talk } from './model';
import { parseTalk } from './parse-talk';
import { BRACKET_MARKER } from './timestamp';

export interface SourceDocument {
  /** The path shown in messages. */
  file: string;
  source: string;
}

export type ParsedDocument =
  | { kind: 'talk'; talk: Talk | null; diagnostics: Diagnostic[] }
  | { kind: 'bibliography'; entries: BibEntry[]; diagnostics: Diagnostic[] };

/** Whether a document is a talk (by its front matter and markers), without parsing its Markdown. */
export function isTalkDocument({ file, source }: SourceDocument): boolean {
  const { frontMatter } = readFrontMatter(file, source);
  return (
    'videoId' in frontMatter.data ||
    /class\s*=\s*["']yt-timestamp/.test(frontMatter.body) ||
    new RegExp(BRACKET_MARKER.source).test(frontMatter.body)
  );
}

/**
 * A document with a `videoId` field, or with timestamp markers, is a talk (a
 * talk that lacks its id is reported as such); one without either is read as
 * a bibliography, and one with no numbered references either is an error.
 */
export function parseDocument(document: SourceDocument): ParsedDocument {
  const { file, source } = document;
  if (isTalkDocument(document)) return { kind: 'talk', ...parseTalk(file, source) };
  const { entries, diagnostics } = parseBibliography(file, source);
  if (entries.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      field: 'videoId',
      message: 'neither a talk (no videoId in the front matter, no timestamp markers) nor a bibliography (no numbered references such as "[1] Author. Title.")',
    });
  }
  return { kind: 'bibliography', entries, diagnostics };
}

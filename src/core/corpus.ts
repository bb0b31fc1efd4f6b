/**
 * Compiling a folder of documents into a `Corpus`: talks linked to the
 * bibliography and to each other through concepts. A broken document is
 * reported and left out; the others still compile.
 */
import { indexConcepts } from './concepts';
import { sortDiagnostics, type Diagnostic } from './diagnostics';
import type { VideoId } from './ids';
import { linkReferences } from './link-references';
import type { BibEntry, Corpus, Talk } from './model';
import { parseDocument, type SourceDocument } from './parse-document';
import { readFrontMatter } from './front-matter';

export function compileCorpus(documents: readonly SourceDocument[]): Corpus {
  const diagnostics: Diagnostic[] = [];
  const parsedTalks: Talk[] = [];
  const bibliography: BibEntry[] = [];
  const owners = new Map<VideoId, string>();
  for (const document of documents) {
    const parsed = parseDocument(document);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.kind === 'bibliography') {
      bibliography.push(...parsed.entries);
      continue;
    }
    const talk = parsed.talk;
    if (!talk) continue;
    const owner = owners.get(talk.videoId);
    if (owner) {
      const { frontMatter } = readFrontMatter(document.file, document.source);
      diagnostics.push({
        file: document.file,
        line: frontMatter.fieldLine('videoId'),
        column: 1,
        severity: 'error',
        field: 'videoId',
        message: `videoId ${talk.videoId} is already used by ${owner}: this document is left out`,
      });
      continue;
    }
    owners.set(talk.videoId, document.file);
    parsedTalks.push(talk);
  }
  const linked = parsedTalks.map((talk) => {
    const result = linkReferences(talk, bibliography);
    diagnostics.push(...result.diagnostics);
    return result.talk;
  });
  const concepts = indexConcepts(linked);
  const labels = new Map(concepts.map((c) => [c.key, c.label]));
  // One spelling of each concept everywhere, whichever document a claim comes from.
  const talks = linked.map((talk) => ({
    ...talk,
    claims: talk.claims.map((claim) => ({
      ...claim,
      concepts: claim.concepts.map((c) => ({ key: c.key, label: labels.get(c.key) ?? c.label })),
    })),
  }));
  return { talks, bibliography, concepts, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Compiling a folder of documents into a `Corpus`: talks linked to the
 * bibliography and to each other through concepts. A broken document is
 * reported and left out; the others still compile.
 *
 * Three phases, so that the middle one (most of the cost) can run on several
 * threads (see `src/node/compile-parallel.ts`): the bibliography first, then
 * each talk parsed and linked on its own, then the corpus assembled.
 */
import { indexConcepts } from './concepts';
import { sortDiagnostics, type Diagnostic } from './diagnostics';
import type { VideoId } from './ids';
import { linkReferences } from './link-references';
import type { BibEntry, Corpus, Talk } from './model';
import { isTalkDocument, parseDocument, type SourceDocument } from './parse-document';
import { parseTalk } from './parse-talk';
import { readFrontMatter } from './front-matter';

/** One document compiled on its own: a linked talk, or bibliography entries. */
export type CompiledDocument =
  | { kind: 'talk'; talk: Talk | null; diagnostics: Diagnostic[]; linkDiagnostics: Diagnostic[] }
  | { kind: 'bibliography'; entries: BibEntry[]; diagnostics: Diagnostic[] };

export function compileCorpus(documents: readonly SourceDocument[]): Corpus {
  const { bibliography, compiled } = readBibliographies(documents);
  return assembleCorpus(documents, documents.map((document, i) => compiled.get(i) ?? compileTalkDocument(document, bibliography)), bibliography);
}

/** Phase 1: the documents that are not talks, parsed (by index), and all their entries. */
export function readBibliographies(documents: readonly SourceDocument[]): { bibliography: BibEntry[]; compiled: Map<number, CompiledDocument> } {
  const compiled = new Map<number, CompiledDocument>();
  const bibliography: BibEntry[] = [];
  documents.forEach((document, i) => {
    if (isTalkDocument(document)) return;
    const parsed = parseDocument(document);
    if (parsed.kind !== 'bibliography') return;
    compiled.set(i, parsed);
    bibliography.push(...parsed.entries);
  });
  return { bibliography, compiled };
}

/** Phase 2: one talk document parsed and linked to the bibliography. */
export function compileTalkDocument(document: SourceDocument, bibliography: readonly BibEntry[]): CompiledDocument {
  const { talk, diagnostics } = parseTalk(document.file, document.source);
  if (!talk) return { kind: 'talk', talk: null, diagnostics, linkDiagnostics: [] };
  const linked = linkReferences(talk, bibliography);
  return { kind: 'talk', talk: linked.talk, diagnostics, linkDiagnostics: linked.diagnostics };
}

/**
 * Phase 3: `compiled[i]` is `documents[i]` compiled. Leaves out a second talk
 * for one video (and its linking's warnings), indexes concepts across talks.
 */
export function assembleCorpus(documents: readonly SourceDocument[], compiled: readonly CompiledDocument[], bibliography: BibEntry[]): Corpus {
  const diagnostics: Diagnostic[] = [];
  const linked: Talk[] = [];
  const owners = new Map<VideoId, string>();
  for (const [i, document] of documents.entries()) {
    const result = compiled[i];
    if (!result) continue;
    diagnostics.push(...result.diagnostics);
    if (result.kind === 'bibliography' || !result.talk) continue;
    const { talk } = result;
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
    diagnostics.push(...result.linkDiagnostics);
    linked.push(talk);
  }
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

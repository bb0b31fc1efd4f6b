/**
 * A talk document the viewer imports, compiled with the same core as the
 * bundled ones: parsed, linked to the bibliography, and given its concepts'
 * mentions in the bundled talks.
 */
import { indexConcepts } from './concepts';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics';
import { linkReferences } from './link-references';
import type { BibEntry, Talk } from './model';
import { parseTalk } from './parse-talk';
import { talkBundle, type TalkBundle } from './talk-bundle';

export interface CompiledImport {
  /** Null when the document has errors: then nothing is stored. */
  bundle: TalkBundle | null;
  diagnostics: Diagnostic[];
}

export function compileImportedTalk(
  file: string,
  source: string,
  known: { bibliography: readonly BibEntry[]; talks: readonly Talk[] },
): CompiledImport {
  const parsed = parseTalk(file, source);
  const diagnostics = [...parsed.diagnostics];
  if (!parsed.talk || hasErrors(diagnostics)) return { bundle: null, diagnostics: sortDiagnostics(diagnostics) };
  const linked = linkReferences(parsed.talk, known.bibliography);
  diagnostics.push(...linked.diagnostics);
  const talks = [...known.talks.filter((t) => t.videoId !== linked.talk.videoId), linked.talk];
  const concepts = indexConcepts(talks);
  const bundle = talkBundle({ talks, bibliography: [...known.bibliography], concepts, diagnostics: [] }, linked.talk.videoId);
  return { bundle, diagnostics: sortDiagnostics(diagnostics) };
}

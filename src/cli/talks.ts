/**
 * `npm run talks -- <command>`: the corpus from the command line.
 *   check [DIR]                 one line per problem, exit 1 on any error
 *   parse FILE [--corpus DIR]   the parsed talk (or bibliography) as JSON
 *   export FILE --format F      the talk (with the notes of a backup) as Markdown,
 *                               Web Annotations, WebVTT or BibTeX on stdout
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileCorpus } from '../core/corpus';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../core/diagnostics';
import { parseDocument } from '../core/parse-document';
import { compileCorpusParallel } from '../node/compile-parallel';
import { readFolder } from '../node/corpus-folder';
import { talkBundle } from '../core/talk-bundle';
import { bibliographyJson, talkJson } from '../core/talk-json';
import { EXPORT_FORMATS, exportFiles, type ExportFormat } from '../core/export/files';
import { readAnnotations, type ImportProblem } from '../core/import/annotations';
import type { Note } from '../core/note';
import type { Diagnostic } from '../core/diagnostics';
import type { TalkBundle } from '../core/talk-bundle';

const USAGE = `usage: npm run talks -- check [DIR]
       npm run --silent talks -- parse FILE [--corpus DIR]
       npm run --silent talks -- export FILE --format markdown|annotations|vtt|bibtex
                                        [--notes BACKUP.jsonld] [--corpus DIR] [--vtt cues|chapters]

export prints one file to stdout: the talk with the notes of BACKUP on its video
(a Claimline backup or any W3C Web Annotation file). For vtt, --vtt chooses the
claims-and-notes cues (default) or the section chapters. The export time written
into the file is now, or SOURCE_DATE_EPOCH (seconds) when set.`;

/** A large folder compiles on every core (the same result as `compileCorpus`). */
async function check(dir: string): Promise<number> {
  const corpus = await compileCorpusParallel(readFolder(dir));
  for (const d of corpus.diagnostics) console.log(formatDiagnostic(d));
  const errors = corpus.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = corpus.diagnostics.length - errors;
  const claims = corpus.talks.reduce((n, t) => n + t.claims.length, 0);
  console.error(
    `${corpus.talks.length} talks, ${claims} claims, ${corpus.bibliography.length} references, ${corpus.concepts.length} concepts: ${errors} errors, ${warnings} warnings`,
  );
  return errors > 0 ? 1 : 0;
}

function parse(file: string, corpusDir: string): number {
  const compiled = compileTalk(file, corpusDir);
  if (compiled.kind === 'bibliography') {
    console.log(JSON.stringify(bibliographyJson(compiled.entries), null, 2));
    return compiled.code;
  }
  if (!compiled.bundle) return 1;
  console.log(JSON.stringify(talkJson(compiled.bundle), null, 2));
  return compiled.code;
}

type Compiled =
  | { kind: 'bibliography'; entries: Parameters<typeof bibliographyJson>[0]; code: number }
  | { kind: 'talk'; bundle: TalkBundle | null; code: number };

/**
 * A document compiled as `parse` shows it, its diagnostics printed to stderr:
 * a talk is compiled with the rest of the folder (its references need the
 * bibliography, its concepts the other talks).
 */
function compileTalk(file: string, corpusDir: string): Compiled {
  const document = { file, source: readFileSync(file, 'utf8') };
  const parsed = parseDocument(document);
  if (parsed.kind === 'bibliography' || !parsed.talk) {
    const own = sortDiagnostics(parsed.diagnostics);
    printDiagnostics(own);
    if (parsed.kind === 'talk') return { kind: 'talk', bundle: null, code: 1 };
    return { kind: 'bibliography', entries: parsed.entries, code: hasErrors(own) ? 1 : 0 };
  }
  const others = readFolder(corpusDir).filter((d) => resolve(d.file) !== resolve(file));
  const corpus = compileCorpus([...others, document]);
  const own = corpus.diagnostics.filter((d) => d.file === file);
  printDiagnostics(own);
  const bundle = talkBundle(corpus, parsed.talk.videoId);
  if (!bundle || bundle.talk.file !== file) return { kind: 'talk', bundle: null, code: 1 };
  return { kind: 'talk', bundle, code: hasErrors(own) ? 1 : 0 };
}

function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
}

interface ExportOptions {
  format: ExportFormat;
  notes: string | undefined;
  corpus: string;
  vtt: 'cues' | 'chapters';
}

function exportTalk(file: string, options: ExportOptions): number {
  const notes = options.notes === undefined ? [] : readBackup(options.notes);
  if (notes === null) return 1;
  const compiled = compileTalk(file, options.corpus);
  if (compiled.kind === 'bibliography') {
    console.error(`talks: ${file} is the bibliography; export takes a talk document`);
    return 1;
  }
  if (!compiled.bundle) return 1;
  const files = exportFiles([{ bundle: compiled.bundle, notes, exportedAt: exportTime() }], options.format);
  const chosen = options.format === 'vtt' ? files.find((f) => f.name.endsWith(`.${options.vtt}.vtt`)) : files[0];
  if (chosen) process.stdout.write(chosen.content);
  return compiled.code;
}

/** The notes of a backup, or null after printing why it cannot be read (`BACKUP:item N: field: message`). */
function readBackup(path: string): Note[] | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) throw cause;
    console.error(`${path}: not JSON: ${cause.message}`);
    return null;
  }
  const result = readAnnotations(json, { now: exportTime() });
  if (!result.ok) {
    for (const problem of result.errors) console.error(formatProblem(path, problem));
    return null;
  }
  for (const warning of result.warnings) console.error(`${path}: warning: ${warning}`);
  return result.notes;
}

function formatProblem(path: string, problem: ImportProblem): string {
  const where = problem.item === null ? '' : `item ${problem.item}: `;
  return `${path}:${where}${problem.field}: ${problem.message}`;
}

/** Now, or `SOURCE_DATE_EPOCH` (reproducible-builds.org) so that an export can be reproduced byte for byte. */
function exportTime(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      corpus: { type: 'string', default: 'seeds' },
      format: { type: 'string' },
      notes: { type: 'string' },
      vtt: { type: 'string', default: 'cues' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    console.error(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (command === 'check') return await check(target ?? 'seeds');
    if (command === 'parse' && target) return parse(target, values.corpus);
    if (command === 'export' && target) {
      const format = EXPORT_FORMATS.find((f) => f === values.format);
      const vtt = values.vtt === 'cues' || values.vtt === 'chapters' ? values.vtt : null;
      if (format && vtt) return exportTalk(target, { format, notes: values.notes, corpus: values.corpus, vtt });
      console.error(format ? `talks: --vtt must be cues or chapters, not ${values.vtt}` : `talks: --format must be one of ${EXPORT_FORMATS.join(', ')}`);
    }
  } catch (cause) {
    console.error(`talks: ${(cause as Error).message}`);
    return 2;
  }
  console.error(USAGE);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));

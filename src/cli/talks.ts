/**
 * `npm run talks -- <command>`: the corpus from the command line.
 *   check [DIR]                 one line per problem, exit 1 on any error
 *   parse FILE [--corpus DIR]   the parsed talk (or bibliography) as JSON
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileCorpus } from '../core/corpus';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../core/diagnostics';
import { parseDocument } from '../core/parse-document';
import { readFolder } from '../node/corpus-folder';
import { talkBundle } from '../core/talk-bundle';
import { bibliographyJson, talkJson } from '../core/talk-json';

const USAGE = `usage: npm run talks -- check [DIR]
       npm run --silent talks -- parse FILE [--corpus DIR]`;

function check(dir: string): number {
  const corpus = compileCorpus(readFolder(dir));
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
  const document = { file, source: readFileSync(file, 'utf8') };
  const parsed = parseDocument(document);
  if (parsed.kind === 'bibliography' || !parsed.talk) {
    const own = sortDiagnostics(parsed.diagnostics);
    for (const d of own) console.error(formatDiagnostic(d));
    if (parsed.kind === 'talk') return 1;
    console.log(JSON.stringify(bibliographyJson(parsed.entries), null, 2));
    return hasErrors(own) ? 1 : 0;
  }
  // The talk is compiled with the rest of the folder: its references need the
  // bibliography, its concepts the other talks.
  const others = readFolder(corpusDir).filter((d) => resolve(d.file) !== resolve(file));
  const corpus = compileCorpus([...others, document]);
  const own = corpus.diagnostics.filter((d) => d.file === file);
  for (const d of own) console.error(formatDiagnostic(d));
  const bundle = talkBundle(corpus, parsed.talk.videoId);
  if (!bundle || bundle.talk.file !== file) return 1;
  console.log(JSON.stringify(talkJson(bundle), null, 2));
  return hasErrors(own) ? 1 : 0;
}

export function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { corpus: { type: 'string', default: 'seeds' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    console.error(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (command === 'check') return check(target ?? 'seeds');
    if (command === 'parse' && target) return parse(target, values.corpus);
  } catch (cause) {
    console.error(`talks: ${(cause as Error).message}`);
    return 2;
  }
  console.error(USAGE);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));

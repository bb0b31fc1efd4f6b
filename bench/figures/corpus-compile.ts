/**
 * Figure 9: compiling a corpus of 1,000 talks, as `talks check` does for a
 * large folder (`compileCorpusParallel`, src/node/compile-parallel.ts: parse
 * and link every talk on worker threads, then index the concepts across
 * talks; the same result as `compileCorpus`, which is timed too).
 *
 * The corpus is 1,000 generated talk documents like the seeds
 * (`generatedCorpus` in lib/generate.ts: each seed talk's shape, names and
 * papers, a third of its prose words replaced, its own video id) plus the
 * seed bibliography, in memory. Timed in Node with `performance.now()`; one
 * run, because one run takes long enough to be stable (and the bench has to
 * stay within minutes); the parse alone over the same documents is timed too,
 * for information, to show where the time goes.
 */
import { compileCorpus } from '../../src/core/corpus';
import { compileCorpusParallel } from '../../src/node/compile-parallel';
import { parseDocument } from '../../src/core/parse-document';
import type { BenchEnv } from '../lib/env';
import { generatedCorpus, seedCorpus } from '../lib/generate';
import { exactFigure, type Figure } from '../lib/results';

const TALKS = 1000;

export async function corpusCompile(env: BenchEnv): Promise<Figure[]> {
  const seed = seedCorpus();
  const documents = [...generatedCorpus(TALKS, seed), ...seed.others];
  // Warm the code paths (JIT) on the seeds themselves, as a build that already compiled something would be.
  compileCorpus([...seed.talks, ...seed.others]);

  let start = performance.now();
  for (const document of documents) parseDocument(document);
  const parse = performance.now() - start;
  env.log(`  parse alone: ${(parse / 1000).toFixed(1)} s`);

  start = performance.now();
  compileCorpus(documents);
  const serial = performance.now() - start;
  env.log(`  on one thread: ${(serial / 1000).toFixed(1)} s`);

  start = performance.now();
  const corpus = await compileCorpusParallel(documents);
  const compile = performance.now() - start;
  const errors = corpus.diagnostics.filter((d) => d.severity === 'error');
  if (corpus.talks.length !== TALKS || errors.length > 0) {
    throw new Error(`the generated corpus compiled to ${corpus.talks.length} talks with ${errors.length} errors`);
  }
  return [
    exactFigure({ name: `compiling a generated corpus of ${TALKS.toLocaleString('en-US')} talks (compileCorpusParallel, Node, every core)`, unit: 's', budget: 5 }, compile / 1000),
    exactFigure({ name: `the same on one thread (compileCorpus; info)`, unit: 's', budget: null }, serial / 1000),
    exactFigure({ name: `of which parsing the ${TALKS.toLocaleString('en-US')} documents alone (info)`, unit: 's', budget: null }, parse / 1000),
  ];
}

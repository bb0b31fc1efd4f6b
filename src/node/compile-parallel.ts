/**
 * Compiling a large folder on every core: parsing Markdown and linking each
 * talk are most of the cost and each talk compiles alone, so worker threads
 * take slices of the talks and the main thread assembles. Same result as
 * `compileCorpus`, in document order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleCorpus, compileCorpus, readBibliographies, type CompiledDocument } from '../core/corpus';
import type { BibEntry, Corpus } from '../core/model';
import type { SourceDocument } from '../core/parse-document';

/** Below this many documents a thread, starting threads costs more than it saves. */
const PER_THREAD = 64;

export interface ParseJob {
  documents: SourceDocument[];
  bibliography: BibEntry[];
}

export async function compileCorpusParallel(documents: readonly SourceDocument[], threads = availableParallelism()): Promise<Corpus> {
  const workers = Math.min(threads, Math.floor(documents.length / PER_THREAD));
  if (workers < 2) return compileCorpus(documents);
  const { bibliography, compiled } = readBibliographies(documents);
  const talks = documents.flatMap((_, i) => (compiled.has(i) ? [] : [i]));
  const size = Math.ceil(talks.length / workers);
  const slices = Array.from({ length: workers }, (_, w) => talks.slice(w * size, (w + 1) * size));
  const results = await Promise.all(slices.map((slice) => compileInWorker({ documents: slice.map((i) => documents[i]!), bibliography })));
  slices.forEach((slice, w) => slice.forEach((i, k) => compiled.set(i, results[w]![k]!)));
  return assembleCorpus(documents, documents.map((_, i) => compiled.get(i)!), bibliography);
}

function compileInWorker(job: ParseJob): Promise<CompiledDocument[]> {
  return new Promise((resolve, reject) => {
    // This module runs as TypeScript (the CLI and the benchmarks run under tsx): the
    // worker registers tsx's loader, then imports the TypeScript worker module.
    const url = new URL('./compile-worker.ts', import.meta.url).href;
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: job });
    worker.once('message', (compiled: CompiledDocument[]) => {
      resolve(compiled);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

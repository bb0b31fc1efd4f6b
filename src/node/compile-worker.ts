/** One slice of a corpus's talks, parsed and linked in a worker thread (see `compile-parallel.ts`). */
import { parentPort, workerData } from 'node:worker_threads';
import { compileTalkDocument } from '../core/corpus';
import type { ParseJob } from './compile-parallel';

const { documents, bibliography } = workerData as ParseJob;
parentPort?.postMessage(documents.map((document) => compileTalkDocument(document, bibliography)));

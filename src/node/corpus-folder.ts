/** Reading a folder of talk documents from disk (Node only: the CLI and the build). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../core/parse-document';

const DOCUMENT = /\.(md|markdown|txt)$/i;

/** The documents of a folder, in name order. */
export function readFolder(dir: string): SourceDocument[] {
  return readdirSync(dir)
    .filter((name) => DOCUMENT.test(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ file: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
}

/** The real seed documents, read once for the core tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../src/core/parse-document';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

export const seedDocuments: SourceDocument[] = readdirSync(SEEDS_DIR)
  .sort()
  .map((name) => ({ file: `seeds/${name}`, source: readFileSync(join(SEEDS_DIR, name), 'utf8') }));

export function seed(prefix: string): SourceDocument {
  const found = seedDocuments.find((d) => d.file.startsWith(`seeds/${prefix}`));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
}

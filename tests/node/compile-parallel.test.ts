import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../src/core/corpus';
import { compileCorpusParallel } from '../../src/node/compile-parallel';
import { seedDocuments } from '../core/seeds';

/** 130 talks: the seed talks again under other video ids, plus the bibliography and one duplicate. */
function manyDocuments() {
  const talks = seedDocuments.filter((d) => d.source.includes('videoId:'));
  const copies = Array.from({ length: 130 }, (_, i) => {
    const seed = talks[i % talks.length]!;
    const id = `gen${String(i).padStart(8, '0')}`;
    return { file: `gen/${i}.md`, source: seed.source.replace(/videoId: \S+/, `videoId: ${id}`) };
  });
  return [...copies, ...seedDocuments.filter((d) => !d.source.includes('videoId:')), { ...copies[3]!, file: 'gen/duplicate.md' }];
}

describe('compiling on every core', () => {
  it('gives exactly what compileCorpus gives, duplicates and diagnostics included', async () => {
    const documents = manyDocuments();
    const parallel = await compileCorpusParallel(documents, 2);
    expect(parallel.talks).toHaveLength(130);
    expect(parallel.diagnostics.some((d) => d.file === 'gen/duplicate.md' && /already used/.test(d.message))).toBe(true);
    expect(parallel).toEqual(compileCorpus(documents));
  }, 60_000);
});

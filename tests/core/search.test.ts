import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../src/core/corpus';
import { asClaimId, asVideoId } from '../../src/core/ids';
import { createNote } from '../../src/core/note';
import { createSearchIndex, markTerms, noteDoc, search, talkDocs } from '../../src/core/search';
import { talkBundle } from '../../src/core/talk-bundle';
import { seedDocuments } from './seeds';

const corpus = compileCorpus(seedDocuments);
const docs = corpus.talks.flatMap((t) => talkDocs(talkBundle(corpus, t.videoId)!));
const note = createNote(
  { videoId: asVideoId('zFeAtV7AN0A'), start: 770, claimId: asClaimId('t12-41-00'), text: 'Check whether CLadder was among the reviewed benchmarks', tags: ['todo'] },
  '0b9b7b36-5f43-4c8e-9a55-0d7d1f8c3e21',
  new Date('2026-11-23T10:00:00Z'),
);
const index = createSearchIndex([...docs, noteDoc(note, 'Causal inference models and AI workshops')]);

describe('search across every talk', () => {
  it('finds claims by words as typed, prefix included, across talks', () => {
    const hits = search(index, 'passive dat');
    expect(hits.length).toBeGreaterThan(3);
    expect(new Set(hits.map((h) => h.videoId))).toEqual(new Set(['zFeAtV7AN0A', 'sljBU_HFnFs']));
    expect(hits.every((h) => h.terms.some((t) => t.startsWith('passive')))).toBe(true);
  });

  it('finds a note by a word in it, with its moment', () => {
    const [hit] = search(index, 'cladder');
    expect(hit).toMatchObject({ kind: 'note', videoId: 'zFeAtV7AN0A', start: 770 });
  });

  it('finds papers by author and concepts by name', () => {
    expect(search(index, 'zecevic').some((h) => h.kind === 'reference')).toBe(true);
    expect(search(index, 'benchmarking causal reasoning').some((h) => h.kind === 'concept')).toBe(true);
  });

  it('folds accents both ways, and marks the accented word', () => {
    const hit = search(index, 'zecevic').find((h) => h.kind === 'reference')!;
    expect(markTerms(hit.context, hit.terms).filter((p) => p.marked).map((p) => p.text)).toContain('Zečević');
    expect(search(index, 'Kıcıman').some((h) => h.kind === 'reference')).toBe(true);
  });

  it('tolerates a small typo', () => {
    expect(search(index, 'Lampinin').length).toBeGreaterThan(0);
  });

  it('marks the matched words in the text', () => {
    const [hit] = search(index, 'critical review');
    const parts = markTerms(hit!.text, hit!.terms);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['critical', 'review']);
    expect(parts.map((p) => p.text).join('')).toBe(hit!.text);
  });

  it('an empty query finds nothing', () => {
    expect(search(index, '   ')).toEqual([]);
  });
});

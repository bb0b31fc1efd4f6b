import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../src/core/corpus';
import { conceptIndex, referenceIndex } from '../../src/core/library-index';
import { talkBundle } from '../../src/core/talk-bundle';
import { seedDocuments } from './seeds';

const corpus = compileCorpus(seedDocuments);
const bundles = corpus.talks.map((t) => talkBundle(corpus, t.videoId)!);

describe('the cross-talk indexes', () => {
  it('a concept lists every talk and moment that discusses it', () => {
    const entry = conceptIndex(bundles).find((c) => c.key === 'causality_and_large_language_models')!;
    const expected = corpus.concepts.find((c) => c.key === entry.key)!.mentions;
    expect(entry.moments).toHaveLength(expected.length);
    expect(new Set(entry.moments.map((m) => m.talkTitle)).size).toBe(3);
    expect(entry.moments.every((m) => m.text.length > 0)).toBe(true);
  });

  it('a paper lists every talk and moment that cites it', () => {
    const parrots = referenceIndex(bundles).find((r) => r.key === 'zecevic2023causal')!;
    // 20:00 names a workshop called after the paper ("Causal Pars"), 21:41 the paper itself.
    expect(parrots.moments.map((m) => [m.videoId, m.start])).toEqual([
      ['Y4wMksHyMFg', 1200],
      ['Y4wMksHyMFg', 1301],
      ['sljBU_HFnFs', 426],
    ]);
    const lampinen = referenceIndex(bundles).find((r) => r.key === 'lampinen2023passive')!;
    expect(lampinen.moments.map((m) => m.videoId)).toEqual(['zFeAtV7AN0A', 'zFeAtV7AN0A']);
  });
});

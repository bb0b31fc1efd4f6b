import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../src/core/corpus';
import { asVideoId } from '../../src/core/ids';
import { talkBundle, talkSummary } from '../../src/core/talk-bundle';
import { seedDocuments } from './seeds';

const corpus = compileCorpus(seedDocuments);

describe('the seed corpus', () => {
  it('compiles four talks and the bibliography without errors', () => {
    expect(corpus.talks.map((t) => t.videoId)).toEqual(['Y4wMksHyMFg', 'sljBU_HFnFs', 'zFeAtV7AN0A', 'Vz5n5SamDAc']);
    expect(corpus.bibliography).toHaveLength(30);
    expect(corpus.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('knows, for each concept, every claim in every talk that links it', () => {
    const concept = corpus.concepts.find((c) => c.key === 'causality_and_large_language_models');
    const linking = corpus.talks.flatMap((talk) =>
      talk.claims.filter((c) => c.concepts.some((k) => k.key === concept?.key)).map((c) => `${talk.videoId} ${c.id}`),
    );
    expect(linking.length).toBeGreaterThan(5);
    expect(concept?.mentions.map((m) => `${m.videoId} ${m.claimId}`).sort()).toEqual(linking.sort());
    expect(new Set(concept?.mentions.map((m) => m.videoId))).toEqual(new Set(['Y4wMksHyMFg', 'sljBU_HFnFs', 'Vz5n5SamDAc']));
  });

  it('gives snake-case concepts back the capitals the talks write', () => {
    expect(corpus.concepts.find((c) => c.key === 'benchmarking_causal_reasoning_in_ai')?.label).toBe('Benchmarking causal reasoning in AI');
  });

  it('shows one spelling of a concept written two ways', () => {
    const labels = new Set(
      corpus.talks.flatMap((t) => t.claims.flatMap((c) => c.concepts.filter((k) => k.key === 'large_language_models_and_causal_reasoning').map((k) => k.label))),
    );
    expect(labels.size).toBe(1);
  });

  it('a talk bundle carries one talk, its cited papers and the other talks sharing its concepts', () => {
    const bundle = talkBundle(corpus, asVideoId('zFeAtV7AN0A'));
    expect(bundle?.talk.videoId).toBe('zFeAtV7AN0A');
    expect(bundle?.papers.map((p) => p.key).sort()).toEqual(['kiciman2023causal', 'lampinen2023passive', 'richens2024robust', 'vashishtha2023causal', 'yang2023critical']);
    expect(bundle?.papers.find((p) => p.key === 'lampinen2023passive')?.claims).toEqual(['t21-38-00', 't22-32-00']);
    const elsewhere = bundle?.concepts.flatMap((c) => c.elsewhere) ?? [];
    for (const other of elsewhere) {
      expect(other.videoId).not.toBe('zFeAtV7AN0A');
      expect(other.talkTitle).not.toBe('');
      expect(other.text).not.toBe('');
    }
    expect(talkBundle(corpus, asVideoId('abcdefghijk'))).toBeNull();
  });

  it('a summary line per talk', () => {
    expect(talkSummary(corpus.talks[2]!, corpus.bibliography)).toEqual({
      videoId: 'zFeAtV7AN0A',
      title: 'Causal inference models and AI workshops',
      claims: 52,
      papers: 5,
      concepts: 2,
      lastStart: 1810,
    });
  });
});

describe('a folder with broken documents', () => {
  it('reports each and compiles the rest', () => {
    const docs = [
      ...seedDocuments.slice(0, 1),
      { file: 'nothing.md', source: 'Just prose, no id, no references.\n' },
      { file: 'twin.md', source: '---\nvideoId: Y4wMksHyMFg\n---\nA [00:10]\n' },
    ];
    const { talks, diagnostics } = compileCorpus(docs);
    expect(talks).toHaveLength(1);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}`)).toEqual(['nothing.md:1', 'twin.md:2']);
  });
});

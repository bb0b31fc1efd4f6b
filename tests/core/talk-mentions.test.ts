/** Concepts across talks compiled apart: the packaged seeds, and talks imported later (one after another). */
import { describe, expect, it } from 'vitest';
import { compileImportedTalk } from '../../src/core/compile-imported';
import { compileCorpus } from '../../src/core/corpus';
import { asVideoId, type VideoId } from '../../src/core/ids';
import { mentionsIn, talkBundle, withMentions, type TalkBundle } from '../../src/core/talk-bundle';
import { seedDocuments } from './seeds';

const corpus = compileCorpus(seedDocuments);
const packaged = talkBundle(corpus, asVideoId('Y4wMksHyMFg'))!;
const LLM_CAUSAL = 'large_language_models_and_causal_reasoning';

function imported(videoId: string, body: string, earlier: readonly TalkBundle[] = []): TalkBundle {
  const source = `---\ntitle: "Imported ${videoId}"\nvideoId: "${videoId}"\n---\n\n# Notes\n\n${body}\n`;
  const { bundle, diagnostics } = compileImportedTalk(`${videoId}.md`, source, {
    bibliography: corpus.bibliography,
    talks: [...corpus.talks, ...earlier.map((b) => b.talk)],
  });
  if (!bundle) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return bundle;
}

const first = imported('Imported_01', '- Two views of [[Large Language Models and Causal Reasoning | LLMs]] meet here. [00:01:00]');
const second = imported('Imported_02', '- [[large language models and causal reasoning]] once more. [00:02:30]', [first]);
const talksNow = (...ids: string[]) => new Set<VideoId>([...corpus.talks.map((t) => t.videoId), ...ids.map(asVideoId)]);

describe('concepts discussed in talks imported after a bundle was made', () => {
  it('a packaged talk learns of an imported talk that links one of its concepts', () => {
    expect(packaged.concepts.some((c) => c.key === LLM_CAUSAL)).toBe(true);
    const mentions = mentionsIn(packaged, [first]);
    expect(mentions).toEqual([
      {
        key: LLM_CAUSAL,
        elsewhere: [{ videoId: 'Imported_01', talkTitle: 'Imported Imported_01', claimId: 't00-01-00', start: 60, text: 'Two views of LLMs meet here.' }],
      },
    ]);
    const merged = withMentions(packaged.concepts, mentions, talksNow('Imported_01'));
    const concept = merged.find((c) => c.key === LLM_CAUSAL)!;
    const before = packaged.concepts.find((c) => c.key === LLM_CAUSAL)!;
    expect(concept.elsewhere).toEqual([...before.elsewhere, ...mentions[0]!.elsewhere]);
    // The other concepts are the same objects: nothing about them re-renders.
    expect(merged.filter((c) => c.key !== LLM_CAUSAL).every((c) => packaged.concepts.includes(c))).toBe(true);
  });

  it('changes nothing when the bundle already knows every mention', () => {
    expect(withMentions(packaged.concepts, mentionsIn(packaged, []), talksNow())).toBe(packaged.concepts);
    // The first import was compiled knowing the seeds; the seeds' mentions are not added twice.
    expect(withMentions(first.concepts, mentionsIn(first, [first]), talksNow('Imported_01'))).toBe(first.concepts);
  });

  it('an earlier import learns of a later one, and a talk never mentions itself', () => {
    expect(first.concepts.find((c) => c.key === LLM_CAUSAL)!.elsewhere.some((m) => m.videoId === 'Imported_02')).toBe(false);
    const merged = withMentions(first.concepts, mentionsIn(first, [first, second]), talksNow('Imported_01', 'Imported_02'));
    const elsewhere = merged.find((c) => c.key === LLM_CAUSAL)!.elsewhere;
    expect(elsewhere.filter((m) => m.videoId === 'Imported_02').map((m) => m.start)).toEqual([150]);
    expect(elsewhere.some((m) => m.videoId === 'Imported_01')).toBe(false);
  });

  it('forgets a removed import that a later one was compiled with', () => {
    expect(second.concepts.find((c) => c.key === LLM_CAUSAL)!.elsewhere.some((m) => m.videoId === 'Imported_01')).toBe(true);
    const merged = withMentions(second.concepts, mentionsIn(second, [second]), talksNow('Imported_02'));
    const elsewhere = merged.find((c) => c.key === LLM_CAUSAL)!.elsewhere;
    expect(elsewhere.some((m) => m.videoId === 'Imported_01')).toBe(false);
    expect(elsewhere.some((m) => m.videoId === 'Y4wMksHyMFg')).toBe(true);
  });
});

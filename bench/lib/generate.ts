/**
 * Generated inputs, the same on every run (a seeded generator): a talk of
 * 10,000 claims, 10,000 notes on the seed talks, a corpus of 1,000 talks.
 * Words come from the seed documents, so the linker and the search index see
 * the vocabulary they were written for.
 */
import { readFolder } from '../../src/node/corpus-folder';
import type { SourceDocument } from '../../src/core/parse-document';
import type { Note } from '../../src/core/note';
import type { TalkBundle } from '../../src/core/talk-bundle';
import type { ClaimId, NoteId, VideoId } from '../../src/core/ids';

/** mulberry32: small, fast, good enough to pick words. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const SEEDS = 'seeds';

export interface SeedCorpus {
  /** Talk documents (with a `videoId`). */
  talks: SourceDocument[];
  /** The rest: the bibliography. */
  others: SourceDocument[];
  /** Lower-case words of the talks' prose, repeats kept (so frequent words stay frequent). */
  words: string[];
  /** Concept link targets written in the talks (`[[target | label]]` → target). */
  concepts: string[];
}

export function seedCorpus(): SeedCorpus {
  const documents = readFolder(SEEDS);
  const talks = documents.filter((d) => /^videoId:/m.test(d.source));
  const others = documents.filter((d) => !talks.includes(d));
  const prose = talks.map((d) => d.source.replace(/^---[\s\S]*?---/, '').replace(/<[^>]+>|\[[^\]]*\]/g, ' ')).join(' ');
  const words = (prose.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []).filter((w) => !w.includes("'"));
  const concepts = [...new Set(talks.flatMap((d) => [...d.source.matchAll(/\[\[([^\]|]+)/g)].map((m) => m[1]!.trim())))];
  return { talks, others, words, concepts };
}

function sentence(rand: () => number, seed: SeedCorpus, length: number): string {
  const words = Array.from({ length }, () => pick(rand, seed.words));
  if (rand() < 0.3) {
    const concept = pick(rand, seed.concepts);
    words.splice(Math.floor(rand() * words.length), 0, `[[${concept}]]`);
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const mmss = (seconds: number) => `[${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}]`;

/**
 * A talk document of `claims` claims, one a second from 0:00 (`[mm:ss]`,
 * minutes past 59 as summaries write them), in sections of 100 claims with
 * subsections of 20, as paragraphs of five claims and bullets with a bold
 * label, like the seeds.
 */
export function syntheticTalk(videoId: string, claims: number, seed: SeedCorpus): string {
  const rand = random(1);
  const lines = ['---', `title: A synthetic talk of ${claims.toLocaleString('en-US')} claims`, `videoId: ${videoId}`, '---', ''];
  for (let first = 0; first < claims; first += 5) {
    if (first % 100 === 0) lines.push(`## Part ${first / 100 + 1}`, '');
    if (first % 20 === 0) lines.push(`### Point ${first / 20 + 1}`, '');
    const five = Array.from({ length: Math.min(5, claims - first) }, (_, i) => `${sentence(rand, seed, 6 + Math.floor(rand() * 10))} ${mmss(first + i)}.`);
    if ((first / 5) % 2 === 0) lines.push(five.join(' '), '');
    else lines.push(...five.map((claim) => `*   **${pick(rand, ['Finding', 'Method', 'Dataset', 'Claim', 'Question'])}**: ${claim}`), '');
  }
  return lines.join('\n');
}

const hex = (rand: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');

/**
 * `count` notes spread evenly over the given talks: a UUID each, a moment
 * inside the talk, three in four attached to the claim spoken then, 8–40
 * words, some with a stance and tags, written over the last year.
 */
export function generatedNotes(count: number, bundles: readonly TalkBundle[], seed: SeedCorpus): Note[] {
  const rand = random(2);
  const base = Date.parse('2026-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, i): Note => {
    const { talk } = bundles[i % bundles.length]!;
    const claim = pick(rand, talk.claims);
    const start = Math.round((claim.start + rand() * 20) * 10) / 10;
    const at = new Date(base + Math.floor(rand() * 300 * 86_400_000)).toISOString();
    return {
      id: `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-a${hex(rand, 3)}-${hex(rand, 12)}` as NoteId,
      videoId: talk.videoId as VideoId,
      start,
      end: null,
      claimId: rand() < 0.75 ? (claim.id as ClaimId) : null,
      text: sentence(rand, seed, 8 + Math.floor(rand() * 32)).replace(/\[\[|\]\]/g, ''),
      stance: rand() < 0.4 ? pick(rand, ['agree', 'question', 'disagree'] as const) : null,
      tags: rand() < 0.3 ? [pick(rand, ['todo', 'read', 'method', 'data', 'benchmark', 'cite'])] : [],
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
  });
}

/**
 * `count` talk documents like the seeds: each takes one seed talk's shape
 * (front matter, headings, bullets, markers in that seed's format, concept
 * links, the papers and people it names) and replaces about a third of the
 * words of every claim with words drawn from all the seeds, so no two talks
 * are alike; each gets its own video id and title.
 */
export function generatedCorpus(count: number, seed: SeedCorpus): SourceDocument[] {
  const rand = random(3);
  return Array.from({ length: count }, (_, n) => {
    const template = seed.talks[n % seed.talks.length]!;
    const videoId = `Gen${String(n).padStart(8, '0')}`;
    const [, frontMatter = '', body = ''] = template.source.match(/^(---[\s\S]*?---)([\s\S]*)$/) ?? [];
    const front = frontMatter
      .replace(/^videoId:.*$/m, `videoId: ${videoId}`)
      .replace(/^title:.*$/m, `title: "Generated talk ${n + 1}"`);
    // Only lower-case words of the prose change: tags, links, markers, bold labels and names keep their shape.
    const changed = body
      .split(/(<[^>]*>|\[\[[^\]]*\]\]|\[[^\]]*\]|\*\*[^*]*\*\*)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(/\b[a-z]{4,}\b/g, (word) => (rand() < 0.33 ? pick(rand, seed.words) : word))))
      .join('');
    return { file: `generated/${String(n).padStart(4, '0')}.md`, source: `${front}${changed}` };
  });
}

import { describe, expect, it } from 'vitest';
import { parseTalk } from '../../src/core/parse-talk';
import type { Claim, Talk } from '../../src/core/model';
import { seed } from './seeds';

function talkOf(prefix: string): Talk {
  const { file, source } = seed(prefix);
  const { talk, diagnostics } = parseTalk(file, source);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!talk) throw new Error('no talk');
  return talk;
}

const claim = (talk: Talk, id: string): Claim => {
  const found = talk.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};

describe('the four seed talks', () => {
  it.each([
    ['000', 'Y4wMksHyMFg', 16, 'hh:mm:ss', 0, 1342],
    ['001', 'sljBU_HFnFs', 57, 'hh:mm:ss', 13, 1160],
    ['002', 'zFeAtV7AN0A', 52, 'mm:ss:ff', 83, 1810],
    ['003', 'Vz5n5SamDAc', 49, 'mm:ss:ff', 70, 2303],
  ])('%s: %s has %i claims in %s, first at %is, last at %is', (prefix, videoId, count, format, first, last) => {
    const talk = talkOf(prefix);
    expect(talk.videoId).toBe(videoId);
    expect(talk.claims).toHaveLength(count);
    expect(talk.timestampFormat).toBe(format);
    expect(talk.claims[0]?.start).toBe(first);
    expect(talk.claims.at(-1)?.start).toBe(last);
  });

  it('000: a labelled bullet, field by field', () => {
    const talk = talkOf('000');
    expect(talk.title).toBe('Causality and Large Language Models');
    expect(claim(talk, 't00-03-54')).toEqual({
      id: 't00-03-54',
      start: 234,
      end: 243,
      text: 'The paper introduced a dataset called "seather".',
      label: 'Dataset',
      section: ['Large Language Models and Causal Inference'],
      line: 14,
      column: 18,
      marker: '00:03:54',
      concepts: [],
      references: [],
    });
  });

  it('000: a bullet with two claims shares its label, and wiki links become their labels', () => {
    const talk = talkOf('000');
    const first = claim(talk, 't00-04-09');
    const second = claim(talk, 't00-04-15');
    expect(first.label).toBe('Future Impact');
    expect(second.label).toBe('Future Impact');
    expect(first.text).toBe(
      'Despite current limitations, this work is seen as paving the way for a better understanding of how LLMs comprehend the world.',
    );
    expect(first.concepts).toEqual([{ key: 'large_language_models_and_causal_reasoning', label: 'Large language models and causal reasoning' }]);
    expect(second.text).toBe('The creation of such datasets provides valuable benchmarks for future research.');
    expect(second.line).toBe(first.line);
  });

  it('000: a paragraph that goes back in time keeps document order, and ends follow time order', () => {
    const talk = talkOf('000');
    const ids: string[] = talk.claims.map((c) => c.id);
    expect(ids.indexOf('t00-21-45')).toBeLessThan(ids.indexOf('t00-21-41'));
    expect(claim(talk, 't00-21-41').end).toBe(claim(talk, 't00-21-45').start);
    expect(claim(talk, 't00-21-45').end).toBe(claim(talk, 't00-22-15').start);
    expect(claim(talk, 't00-22-22').end).toBeNull();
  });

  it('001: an item of a numbered list inherits the bold lead-in of the bullet above it', () => {
    const talk = talkOf('001');
    expect(claim(talk, 't00-13-34')).toMatchObject({
      label: 'Main Insights',
      text: 'The crucial distinction between observational/interventional and passive/active dimensions.',
      section: ['Learning Causality from Passive Data in LLMs', 'Resolving a Puzzle'],
      start: 814,
    });
  });

  it('002: mm:ss:ff markers, a bold question as subheading, an Obsidian callout', () => {
    const talk = talkOf('002');
    expect(talk.timestampEvidence).toMatch(/cannot be hh:mm:ss/);
    expect(claim(talk, 't27-16-00')).toMatchObject({
      start: 27 * 60 + 16,
      text: 'Before workshop: Approximately 50/50',
      section: ['Workshop Survey Results', 'Question 1: Do you believe that LLMs can reason causally?'],
      label: null,
    });
    expect(claim(talk, 't28-08-00')).toMatchObject({
      text: 'The results suggest the workshop made participants "more skeptical" about LLM capabilities.',
      section: ['Workshop Survey Results'],
    });
    expect(claim(talk, 't30-10-00')).toMatchObject({ start: 1810, end: null });
  });

  it('003: mm:ss:ff with a nearly constant frame field; headings render their wiki links', () => {
    const talk = talkOf('003');
    const opening = claim(talk, 't01-10-39');
    expect(opening.start).toBe(70);
    expect(opening.text).toBe(
      'Dr. Emre Kiciman, Senior Principal Research Manager at Microsoft Research and one of the core developers of the DoWhy Library, discusses the evolving role of large language models (LLMs) in causal analysis and causal inference.',
    );
    expect(opening.concepts.map((c) => c.key)).toEqual([
      'causality_and_large_language_models',
      'causal_analysis',
      'causal_inference',
    ]);
    expect(claim(talk, 't01-41-01').section).toEqual(['Current Role of Large Language Models in Causality']);
    expect(claim(talk, 't38-23-01').start).toBe(38 * 60 + 23);
  });
});

describe('claims cut from hand-written markers', () => {
  const doc = (body: string) => `---\ntitle: T\nvideoId: abcdefghijk\n---\n${body}`;

  it('a bullet or paragraph with three markers yields three claims, in both marker forms', () => {
    const { talk } = parseTalk('t.md', doc('One [00:01]. Two <a class="yt-timestamp" data-t="00:02">[00:02]</a> three [1:00:03].\n'));
    expect(talk?.claims.map((c) => [c.text, c.start])).toEqual([
      ['One.', 1],
      ['Two', 2],
      ['three.', 3603],
    ]);
  });

  it('emphasis, code and links are reduced to their text', () => {
    const { talk } = parseTalk('t.md', doc('A *very* `odd` [link](https://x.test) &amp; more [12:34]\n'));
    expect(talk?.claims[0]?.text).toBe('A very odd link & more');
    expect(talk?.claims[0]?.start).toBe(754);
  });

  it('text after the last marker that is not punctuation belongs to no claim', () => {
    const { talk } = parseTalk('t.md', doc('Claim [00:10]. A closing remark with no time.\n'));
    expect(talk?.claims.map((c) => c.text)).toEqual(['Claim.']);
  });

  it('formatting tags are dropped; any other HTML stays visible as its characters, never markup', () => {
    const { talk } = parseTalk('t.md', doc('See <img src=x onerror="alert(1)"> and <b>bold</b> <br/> text [00:10]\n'));
    expect(talk?.claims[0]?.text).toBe('See <img src=x onerror="alert(1)"> and bold text');
  });

  it('a block of raw HTML still yields its claims, as text', () => {
    const { talk } = parseTalk('t.md', doc('<details open ontoggle="alert(2)">Hidden claim [00:20]</details>\n\nNext [00:30]\n'));
    expect(talk?.claims.map((c) => [c.start, c.text])).toEqual([
      [20, '<details open ontoggle="alert(2)">Hidden claim'],
      [30, 'Next'],
    ]);
  });

  it('the same marker twice gets two distinct ids', () => {
    const { talk } = parseTalk('t.md', doc('A [00:10]\n\nB [00:10]\n'));
    expect(talk?.claims.map((c) => c.id)).toEqual(['t00-10', 't00-10_2']);
  });
});

describe('problems are reported with their position, never thrown', () => {
  const errors = (source: string) =>
    parseTalk('bad.md', source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.field}: ${d.message}`);

  it('a missing videoId', () => {
    expect(errors('---\ntitle: T\n---\nA [00:10]\n')).toEqual([expect.stringMatching(/^1:1 videoId: missing videoId/)]);
  });

  it('a malformed videoId, at its line', () => {
    expect(errors('---\ntitle: T\nvideoId: short\n---\nA [00:10]\n')).toEqual([expect.stringMatching(/^3:1 videoId: videoId "short"/)]);
  });

  it('a videoId that YAML reads as a number', () => {
    expect(errors('---\nvideoId: 12345678901\n---\nA [00:10]\n')).toEqual([expect.stringMatching(/^2:1 videoId: videoId must be text/)]);
  });

  it('front matter that is not YAML', () => {
    expect(errors('---\ntitle: [unclosed\nvideoId: abcdefghijk\n---\nA [00:10]\n')[0]).toMatch(/front matter: front matter is not valid YAML/);
  });

  it('a talk with no claims', () => {
    expect(errors('---\nvideoId: abcdefghijk\n---\nJust prose.\n')).toEqual([expect.stringMatching(/claims: talk has no claims/)]);
  });

  it('a time of twelve hours or more', () => {
    expect(errors('---\nvideoId: abcdefghijk\n---\nA [00:10]\n\nB [720:00]\n')).toEqual([expect.stringMatching(/^6:3 timestamp: timestamp \[720:00\] is 12 hours or more/)]);
  });

  it('a timestamp no reading fits', () => {
    expect(errors('---\nvideoId: abcdefghijk\n---\nA [13:00:00] B [00:75:00]\n')).toEqual([
      expect.stringMatching(/^4:16 timestamp: timestamp \[00:75:00\] cannot be read as mm:ss:ff, and \[13:00:00\] cannot be read as hh:mm:ss \(13 hours\)/),
    ]);
  });

  it('an anchor whose data-t is not a time', () => {
    expect(errors('---\nvideoId: abcdefghijk\n---\nA <a class="yt-timestamp" data-t="soon">[soon]</a>\n')).toEqual([
      expect.stringMatching(/^4:3 timestamp: timestamp "soon" cannot be read/),
    ]);
  });

  it('out-of-order claims within one bullet are a warning', () => {
    const { diagnostics } = parseTalk('w.md', '---\nvideoId: abcdefghijk\n---\n* A [00:20] B [00:10]\n');
    expect(diagnostics.filter((d) => d.field === 'timestamp')).toEqual([expect.objectContaining({ severity: 'warning', line: 4, message: expect.stringMatching(/\[00:10\] comes before \[00:20\]/) })]);
  });
});

describe('front matter that would run code', () => {
  it('JavaScript front matter is refused, never evaluated', () => {
    const globals = globalThis as { __frontMatterRan?: boolean };
    const { talk, diagnostics } = parseTalk('js.md', '---js\n{ videoId: (globalThis.__frontMatterRan = true, "abcdefghijk") }\n---\nA [00:10]\n');
    expect(globals.__frontMatterRan).toBeUndefined();
    expect(talk).toBeNull();
    expect(diagnostics[0]?.message).toMatch(/front matter written in JavaScript is not read/);
  });
});

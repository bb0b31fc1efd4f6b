import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as bibliographyModule from '../../src/core/bibliography';
import { citationKey, isBibliography, parseBibliography, parseEntryText } from '../../src/core/bibliography';
import type { BibEntry } from '../../src/core/model';
import { seed, seedDocuments } from './seeds';

const workshop = seed('004');
const parsed = parseBibliography(workshop.file, workshop.source);

function entry(number: number): BibEntry {
  const found = parsed.entries.find((e) => e.number === number);
  if (!found) throw new Error(`no entry [${number}]`);
  return found;
}

describe('the workshop bibliography (seed 004)', () => {
  it('reads 30 entries without a diagnostic', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.entries.map((e) => e.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('gives every entry its Google-Scholar-style key', () => {
    expect(parsed.entries.map((e) => e.key)).toEqual([
      'liu2024large',
      'yang2023critical',
      'anwar2024foundational',
      'jin2024cladder',
      'kasetty2024evaluating',
      'park2023linear',
      'geiger2024finding',
      'nie2024moca',
      'zecevic2023causal',
      'vashishtha2023causal',
      'reizinger2024understanding',
      'willig2022can',
      'xia2021causal',
      'damour2022underspecification',
      'long2023causal',
      'rajendran2024learning',
      'jiang2024origins',
      'wang2024concept',
      'gupta2024context',
      'lampinen2023passive',
      'wu2024interpretability',
      'kiciman2023causal',
      'montagna2024demystifying',
      'daunhawer2023identifiability',
      'sanchez2022diffusion',
      'pan2024counterfactual',
      'li2024steering',
      'abdulaal2024causal',
      'richens2024robust',
      'feder2024causal',
    ]);
  });

  it('locates every entry on the line of its [N] in the whole file', () => {
    const lines = workshop.source.split('\n');
    for (const e of parsed.entries) expect(lines[e.line - 1]?.startsWith(`[${e.number}] `)).toBe(true);
    expect(entry(1).line).toBe(32);
    expect(entry(30).line).toBe(90);
  });

  it('[7] repairs the name "Noah Good- man" broken across PDF lines', () => {
    expect(entry(7)).toEqual({
      key: 'geiger2024finding',
      number: 7,
      authors: ['Atticus Geiger', 'Zhengxuan Wu', 'Christopher Potts', 'Thomas Icard', 'Noah Goodman'],
      title: 'Finding alignments between interpretable causal variables and distributed neural representations',
      year: 2024,
      venue: 'Causal Learning and Reasoning, pages 160–187. PMLR',
      url: null,
      line: 44,
    });
  });

  it('[20] keeps initials inside names ("Stephanie C.Y. Chan") and reads the OpenReview URL', () => {
    expect(entry(20)).toEqual({
      key: 'lampinen2023passive',
      number: 20,
      authors: ['Andrew Kyle Lampinen', 'Stephanie C.Y. Chan', 'Ishita Dasgupta', 'Andrew Joo Hun Nam', 'Jane X Wang'],
      title: 'Passive learning of active causal strategies in agents and language models',
      year: 2023,
      venue: 'Thirty-seventh Conference on Neural Information Processing Systems',
      url: 'https://openreview.net/forum?id=BRpi8YAfac',
      line: 70,
    });
  });

  it('[22] folds "Kıcıman" (dotless i) into the key and links the arXiv id', () => {
    expect(entry(22)).toMatchObject({
      key: 'kiciman2023causal',
      authors: ['Emre Kıcıman', 'Robert Ness', 'Amit Sharma', 'Chenhao Tan'],
      title: 'Causal reasoning and large language models: Opening a new frontier for causality',
      year: 2023,
      venue: 'arXiv preprint arXiv:2305.00050',
      url: 'https://arxiv.org/abs/2305.00050',
    });
  });

  it('[24] removes the space a line break left in "forum? id="', () => {
    expect(entry(24)).toMatchObject({
      key: 'daunhawer2023identifiability',
      authors: ['Imant Daunhawer', 'Alice Bizeul', 'Emanuele Palumbo', 'Alexander Marx', 'Julia E Vogt'],
      title: 'Identifiability results for multimodal contrastive learning',
      year: 2023,
      venue: 'The Eleventh International Conference on Learning Representations',
      url: 'https://openreview.net/forum?id=U_2kuqoTcB',
    });
  });

  it('[25] does not end the author list at the initial in "Sotirios A. Tsaftaris"', () => {
    expect(entry(25)).toMatchObject({
      key: 'sanchez2022diffusion',
      authors: ['Pedro Sanchez', 'Sotirios A. Tsaftaris'],
      title: 'Diffusion causal models for counterfactual estimation',
      year: 2022,
      venue: 'First Conference on Causal Learning and Reasoning',
      url: 'https://openreview.net/forum?id=LAAZLZIMN-o',
    });
  });

  it('[27] has no URL and takes its year from the venue', () => {
    expect(entry(27)).toMatchObject({
      key: 'li2024steering',
      title: 'Steering LLMs towards unbiased responses: A causality-guided debiasing framework',
      year: 2024,
      venue: 'ICLR 2024 Workshop on Reliable and Responsible Foundation Models',
      url: null,
    });
  });

  it('[29] removes the space in "https: //"', () => {
    expect(entry(29)).toMatchObject({
      key: 'richens2024robust',
      authors: ['Jonathan Richens', 'Tom Everitt'],
      title: 'Robust agents learn causal world models',
      year: 2024,
      url: 'https://openreview.net/forum?id=pOoKI3ouv1',
    });
  });

  it('repairs broken words in titles and names, but keeps a suspended hyphen', () => {
    expect(entry(18).title).toBe('Concept algebra for (score-based) text-controlled generative models');
    expect(entry(23).authors.at(-1)).toBe('Francesco Locatello');
    expect(entry(28).title).toBe('Causal modelling agents: Causal graph discovery through synergising metadata- and data-driven reasoning');
  });

  it('drops "et al.", keeps a question mark, and reads a date glued to the title', () => {
    expect(entry(14).key).toBe('damour2022underspecification');
    expect(entry(14).authors).toHaveLength(10);
    expect(entry(14).authors.at(-1)).toBe('Matthew D Hoffman');
    expect(entry(12).title).toBe('Can foundation models talk causality?');
    expect(entry(1)).toMatchObject({
      title: 'Large Language Models and Causal Inference in Collaboration: A Comprehensive Survey',
      year: 2024,
      venue: '',
      url: null,
    });
    expect(entry(9).authors[0]).toBe('Matej Zečević');
  });
});

describe('citationKey', () => {
  it('folds the surname to ASCII letters and skips function words of the title', () => {
    expect(citationKey(['Alexander D’Amour'], 2022, 'Underspecification presents challenges')).toBe('damour2022underspecification');
    expect(citationKey(['Emre Kıcıman'], 2023, 'Causal reasoning')).toBe('kiciman2023causal');
    expect(citationKey(['Matej Zečević'], 2023, 'Causal parrots')).toBe('zecevic2023causal');
    expect(citationKey(['Kiho Park'], 2023, 'The linear representation hypothesis')).toBe('park2023linear');
    expect(citationKey(['Yibo Jiang'], 2024, 'On the origins of linear representations')).toBe('jiang2024origins');
    expect(citationKey(['Max Kleiman-Weiner'], 2024, 'CLadder: A benchmark')).toBe('kleimanweiner2024cladder');
    expect(citationKey([], null, 'Anonymous notes')).toBe('anonymousanonymous');
  });
});

describe('parseBibliography on generated documents', () => {
  const document = [
    '---',
    'title: References',
    '---',
    '',
    '[1] Ada Lovelace. Notes on the analytical engine. Scientific Memoirs, 1843.',
    '',
    '[2] no period anywhere in this entry',
    '',
    '[3] Alan Turing.',
    '',
    '[4] The 2020 survey of things: a review. Some Venue, 2020.',
    '',
    '[5] Ada Lovelace. Notes on the difference engine. Scientific Memoirs, 1843.',
    '',
  ].join('\n');
  const result = parseBibliography('refs.md', document);

  it('reports entries it cannot split, at their line, and keeps the others', () => {
    expect(result.entries.map((e) => e.number)).toEqual([1, 5]);
    expect(result.diagnostics).toEqual([
      {
        file: 'refs.md',
        line: 7,
        column: 1,
        severity: 'error',
        field: 'authors',
        message: 'reference [2] has no author list ending in a period: expected "[2] Authors. Title. Venue, year."',
      },
      {
        file: 'refs.md',
        line: 9,
        column: 1,
        severity: 'error',
        field: 'title',
        message: 'reference [3] has no title after the author list: expected "[3] Authors. Title. Venue, year."',
      },
      {
        file: 'refs.md',
        line: 11,
        column: 1,
        severity: 'error',
        field: 'authors',
        message: `reference [4] has "The 2020 survey of things: a review" where an author's name should be: expected "[4] Authors. Title. Venue, year."`,
      },
    ]);
  });

  it('tells two keys apart with a and b, in document order', () => {
    expect(result.entries.map((e) => e.key)).toEqual(['lovelace1843notesa', 'lovelace1843notesb']);
  });

  it('splits entries written on consecutive lines, and reads list items', () => {
    const source = [
      '[1] Ada Lovelace. Notes. Memoirs, 1843.',
      '[2] Charles Babbage. Passages from the life of a philosopher. Longman, 1864.',
      '',
      '- [3] Alan Turing. Computing machinery and intelligence. Mind, 1950.',
    ].join('\n');
    const { entries, diagnostics } = parseBibliography('list.md', source);
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => [e.key, e.line])).toEqual([
      ['lovelace1843notes', 1],
      ['babbage1864passages', 2],
      ['turing1950computing', 4],
    ]);
  });

  it('warns about a number used twice', () => {
    const { diagnostics } = parseBibliography('dup.md', '[1] A One. Title one. V, 2000.\n\n[1] B Two. Title two. V, 2001.\n');
    expect(diagnostics).toMatchObject([{ line: 3, severity: 'warning', field: 'reference' }]);
  });

  it('reads one entry with parseEntryText', () => {
    expect(parseEntryText('Jane Doe and John Roe. A study? Yes. Journal of Things, 12(3):1–9, 2021. URL https: //example.org/a? b=1.')).toEqual({
      authors: ['Jane Doe', 'John Roe'],
      title: 'A study?',
      year: 2021,
      venue: 'Yes. Journal of Things, 12(3):1–9',
      url: 'https://example.org/a?b=1',
    });
  });

  it('never throws, and keeps its keys unique and its lines inside the file', () => {
    const entryish = fc
      .tuple(fc.nat(40), fc.string(), fc.constantFrom('. ', ', ', ' and ', '? ', ' URL https: //x.org/ ', ' et al. ', '\n', '\n\n'))
      .map(([n, text, glue]) => `[${n}] ${text}${glue}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(entryish, { maxLength: 8 }).map((parts) => parts.join(''))), (source) => {
        const { entries, diagnostics } = parseBibliography('any.md', source);
        const lineCount = source.split('\n').length;
        expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
        for (const e of entries) expect(e.line).toBeGreaterThanOrEqual(1);
        for (const e of entries) expect(e.line).toBeLessThanOrEqual(lineCount);
        for (const d of diagnostics) expect(d.line).toBeLessThanOrEqual(lineCount + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isBibliography', () => {
  it('recognises the workshop page and none of the talks', () => {
    expect(isBibliography(workshop.source)).toBe(true);
    for (const document of seedDocuments.filter((d) => d !== workshop)) expect(isBibliography(document.source)).toBe(false);
  });

  it('wants at least two numbered entries by default', () => {
    expect(isBibliography('Some text.\n\n[1] A lone footnote.')).toBe(false);
    expect(isBibliography('[1] A. One.\n\n[2] B. Two.')).toBe(true);
    expect(isBibliography('[1] A lone entry. Title. Venue, 2020.', 1)).toBe(true);
  });
});

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(bibliographyModule).sort()).toEqual(['citationKey', 'isBibliography', 'parseBibliography', 'parseEntryText']);
  });
});

/** BibTeX of the papers a talk cites, checked as BibTeX would parse it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibtexEntry, latexText, talkBibtex } from '../../../src/core/export/bibtex';
import { exportFiles } from '../../../src/core/export/files';
import { asRefKey } from '../../../src/core/ids';
import { bundleOf, corpus, workshopInput } from './fixture';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'export');

interface Entry {
  type: string;
  key: string;
  fields: Map<string, string>;
}

/** Entries as BibTeX reads them: `@type{key,` then `name = {value},` with balanced braces. */
function parseBibtex(text: string): Entry[] {
  const entries: Entry[] = [];
  const outside = text.replace(/@\w+\{[^]*?\n\}/g, '');
  expect(outside).not.toContain('@');
  for (const [, type = '', key = '', body = ''] of text.matchAll(/@(\w+)\{([^,\s]+),\n([^]*?)\n\}/g)) {
    const fields = new Map<string, string>();
    for (const line of body.split('\n')) {
      const m = /^ {2}(\w+) = \{(.*)\},$/.exec(line);
      expect(m, line).not.toBeNull();
      const [, name = '', value = ''] = m ?? [];
      expect(balanced(value), `${key}.${name}`).toBe(true);
      fields.set(name, value);
    }
    entries.push({ type, key, fields });
  }
  return entries;
}

function balanced(value: string): boolean {
  let depth = 0;
  for (const c of value) {
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('talkBibtex', () => {
  it('matches the reviewed file for the workshop talk', () => {
    const [file] = exportFiles([workshopInput], 'bibtex');
    expect(file?.name).toBe('causal-inference-models-and-ai-workshops-zFeAtV7AN0A.bib');
    expect(file?.content).toBe(readFileSync(join(FIXTURES, file?.name ?? ''), 'utf8'));
  });

  it('writes one entry per cited paper, keyed by its citation key, each with author, title and year', () => {
    for (const talk of corpus.talks) {
      const bundle = bundleOf(talk.videoId);
      const entries = parseBibtex(talkBibtex(bundle));
      expect(entries.map((e) => e.key)).toEqual(bundle.papers.map((p) => p.key));
      for (const entry of entries) {
        for (const field of ['author', 'title', 'year', 'note']) expect(entry.fields.has(field), `${entry.key}.${field}`).toBe(true);
        expect(entry.fields.get('title')).toMatch(/^\{.*\}$/);
      }
    }
  });

  it('says where in the talk each paper is cited', () => {
    const [lampinen] = parseBibtex(talkBibtex(bundleOf('zFeAtV7AN0A'))).filter((e) => e.key === 'lampinen2023passive');
    expect(lampinen?.fields.get('note')).toBe('Cited in “Causal inference models and AI workshops” at 21:38, 22:32 (https://www.youtube.com/watch?v=zFeAtV7AN0A)');
    // A video id with `_` is escaped in the note (text), not in the url field.
    expect(talkBibtex(bundleOf('sljBU_HFnFs'))).toContain('(https://www.youtube.com/watch?v=sljBU\\_HFnFs)}');
  });

  it('chooses the entry type from the venue, on the whole bibliography', () => {
    const bundle = bundleOf('zFeAtV7AN0A');
    const all = parseBibtex(talkBibtex({ ...bundle, papers: corpus.bibliography.map((e) => ({ ...e, claims: [] })) }));
    expect(all).toHaveLength(30);
    const byKey = new Map(all.map((e) => [e.key, e]));
    expect(byKey.get('zecevic2023causal')).toMatchObject({ type: 'misc' });
    expect(Object.fromEntries(byKey.get('zecevic2023causal')!.fields)).toMatchObject({ eprint: '2308.13067', archivePrefix: 'arXiv', author: 'Matej Zečević and Moritz Willig and Devendra Singh Dhami and Kristian Kersting' });
    expect(byKey.get('xia2021causal')).toMatchObject({ type: 'inproceedings' });
    expect(Object.fromEntries(byKey.get('xia2021causal')!.fields)).toMatchObject({ booktitle: 'Advances in Neural Information Processing Systems', volume: '34', pages: '10823--10836' });
    expect(Object.fromEntries(byKey.get('damour2022underspecification')!.fields)).toMatchObject({ journal: 'Journal of Machine Learning Research', volume: '23', number: '226', pages: '1--61' });
    expect(byKey.get('damour2022underspecification')?.type).toBe('article');
    expect(Object.fromEntries(byKey.get('geiger2024finding')!.fields)).toMatchObject({ booktitle: 'Causal Learning and Reasoning', pages: '160--187', publisher: 'PMLR' });
    for (const key of ['gupta2024context', 'yang2023critical', 'li2024steering', 'sanchez2022diffusion', 'lampinen2023passive']) expect(byKey.get(key)?.type, key).toBe('inproceedings');
    // No venue at all: a plain @misc without howpublished.
    expect(byKey.get('liu2024large')).toMatchObject({ type: 'misc' });
    expect(byKey.get('liu2024large')?.fields.has('howpublished')).toBe(false);
    expect(parseBibtex(bibtexEntry({ key: asRefKey('x'), authors: ['A'], title: 'T', year: 2020, venue: 'A personal blog', url: null }, 'n'))[0]?.fields.get('howpublished')).toBe('A personal blog');
  });

  it('escapes the LaTeX specials and keeps UTF-8 letters and the braces balanced', () => {
    expect(latexText('R&D 50% $5 #1 a_b {x} ~ ^ \\')).toBe(
      'R\\&D 50\\% \\$5 \\#1 a\\_b \\textbraceleft{}x\\textbraceright{} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const entry = bibtexEntry(
      { key: asRefKey('odd2024'), authors: ['Zoë Ünal', 'J. {Brace'], title: 'Sets {A} & 100% of $x_1$}', year: null, venue: 'Journal of Odd Things', url: 'https://example.org/a_b?x={1}%20' },
      'n',
    );
    const [parsed] = parseBibtex(entry);
    expect(parsed?.fields.get('author')).toBe('Zoë Ünal and J. \\textbraceleft{}Brace');
    expect(parsed?.fields.get('url')).toBe('https://example.org/a_b?x=%7B1%7D%20');
    expect(parsed?.fields.has('year')).toBe(false);
  });
});

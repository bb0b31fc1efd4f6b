// @vitest-environment happy-dom
/** The panel's pure helpers: chip text, author lists, links, snippets, grouping. */
import { describe, expect, it } from 'vitest';
import { groupBySection, groupByTime } from '../../src/ui/claim-groups';
import { authorList, chipText, safeUrl, snippet, surname, venueLine } from '../../src/ui/paper-text';
import { seedTalk } from './fixtures';

describe('paper text', () => {
  it.each([
    ['Matej Zečević', 'Zečević'],
    ['Guy van den Broeck', 'van den Broeck'],
    ['Pearl, Judea', 'Pearl'],
    ['Plato', 'Plato'],
    ['Alexander D’Amour', 'D’Amour'],
  ])('%s has the surname %s', (author, expected) => {
    expect(surname(author)).toBe(expected);
  });

  it('writes chips as surname and year', () => {
    expect(chipText({ authors: ['Matej Zečević', 'Moritz Willig'], year: 2023, number: 9 })).toBe('Zečević 2023');
    expect(chipText({ authors: ['Matej Zečević'], year: null, number: 9 })).toBe('Zečević');
    expect(chipText({ authors: [], year: 2020, number: 9 })).toBe('[9] 2020');
  });

  it('shortens more than six authors', () => {
    const seven = ['A a', 'B b', 'C c', 'D d', 'E e', 'F f', 'G g'];
    expect(authorList(seven.slice(0, 6))).toBe('A a, B b, C c, D d, E e, F f');
    expect(authorList(seven)).toBe('A a, B b, C c, D d, E e, F f, et al.');
  });

  it('joins venue and year without empty parts', () => {
    expect(venueLine({ venue: 'NeurIPS', year: 2024 })).toBe('NeurIPS · 2024');
    expect(venueLine({ venue: '', year: 2024 })).toBe('2024');
    expect(venueLine({ venue: 'NeurIPS', year: null })).toBe('NeurIPS');
  });

  it('links only http and https urls', () => {
    expect(safeUrl('https://arxiv.org/abs/2308.13067')).toBe('https://arxiv.org/abs/2308.13067');
    expect(safeUrl(' http://example.org ')).toBe('http://example.org');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:x', 'data:text/html,x', 'vbscript:x', '//evil.example', 'arxiv.org', '', null]) {
      expect(safeUrl(bad), String(bad)).toBeNull();
    }
  });

  it('cuts snippets at a word', () => {
    expect(snippet('short')).toBe('short');
    expect(snippet('one two three four five', 12)).toBe('one two…');
  });
});

describe('claim groups', () => {
  it('groups the seed by consecutive section path, in document order', () => {
    const talk = seedTalk();
    const groups = groupBySection(talk.claims);
    expect(groups.flatMap((g) => g.claims)).toEqual(talk.claims);
    expect(groups[0]).toMatchObject({ title: null, parents: null });
    expect(groups[1]).toMatchObject({ title: 'Workshop Overview', parents: null });
    expect(groups[2]).toMatchObject({ title: 'LLMs as Aids in Causal Processes', parents: 'Key Presentations and Discussions' });
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });

  it('puts every claim in time order for the time view', () => {
    const talk = seedTalk();
    const [group] = groupByTime(talk.claims);
    const starts = group!.claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(group!.showSection).toBe(true);
  });
});

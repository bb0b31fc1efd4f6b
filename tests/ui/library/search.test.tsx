// @vitest-environment happy-dom
/** Search results: kinds, talks, times, the matched words marked (as text only), and opening a result. */
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { asVideoId } from '../../../src/core/ids';
import { createSearchIndex, noteDoc, search, talkDocs, type SearchHit } from '../../../src/core/search';
import { talkBundle } from '../../../src/core/talk-bundle';
import { action, corpus, note, renderLibrary, TALK } from './library-fixtures';

const CLADDER = note(7, { start: 770, text: 'Check whether CLadder was among the reviewed benchmarks', tags: ['todo'] });
const index = createSearchIndex([
  ...corpus.talks.flatMap((t) => talkDocs(talkBundle(corpus, t.videoId)!)),
  noteDoc(CLADDER, 'Causal inference models and AI workshops'),
]);

const onSearch = (query: string, results: readonly SearchHit[], more = {}) =>
  renderLibrary({ route: { page: 'search', query }, query, results, ...more });
const results = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-result-kind]')];
const marked = (el: Element) => [...el.querySelectorAll('mark')].map((m) => m.textContent);

const HOSTILE: SearchHit = {
  id: 'note:hostile',
  kind: 'note',
  videoId: TALK,
  talkTitle: 'A <b>bold</b> title',
  start: 61,
  text: '<img src=x onerror=alert(1)> images of <script>alert(2)</script>',
  context: '#<i>tag</i> images',
  score: 3,
  terms: ['images'],
};

describe('search', () => {
  it('says it is preparing until the index is built', () => {
    const { container } = onSearch('causal', [], { searchReady: false });
    expect(screen.getByText('Preparing search…')).toBeTruthy();
    expect(results(container)).toHaveLength(0);
  });

  it('says when nothing is found', () => {
    onSearch('  zzzzqx ', []);
    expect(screen.getByText('Nothing found for “zzzzqx”')).toBeTruthy();
  });

  it('lists the results best first, each with its kind, talk, time, and the matched words marked', () => {
    const hits = search(index, 'critical review');
    const { container } = onSearch('critical review', hits);
    const items = results(container);
    expect(items).toHaveLength(hits.length);
    expect(items.map((el) => el.dataset.resultKind)).toEqual(hits.map((h) => h.kind));
    const [first] = items;
    const hit = hits[0]!;
    expect(first!.querySelector('.lib-kind')?.textContent).toBe({ claim: 'Claim', note: 'Note', reference: 'Paper', concept: 'Concept' }[hit.kind]);
    expect(first!.querySelector('.lib-result-talk')?.textContent).toBe(hit.talkTitle);
    expect(marked(first!.querySelector('.lib-result-text')!)).toEqual(['critical', 'review']);
    expect(first!.querySelector('.lib-result-text')?.textContent).toBe(hit.text);
    expect(screen.getByText(`${hits.length} result${hits.length === 1 ? '' : 's'}`)).toBeTruthy();
  });

  it('names each kind and marks words in the context line too', () => {
    const kinds = new Map<string, SearchHit>();
    for (const query of ['cladder', 'zecevic', 'benchmarking causal reasoning', 'passive data']) {
      for (const hit of search(index, query)) if (!kinds.has(hit.kind)) kinds.set(hit.kind, hit);
    }
    const hits = [...kinds.values()];
    const { container } = onSearch('x', hits);
    const labels = Object.fromEntries(results(container).map((el) => [el.dataset.resultKind, el.querySelector('.lib-kind')?.textContent]));
    expect(labels).toEqual({ claim: 'Claim', note: 'Note', reference: 'Paper', concept: 'Concept' });
    const paper = results(container).find((el) => el.dataset.resultKind === 'reference')!;
    // "zecevic" matched the citation key by prefix (MiniSearch does not fold "Zečević").
    expect(marked(paper.querySelector('.lib-result-context')!)).toContain('zecevic2023causal');
    const noteResult = results(container).find((el) => el.dataset.resultKind === 'note')!;
    expect(noteResult.querySelector('.cl-time')?.textContent).toBe('12:50');
  });

  it('keeps hostile text as text', () => {
    const { container } = onSearch('images', [HOSTILE]);
    expect(container.querySelector('img, script, b, i')).toBeNull();
    const item = results(container)[0]!;
    expect(item.querySelector('.lib-result-text')?.textContent).toBe(HOSTILE.text);
    expect(item.querySelector('.lib-result-talk')?.textContent).toBe('A <b>bold</b> title');
    expect(marked(item)).toEqual(['images', 'images']);
  });

  it('opens a result on YouTube at its moment, or at the start when it has none', () => {
    const noStart: SearchHit = { ...HOSTILE, id: 'concept:x', kind: 'concept', start: null, videoId: asVideoId('Y4wMksHyMFg') };
    const { container, handlers } = onSearch('images', [HOSTILE, noStart]);
    const [withTime, without] = results(container);
    fireEvent.click(action(withTime!, 'open-result'));
    expect(handlers.onOpenAt).toHaveBeenLastCalledWith(TALK, 61);
    expect(without!.querySelector('.cl-time')).toBeNull();
    fireEvent.click(action(without!, 'open-result'));
    expect(handlers.onOpenAt).toHaveBeenLastCalledWith('Y4wMksHyMFg', 0);
  });

  it('updates the results as the viewer types', () => {
    const { container, update } = onSearch('crit', search(index, 'crit'));
    const before = results(container).length;
    update({ query: 'critical review', route: { page: 'search', query: 'critical review' }, results: search(index, 'critical review') });
    expect(results(container).length).not.toBe(before);
    update({ query: 'zzzzqx', results: [] });
    expect(results(container)).toHaveLength(0);
  });
});

// @vitest-environment happy-dom
/** The concept and reference indexes: every talk and moment, each moment opening YouTube there. */
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { asRefKey } from '../../../src/core/ids';
import type { ReferenceIndexEntry } from '../../../src/ui/library/library-props';
import { conceptIndex, referenceIndex, renderLibrary, TALK } from './library-fixtures';

const card = (root: ParentNode, attribute: string, key: string) => root.querySelector<HTMLElement>(`[${attribute}="${key}"]`)!;
const talkGroups = (el: Element) =>
  [...el.querySelectorAll<HTMLElement>('.lib-talk-moments > li')].map((group) => ({
    talk: group.querySelector('h3')?.textContent,
    times: [...group.querySelectorAll('.cl-moment .cl-time')].map((t) => t.textContent),
  }));

describe('the concept index', () => {
  it('lists each concept with every talk and moment that discusses it', () => {
    const { container } = renderLibrary({ route: { page: 'concepts' } });
    const concepts = conceptIndex();
    expect(container.querySelectorAll('[data-concept-key]')).toHaveLength(concepts.length);
    const benchmarking = card(container, 'data-concept-key', 'benchmarking_causal_reasoning_in_ai');
    expect(benchmarking.querySelector('h2')?.textContent).toBe('Benchmarking causal reasoning in AI');
    expect(talkGroups(benchmarking)).toEqual([{ talk: 'Causal inference models and AI workshops', times: ['8:25', '12:41', '21:11', '24:15'] }]);
    // A concept several talks discuss lists each talk under its own heading.
    const shared = concepts.find((c) => new Set(c.moments.map((m) => m.videoId)).size > 1)!;
    const groups = talkGroups(card(container, 'data-concept-key', shared.key));
    expect(groups.length).toBe(new Set(shared.moments.map((m) => m.videoId)).size);
  });

  it('opens a moment on YouTube', () => {
    const { container, handlers } = renderLibrary({ route: { page: 'concepts' } });
    const benchmarking = card(container, 'data-concept-key', 'benchmarking_causal_reasoning_in_ai');
    fireEvent.click(benchmarking.querySelectorAll('.cl-moment')[1]!);
    expect(handlers.onOpenAt).toHaveBeenCalledWith(TALK, 761);
  });

  it('says when there are none', () => {
    renderLibrary({ route: { page: 'concepts' }, concepts: [] });
    expect(screen.getByText('No talk links a concept yet.')).toBeTruthy();
  });
});

describe('the reference index', () => {
  it('lists each paper with its details and key, and every talk and moment that cites it', () => {
    const { container, handlers } = renderLibrary({ route: { page: 'references' } });
    expect(container.querySelectorAll('[data-ref-key]')).toHaveLength(referenceIndex().length);
    const zecevic = card(container, 'data-ref-key', 'zecevic2023causal');
    expect(zecevic.querySelector('h2')?.textContent).toMatch(/causal/i);
    expect(zecevic.querySelector('code')?.textContent).toBe('zecevic2023causal');
    expect(zecevic.textContent).toContain('Zečević');
    const groups = talkGroups(zecevic);
    expect(groups.map((g) => g.talk)).toEqual(['Causality and Large Language Models', 'Large language models and causality']);
    expect(groups[0]!.times).toEqual(['20:00', '21:41']);
    fireEvent.click(zecevic.querySelector('.cl-moment')!);
    expect(handlers.onOpenAt).toHaveBeenCalledWith('Y4wMksHyMFg', 1200);
  });

  it('links a paper only when its address is http(s)', () => {
    const [first] = referenceIndex();
    const safe: ReferenceIndexEntry = { ...first!, key: asRefKey('safe'), paper: { ...first!.paper, key: asRefKey('safe'), url: 'https://arxiv.org/abs/1' } };
    const hostile: ReferenceIndexEntry = { ...first!, key: asRefKey('evil'), paper: { ...first!.paper, key: asRefKey('evil'), url: 'javascript:alert(1)' } };
    const { container } = renderLibrary({ route: { page: 'references' }, references: [safe, hostile] });
    expect(card(container, 'data-ref-key', 'safe').querySelector('a')?.getAttribute('href')).toBe('https://arxiv.org/abs/1');
    expect(card(container, 'data-ref-key', 'evil').querySelector('a')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { id, item, OTHER_TALK, renderPanel } from './fixtures';

describe('the references view', () => {
  it('lists every cited paper with its details and the moments it is mentioned', () => {
    const { handlers } = renderPanel({ view: 'references', beyond: new Set([id('t13-05-00')]) });
    const cards = screen.getByRole('tabpanel').querySelectorAll<HTMLElement>('.cl-card');
    expect([...cards].map((c) => c.dataset.refKey)).toEqual(['vashishtha2023causal', 'yang2023critical', 'anwar2024foundational', 'mallory2024']);
    const vashishtha = cards[0]!;
    expect(vashishtha.textContent).toContain('Vashishtha 2023');
    expect(vashishtha.textContent).toContain('Causal inference using LLM-guided discovery');
    expect(within(vashishtha).getByRole('link').getAttribute('href')).toBe('https://arxiv.org/abs/2310.15117');
    const moment = within(vashishtha).getByRole('button');
    expect(moment.textContent).toContain('10:46');
    expect(moment.textContent).toContain('Two contributed talks focused on causal discovery');
    fireEvent.click(moment);
    expect(handlers.onSeek).toHaveBeenCalledWith('t10-46-00');
    // The hostile paper: no link, and its moment is beyond the video's end.
    const mallory = cards[3]!;
    expect(mallory.querySelector('a')).toBeNull();
    const late = within(mallory).getByRole('button') as HTMLButtonElement;
    expect(late.disabled).toBe(true);
    expect(late.textContent).toContain("after the video's end");
  });
});

describe('the concepts view', () => {
  it('lists each concept with its moments here and in other talks', () => {
    const { handlers } = renderPanel({ view: 'concepts' });
    const cards = screen.getByRole('tabpanel').querySelectorAll<HTMLElement>('.cl-card');
    expect([...cards].map((c) => c.querySelector('h3')?.textContent)).toEqual([
      'Causal inference and its applications',
      'Benchmarking causal reasoning in ai',
    ]);
    const benchmarking = cards[1]!;
    const here = within(within(benchmarking).getByRole('list', { name: 'In this talk' })).getAllByRole('button');
    expect(here.map((b) => b.querySelector('.cl-time')?.textContent)).toEqual(['8:25', '12:41', '21:11', '24:15']);
    fireEvent.click(here[1]!);
    expect(handlers.onSeek).toHaveBeenCalledWith('t12-41-00');

    const elsewhere = within(within(benchmarking).getByRole('list', { name: 'In other talks' })).getByRole('button');
    expect(elsewhere.textContent).toContain('Causality and Large Language Models');
    expect(elsewhere.textContent).toContain('3:54');
    expect(elsewhere.textContent).toContain('The paper introduced a dataset called "seather".');
    fireEvent.click(elsewhere);
    expect(handlers.onOpenTalk).toHaveBeenCalledWith(OTHER_TALK, 234);
  });

  it('opens on the concept of a tag clicked in a claim', () => {
    const { container, handlers } = renderPanel();
    const tag = within(item(container, 't12-41-00')).getByRole('button', { name: 'Benchmarking causal reasoning in ai' });
    fireEvent.click(tag);
    expect(handlers.onViewChange).toHaveBeenCalledWith('concepts');
    expect(screen.getByRole('tab', { name: 'Concepts (2)' }).getAttribute('aria-selected')).toBe('true');
    const selected = container.querySelector<HTMLElement>('.cl-card.selected');
    expect(selected?.dataset.conceptKey).toBe('benchmarking_causal_reasoning_in_ai');
    expect(document.activeElement).toBe(selected);
    // Choosing the tab itself shows no concept in particular.
    fireEvent.click(screen.getByRole('tab', { name: 'Sections' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Concepts (2)' }));
    expect(container.querySelector('.cl-card.selected')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { item, renderPanel } from './fixtures';

const chip = (root: ParentNode, key: string) => root.querySelector<HTMLElement>(`[data-ref-key="${key}"]`)!;

describe('citation chips', () => {
  it('name the first author and the year, only for papers the panel was given', () => {
    const { container } = renderPanel();
    const chips = [...item(container, 't12-41-00').querySelectorAll<HTMLElement>('[data-ref-key]')];
    expect(chips.map((c) => [c.dataset.refKey, c.textContent])).toEqual([
      ['yang2023critical', 'Yang 2023'],
      ['anwar2024foundational', 'Anwar 2024'],
    ]);
    // t04-47-00 links liu2024large with low confidence: it is not in `papers`.
    expect(item(container, 't04-47-00').querySelector('[data-ref-key]')).toBeNull();
    expect(container.querySelectorAll('.cl-chip[data-ref-key]')).toHaveLength(4);
  });

  it('show a tooltip with title, authors, venue and an https link on focus', () => {
    const { container } = renderPanel();
    const button = chip(item(container, 't10-46-00'), 'vashishtha2023causal');
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => button.focus());
    const tip = screen.getByRole('tooltip');
    expect(button.getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.textContent).toContain('Causal inference using LLM-guided discovery');
    expect(tip.textContent).toContain('Aniket Vashishtha, Abbavaram Gowtham Reddy, Abhinav Kumar, Saketh Bachu, Vineeth N Balasubramanian, Amit Sharma');
    expect(tip.textContent).toContain('arXiv preprint arXiv:2310.15117 · 2023');
    const link = within(tip).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://arxiv.org/abs/2310.15117');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // Tabbing into the tooltip's link keeps it open; leaving the chip closes it.
    act(() => link.focus());
    expect(screen.getByRole('tooltip')).toBe(tip);
    act(() => link.blur());
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(button.hasAttribute('aria-describedby')).toBe(false);
  });

  it('shorten more than six authors to "et al." and show no link without a url', () => {
    const { container } = renderPanel();
    fireEvent.mouseEnter(chip(container, 'anwar2024foundational').parentElement!);
    expect(screen.getByRole('tooltip').textContent).toContain(
      'Usman Anwar, Abulhair Saparov, Javier Rando, Daniel Paleka, Miles Turpin, Peter Hase, et al.',
    );
    fireEvent.mouseLeave(chip(container, 'anwar2024foundational').parentElement!);
    fireEvent.focusIn(chip(container, 'yang2023critical'));
    const tips = screen.getAllByRole('tooltip');
    const yang = tips.find((t) => t.textContent?.includes('A critical review'))!;
    expect(within(yang).queryByRole('link')).toBeNull();
  });

  it('never render a javascript: url as a link', () => {
    const { container } = renderPanel();
    fireEvent.focusIn(chip(container, 'mallory2024'));
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('Click me');
    expect(tip.querySelector('a')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('close on Escape', () => {
    const { container } = renderPanel();
    const button = chip(container, 'vashishtha2023causal');
    fireEvent.focusIn(button);
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

// @vitest-environment happy-dom
/** The toolbar popup, on a talk and elsewhere. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asVideoId } from '../../../src/core/ids';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import type { PopupProps, PopupTalk } from '../../../src/ui/popup/popup-props';

afterEach(cleanup);

const TALK: PopupTalk = {
  videoId: asVideoId('zFeAtV7AN0A'),
  title: 'Causal inference models and AI workshops',
  currentClaim: 'Benchmarks: A critical review of causal inference benchmarks was presented.',
  notes: 3,
};

function renderPopup(overrides: Partial<PopupProps> = {}) {
  const handlers = {
    onAddNote: vi.fn<PopupProps['onAddNote']>(),
    onExport: vi.fn<PopupProps['onExport']>(),
    onOpenLibrary: vi.fn<PopupProps['onOpenLibrary']>(),
  };
  const result = render(<PopupApp talk={TALK} error={null} {...handlers} {...overrides} />);
  return { ...result, handlers };
}

const action = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[data-action="${name}"]`)!;

describe('the popup on a talk', () => {
  it('shows the talk, the claim being spoken and the number of notes', () => {
    const { container } = renderPopup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(TALK.title);
    expect(container.querySelector('.pop-now')?.textContent).toBe(`Now${TALK.currentClaim}`);
    expect(container.textContent).toContain('3 notes');
  });

  it('says Not started before the first claim, and "1 note"', () => {
    const { container } = renderPopup({ talk: { ...TALK, currentClaim: null, notes: 1 } });
    expect(container.querySelector('.pop-now')?.textContent).toBe('Not started');
    expect(container.querySelector('.pop-count')?.textContent).toBe('1 note');
  });

  it('adds a note, exports in each format and opens the library', () => {
    const { container, handlers } = renderPopup();
    fireEvent.click(action(container, 'add-note'));
    expect(handlers.onAddNote).toHaveBeenCalledOnce();
    const exports = [...container.querySelectorAll<HTMLButtonElement>('[data-action="export"]')];
    expect(exports.map((b) => [b.textContent, b.dataset.format])).toEqual([
      ['Markdown', 'markdown'],
      ['Web Annotation', 'annotations'],
      ['WebVTT', 'vtt'],
      ['BibTeX', 'bibtex'],
    ]);
    for (const button of exports) fireEvent.click(button);
    expect(handlers.onExport.mock.calls).toEqual([['markdown'], ['annotations'], ['vtt'], ['bibtex']]);
    fireEvent.click(action(container, 'open-library'));
    expect(handlers.onOpenLibrary).toHaveBeenCalledOnce();
  });
});

describe('the popup elsewhere', () => {
  it('says what Claimline does and offers only the library', () => {
    const { container, handlers } = renderPopup({ talk: null });
    expect(container.textContent).toContain("Claimline shows a talk's claims, references and your notes beside the video on YouTube.");
    expect(container.querySelector('[data-action="add-note"]')).toBeNull();
    expect(container.querySelector('[data-action="export"]')).toBeNull();
    fireEvent.click(action(container, 'open-library'));
    expect(handlers.onOpenLibrary).toHaveBeenCalledOnce();
  });

  it('shows an error as an alert', () => {
    renderPopup({ talk: null, error: 'The tab did not answer. Reload the YouTube page and try again.' });
    expect(screen.getByRole('alert').textContent).toBe('The tab did not answer. Reload the YouTube page and try again.');
  });
});

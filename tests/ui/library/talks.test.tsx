// @vitest-environment happy-dom
/** The talk list: counts, when and how far watched, open on YouTube, and removing imported talks. */
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { action, IMPORTED, libraryTalks, NEVER_WATCHED, NOW, renderLibrary, row, TALK } from './library-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the talk list', () => {
  it('says it is loading while the talks are null', () => {
    const { container } = renderLibrary({ talks: null });
    expect(screen.getByText('Loading talks…')).toBeTruthy();
    expect(container.querySelector('[data-video-id]')).toBeNull();
  });

  it('shows every talk with its counts of claims, notes and papers', () => {
    const { container } = renderLibrary();
    const rows = [...container.querySelectorAll<HTMLElement>('li[data-video-id]')];
    expect(rows.map((r) => r.dataset.videoId)).toEqual(libraryTalks().map((t) => t.videoId));
    expect(row(container, TALK).querySelector('.lib-counts')?.textContent).toBe('52 claims · 3 notes · 5 papers');
    expect(row(container, NEVER_WATCHED).querySelector('.lib-counts')?.textContent).toBe('16 claims · 0 notes · 1 paper');
  });

  it('opens a talk’s page from its title', () => {
    const { container, handlers } = renderLibrary();
    const title = within(row(container, TALK)).getByRole('button', { name: 'Causal inference models and AI workshops' });
    expect(title.closest('h2')).toBeTruthy();
    fireEvent.click(title);
    expect(handlers.onNavigate).toHaveBeenCalledWith({ page: 'talk', videoId: TALK });
  });

  it('says when each talk was last watched (ISO date in the title) and how far', () => {
    const { container } = renderLibrary();
    const watched = row(container, TALK).querySelector('.lib-watched')!;
    const time = watched.querySelector('time')!;
    expect(time.textContent).toBe('3 days ago');
    expect(time.getAttribute('title')).toBe('2026-11-20T09:30:00.000Z');
    expect(watched.textContent).toContain('watched to 12:34 of 30:00');
    expect(watched.querySelector<HTMLElement>('.lib-bar-fill')?.style.width).toBe('41.9%');
    // An hour ago, without a known duration: no bar.
    const imported = row(container, IMPORTED).querySelector('.lib-watched')!;
    expect(imported.querySelector('time')?.textContent).toBe('1 hour ago');
    expect(imported.textContent).toContain('watched to 1:00');
    expect(imported.textContent).not.toContain(' of ');
    expect(imported.querySelector('.lib-bar')).toBeNull();
    expect(row(container, NEVER_WATCHED).querySelector('.lib-watched')?.textContent).toBe('not watched yet');
  });

  it('opens a talk on YouTube where the viewer left off, or at the start', () => {
    const { container, handlers } = renderLibrary();
    fireEvent.click(action(row(container, TALK), 'open-youtube'));
    expect(handlers.onOpenAt).toHaveBeenLastCalledWith(TALK, 754);
    expect(action(row(container, TALK), 'open-youtube').getAttribute('aria-label')).toBe('Open on YouTube: “Causal inference models and AI workshops” at 12:34');
    fireEvent.click(action(row(container, NEVER_WATCHED), 'open-youtube'));
    expect(handlers.onOpenAt).toHaveBeenLastCalledWith(NEVER_WATCHED, 0);
  });

  it('marks imported talks, and offers Remove only for them', () => {
    const { container } = renderLibrary();
    for (const talk of libraryTalks()) {
      const item = row(container, talk.videoId);
      const imported = talk.origin === 'imported';
      expect(item.querySelector('.lib-badge')?.textContent ?? null).toBe(imported ? 'imported' : null);
      expect(item.querySelector('[data-action="remove-talk"]') !== null).toBe(imported);
    }
    expect(container.querySelectorAll('[data-action="remove-talk"]')).toHaveLength(1);
  });

  it('removes an imported talk only after Yes; No puts Remove back and focuses it', () => {
    const { container, handlers } = renderLibrary();
    const item = row(container, IMPORTED);
    fireEvent.click(action(item, 'remove-talk'));
    expect(handlers.onRemoveTalk).not.toHaveBeenCalled();
    expect(within(item).getByRole('group').textContent).toContain('Remove?');
    expect(document.activeElement).toBe(action(item, 'cancel-remove'));
    fireEvent.click(action(item, 'cancel-remove'));
    expect(handlers.onRemoveTalk).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(action(item, 'remove-talk'));

    fireEvent.click(action(item, 'remove-talk'));
    fireEvent.click(action(item, 'confirm-remove'));
    expect(handlers.onRemoveTalk).toHaveBeenCalledExactlyOnceWith(IMPORTED);
  });

  it('says so when there are no talks', () => {
    renderLibrary({ talks: [] });
    expect(screen.getByText(/No talks yet/).textContent).toBe('No talks yet. Import a talk document under Import & export.');
  });
});

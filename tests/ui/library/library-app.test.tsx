// @vitest-environment happy-dom
/** The library's frame: landmarks, navigation, the search field, the live region, settings. */
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { BUNDLE, renderLibrary, talkData, TALK } from './library-fixtures';

describe('the library frame', () => {
  it('has a header, a navigation and a main region, with one h1 per page', () => {
    const { container } = renderLibrary();
    expect(container.querySelector('header .lib-brand')?.textContent).toBe('Claimline');
    expect(screen.getByRole('navigation', { name: 'Library' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect([...container.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Talks']);
  });

  it('navigates to each page, marking the current one', () => {
    const { handlers, update } = renderLibrary();
    const nav = screen.getByRole('navigation', { name: 'Library' });
    const names = within(nav)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['Talks', 'Concepts', 'References', 'Import & export', 'Settings']);
    expect(within(nav).getByRole('button', { name: 'Talks' }).getAttribute('aria-current')).toBe('page');
    for (const [name, page] of [
      ['Concepts', 'concepts'],
      ['References', 'references'],
      ['Import & export', 'transfer'],
      ['Settings', 'settings'],
      ['Talks', 'talks'],
    ] as const) {
      fireEvent.click(within(nav).getByRole('button', { name }));
      expect(handlers.onNavigate).toHaveBeenLastCalledWith({ page });
    }
    update({ route: { page: 'settings' } });
    expect(within(nav).getByRole('button', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('button', { name: 'Talks' }).getAttribute('aria-current')).toBeNull();
    // A talk's page belongs under Talks.
    update({ route: { page: 'talk', videoId: TALK }, talk: talkData() });
    expect(within(nav).getByRole('button', { name: 'Talks' }).getAttribute('aria-current')).toBe('page');
  });

  it('reports every keystroke in the search field, on any page', () => {
    const { container, handlers } = renderLibrary({ route: { page: 'concepts' } });
    const field = screen.getByLabelText<HTMLInputElement>('Search claims, notes, papers and concepts');
    expect(field.type).toBe('search');
    expect(container.querySelector('[data-field="search"]')).toBe(field);
    fireEvent.input(field, { target: { value: 'c' } });
    fireEvent.input(field, { target: { value: 'ca' } });
    expect(handlers.onQuery.mock.calls).toEqual([['c'], ['ca']]);
  });

  it('shows the query it is given and goes to the search page on Enter', () => {
    const { handlers } = renderLibrary({ query: 'causal' });
    const field = screen.getByLabelText<HTMLInputElement>('Search claims, notes, papers and concepts');
    expect(field.value).toBe('causal');
    fireEvent.submit(field.closest('form')!);
    expect(handlers.onNavigate).toHaveBeenCalledWith({ page: 'search', query: 'causal' });
  });

  it('says what happened in a polite live region', () => {
    const { update } = renderLibrary();
    const region = screen.getAllByRole('status').find((el) => el.classList.contains('lib-status'))!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    update({ status: 'Talk removed. Your notes on it are kept.' });
    expect(region.textContent).toBe('Talk removed. Your notes on it are kept.');
  });

  it('moves focus to the new page’s heading, but leaves it in the search field while searching', () => {
    const { update } = renderLibrary();
    update({ route: { page: 'concepts' } });
    expect(document.activeElement?.textContent).toBe('Concepts');
    const field = screen.getByLabelText<HTMLInputElement>('Search claims, notes, papers and concepts');
    field.focus();
    update({ route: { page: 'search', query: 'c' }, query: 'c' });
    expect(document.activeElement).toBe(field);
  });

  it('says it is loading a talk, or that the library does not have it', () => {
    const { container, update } = renderLibrary({ route: { page: 'talk', videoId: TALK }, talk: null });
    expect(container.querySelector('h1')?.textContent).toBe('Loading the talk…');
    update({ route: { page: 'talk', videoId: 'AAAAAAAAAAA' as typeof TALK } });
    expect(container.querySelector('h1')?.textContent).toBe('This talk is not in the library');
    // Data of another talk (still loading the new one) is not shown as this one.
    update({ talk: talkData() });
    expect(container.querySelector('h1')?.textContent).toBe('This talk is not in the library');
    update({ route: { page: 'talk', videoId: TALK } });
    expect(container.querySelector('h1')?.textContent).toBe(BUNDLE.talk.title);
  });
});

describe('settings', () => {
  it('shows each setting as a checkbox bound to its value and reports changes', () => {
    const { handlers } = renderLibrary({ route: { page: 'settings' }, settings: { ...DEFAULT_SETTINGS, pauseWhileTyping: false, followPlayback: true, markersVisible: true } });
    const pause = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Pause the video while I write a note' });
    const follow = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Keep the spoken claim in view' });
    const markers = screen.getByRole<HTMLInputElement>('checkbox', { name: "Show markers on YouTube's progress bar" });
    expect([pause.checked, follow.checked, markers.checked]).toEqual([false, true, true]);
    fireEvent.click(pause);
    expect(handlers.onSettingsChange).toHaveBeenLastCalledWith({ pauseWhileTyping: true });
    fireEvent.click(follow);
    expect(handlers.onSettingsChange).toHaveBeenLastCalledWith({ followPlayback: false });
    fireEvent.click(markers);
    expect(handlers.onSettingsChange).toHaveBeenLastCalledWith({ markersVisible: false });
  });

  it('explains the shortcuts, with the shortcuts page as selectable text, not a link', () => {
    const { container } = renderLibrary({ route: { page: 'settings' } });
    const text = container.querySelector('main')!.textContent!;
    expect(text).toContain('Alt+Shift+N adds a note');
    expect(text).toMatch(/n adds a note, and \[ \/ \] go to the previous \/ next claim/);
    const address = [...container.querySelectorAll('code')].find((c) => c.textContent === 'chrome://extensions/shortcuts');
    expect(address?.closest('a')).toBeNull();
    expect(address?.classList.contains('lib-select-all')).toBe(true);
  });
});

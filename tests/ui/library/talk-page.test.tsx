// @vitest-environment happy-dom
/** One talk's page: its exports, its claims by section with the viewer's notes (edited in place), and its references. */
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { asClaimId } from '../../../src/core/ids';
import { action, BUNDLE, editorState, id, note, noteItem, renderLibrary, talkData, TALK } from './library-fixtures';

const QUESTION = note(1, { start: 765, claimId: id('t12-41-00'), text: 'Which benchmarks?\nCheck the list.', stance: 'question', tags: ['bench'] });
const AGREE = note(2, { start: 770, claimId: id('t12-41-00'), text: 'Yes.', stance: 'agree' });
const LOOSE = note(3, { start: 300, text: 'Between two claims' });
const ORPHAN = note(4, { start: 10, claimId: asClaimId('t99-99-99'), text: 'From an older summary' });
const GONE = note(5, { start: 20, text: 'Deleted', deletedAt: '2025-01-02T00:00:00.000Z' });
const NOTES = [AGREE, QUESTION, LOOSE, ORPHAN, GONE];

const onTalk = (notes = NOTES, more = {}) => renderLibrary({ route: { page: 'talk', videoId: TALK }, talk: talkData(notes), ...more });
const claim = (root: ParentNode, claimId: string) => root.querySelector<HTMLElement>(`[data-claim-id="${claimId}"]`)!;
const noteIds = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-note-id]')].map((el) => el.dataset.noteId);

describe('the talk page', () => {
  it('shows the title, counts and every claim by section, with section headings', () => {
    const { container } = onTalk();
    expect(container.querySelector('h1')?.textContent).toBe('Causal inference models and AI workshops');
    // Deleted notes are not counted.
    expect(container.querySelector('.lib-counts')?.textContent).toBe('52 claims · 4 notes · 5 papers');
    expect(container.querySelectorAll('[data-claim-id]')).toHaveLength(52);
    const headings = [...container.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toContain('Workshop Overview');
    expect(headings).toContain('Key Presentations and Discussions › LLMs as Aids in Causal Processes');
    // Headings in order: h1, then h2 for the page's parts, h3 within them.
    const levels = [...container.querySelectorAll('main :is(h1, h2, h3)')].map((h) => Number(h.tagName[1]));
    expect(levels.every((level, i) => i === 0 || level <= (levels[i - 1] ?? 1) + 1)).toBe(true);
  });

  it('opens the talk on YouTube at a claim’s time, and at the start from the head', () => {
    const { container, handlers } = onTalk();
    const item = claim(container, 't12-41-00');
    fireEvent.click(action(item, 'open-claim'));
    expect(handlers.onOpenAt).toHaveBeenLastCalledWith(TALK, 761);
    expect(action(item, 'open-claim').textContent).toBe('12:41');
    fireEvent.click(action(container, 'open-talk'));
    expect(handlers.onOpenAt).toHaveBeenLastCalledWith(TALK, 754);
    expect(action(container, 'open-talk').textContent).toBe('Open on YouTube at 12:34');
  });

  it('exports this talk in each format', () => {
    const { container, handlers } = onTalk();
    const group = screen.getByRole('group', { name: 'Export this talk' });
    const buttons = [...group.querySelectorAll<HTMLButtonElement>('[data-action="export"]')];
    expect(buttons.map((b) => [b.textContent, b.dataset.format])).toEqual([
      ['Markdown', 'markdown'],
      ['Web Annotation', 'annotations'],
      ['WebVTT', 'vtt'],
      ['BibTeX', 'bibtex'],
    ]);
    for (const button of buttons) fireEvent.click(button);
    expect(handlers.onExport.mock.calls).toEqual([
      ['markdown', TALK],
      ['annotations', TALK],
      ['vtt', TALK],
      ['bibtex', TALK],
    ]);
    expect(container.querySelector('[data-action="export-all"]')).toBeNull();
  });

  it('shows cited papers as chips (first author and year) on their claims', () => {
    const { container } = onTalk();
    const chips = [...claim(container, 't12-41-00').querySelectorAll('.cl-chip')].map((c) => c.textContent);
    expect(chips).toEqual(['Yang 2023']);
    expect(claim(container, 't21-38-00').querySelector('.cl-chip')?.textContent).toBe('Lampinen 2023');
  });

  it('shows the viewer’s notes under their claims, and the others in a last group, without deleted ones', () => {
    const { container } = onTalk();
    expect(noteIds(claim(container, 't12-41-00'))).toEqual([QUESTION.id, AGREE.id]);
    const question = noteItem(container, QUESTION.id);
    expect(question.querySelector('.cl-note-text')?.textContent).toBe('Which benchmarks?\nCheck the list.');
    expect(question.querySelector('.cl-stance')?.textContent).toBe('Question');
    const loose = screen.getByRole('heading', { name: 'Notes not on a claim' }).closest('section')!;
    expect(noteIds(loose)).toEqual([ORPHAN.id, LOOSE.id]);
    expect(noteItem(loose, ORPHAN.id).querySelector('.cl-note-on')?.textContent).toBe('on a claim no longer in this talk');
    expect(container.querySelector(`[data-note-id="${GONE.id}"]`)).toBeNull();
    expect(container.textContent).toContain('Notes are written while watching');
  });

  it('has no group of loose notes when every note is on a claim', () => {
    onTalk([QUESTION]);
    expect(screen.queryByRole('heading', { name: 'Notes not on a claim' })).toBeNull();
  });

  it('edits and deletes a note by its id, and opens YouTube at its time', () => {
    const { handlers } = onTalk();
    const agree = noteItem(document, AGREE.id);
    fireEvent.click(action(agree, 'edit-note'));
    expect(handlers.onEditNote).toHaveBeenCalledWith(AGREE.id);
    fireEvent.click(action(agree, 'delete-note'));
    expect(handlers.onDeleteNote).toHaveBeenCalledWith(AGREE.id);
    fireEvent.click(action(agree, 'seek-note'));
    expect(handlers.onOpenAt).toHaveBeenCalledWith(TALK, 770);
  });

  it('shows the editor in the note’s place, and reports drafts, save and cancel', () => {
    const { container, handlers, update } = onTalk();
    update({ editor: editorState({ noteId: QUESTION.id, start: 765, claimId: id('t12-41-00'), text: QUESTION.text, stance: 'question', tags: 'bench' }) });
    const item = claim(container, 't12-41-00');
    const editor = item.querySelector<HTMLElement>('.cl-editor')!;
    expect(editor.dataset.editing).toBe(QUESTION.id);
    expect(item.querySelector(`.cl-note[data-note-id="${QUESTION.id}"]`)).toBeNull();
    expect(noteIds(item)).toEqual([AGREE.id]);
    expect(container.querySelectorAll('.cl-editor')).toHaveLength(1);
    const text = within(editor).getByLabelText<HTMLTextAreaElement>('Note text');
    expect(text.value).toBe(QUESTION.text);
    expect(document.activeElement).toBe(text);
    fireEvent.input(text, { target: { value: 'Which ones?' } });
    expect(handlers.onDraftChange).toHaveBeenLastCalledWith({ text: 'Which ones?' });
    fireEvent.click(action(editor, 'save-note'));
    expect(handlers.onSaveNote).toHaveBeenCalledOnce();
    fireEvent.click(action(editor, 'cancel-note'));
    expect(handlers.onCancelNote).toHaveBeenCalledOnce();

    // A loose note is edited in its place too.
    update({ editor: editorState({ noteId: LOOSE.id, start: 300, text: LOOSE.text }) });
    const loose = screen.getByRole('heading', { name: 'Notes not on a claim' }).closest('section')!;
    expect(loose.querySelector<HTMLElement>('.cl-editor')?.dataset.editing).toBe(LOOSE.id);
    expect(item.querySelector('.cl-editor')).toBeNull();

    // Closed: the note is back, and focus returns to its Edit button.
    update({ editor: null, talk: talkData(NOTES) });
    expect(container.querySelector('.cl-editor')).toBeNull();
    expect(document.activeElement).toBe(action(noteItem(container, LOOSE.id), 'edit-note'));
  });

  it('shows an editor it cannot place (a new note) above the claims, never hidden', () => {
    const { container } = onTalk(NOTES, { editor: editorState({ start: 12 }) });
    const top = container.querySelector('.lib-top-editor .cl-editor') as HTMLElement | null;
    expect(top?.dataset.editing).toBe('new');
  });

  it('lists the talk’s references with every moment that cites them', () => {
    const { container, handlers } = onTalk();
    const section = screen.getByRole('heading', { name: 'References', level: 2 }).closest('section')!;
    const keys = [...section.querySelectorAll<HTMLElement>('[data-ref-key]')].map((el) => el.dataset.refKey);
    expect(keys).toEqual(BUNDLE.papers.map((p) => p.key));
    const lampinen = section.querySelector<HTMLElement>('[data-ref-key="lampinen2023passive"]')!;
    expect(lampinen.querySelector('h3')?.textContent).toMatch(/passive/i);
    const moments = [...lampinen.querySelectorAll<HTMLButtonElement>('.cl-moment')];
    expect(moments.map((m) => m.querySelector('.cl-time')?.textContent)).toEqual(['21:38', '22:32']);
    fireEvent.click(moments[1]!);
    expect(handlers.onOpenAt).toHaveBeenLastCalledWith(TALK, 22 * 60 + 32);
    expect(container.querySelector('[data-ref-key="lampinen2023passive"] code')?.textContent).toBe('lampinen2023passive');
  });
});

// @vitest-environment happy-dom
/** The note editor: where it opens, what it says, and what each key and control reports. */
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { claimsInTimeOrder } from '../../src/core/timeline';
import { editorState, fixture, id, item, note, noteItem, renderPanel } from './fixtures';

const ON_CLAIM = note(1, { start: 765, claimId: id('t12-41-00'), text: 'First thought', stance: 'question' });
const NEXT = note(2, { start: 770, claimId: id('t12-41-00'), text: 'Second thought' });
const LOOSE = note(3, { start: 300, text: 'On no claim' });
const NOTES = [ON_CLAIM, NEXT, LOOSE];

const field = <T extends HTMLElement>(root: ParentNode, name: string) => root.querySelector<T>(`[data-field="${name}"]`)!;
const action = (root: ParentNode, name: string) => root.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
const editorOf = (root: ParentNode) => root.querySelector<HTMLElement>('.cl-editor');
/** The seed's claims, with a lead-in label on the one at 12:41 as a document would write it. */
const labelled = () => fixture().claims.map((c) => (c.id === 't12-41-00' ? { ...c, label: 'Dataset' } : c));

describe('the editor for a new note', () => {
  it('opens at the top of the body, above the tabs, saying which moment and claim it is for', () => {
    const { container } = renderPanel({ claims: labelled(), editor: editorState({ start: 765.4, claimId: id('t12-41-00') }) });
    const editor = editorOf(container)!;
    expect(editor.compareDocumentPosition(screen.getByRole('tablist')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(editor.compareDocumentPosition(container.querySelector('header')!) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(editor.querySelector('.cl-editor-head')?.textContent).toBe('Note at 12:45 · on “Dataset: Oscar CIO presented a critical review…”');
    expect(screen.getByRole('group', { name: /^Note at 12:45/ })).toBe(editor);
  });

  it('says when the note is not attached to a claim', () => {
    const { container } = renderPanel({ editor: editorState({ start: 3725 }) });
    expect(editorOf(container)!.querySelector('.cl-editor-head')?.textContent).toBe('Note at 1:02:05 · not attached to a claim');
  });

  it('focuses its text field, labelled for screen readers', () => {
    const { container, update } = renderPanel();
    update({ editor: editorState({ text: 'Draft' }) });
    const text = field<HTMLTextAreaElement>(container, 'note-text');
    expect(text.tagName).toBe('TEXTAREA');
    expect(text.getAttribute('aria-label')).toBe('Note text');
    expect(document.activeElement).toBe(text);
    expect(text.value).toBe('Draft');
  });

  it('shows even when the panel is collapsed', () => {
    const { container } = renderPanel({ collapsed: true, editor: editorState({ start: 60 }) });
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(container.querySelector('[data-claim-id]')).toBeNull();
    expect(field(container, 'note-text')).not.toBeNull();
    expect(action(container, 'save-note')).not.toBeNull();
  });
});

describe('the editor’s controls', () => {
  it('reports every change and shows what its props say', () => {
    const { container, handlers, update } = renderPanel({ editor: editorState() });
    const text = field<HTMLTextAreaElement>(container, 'note-text');
    fireEvent.input(text, { target: { value: 'Hello\n- **world**' } });
    expect(handlers.onDraftChange).toHaveBeenLastCalledWith({ text: 'Hello\n- **world**' });
    update({ editor: editorState({ text: 'Hello\n- **world**', tags: 'a, b' }) });
    expect(text.value).toBe('Hello\n- **world**');
    const tags = field<HTMLInputElement>(container, 'note-tags');
    expect(tags.value).toBe('a, b');
    fireEvent.input(tags, { target: { value: 'a, b, #c' } });
    expect(handlers.onDraftChange).toHaveBeenLastCalledWith({ tags: 'a, b, #c' });
  });

  it('toggles one stance at a time; choosing the chosen one again clears it', () => {
    const { container, handlers, update } = renderPanel({ editor: editorState() });
    const stance = (name: string) => screen.getByRole('button', { name });
    expect(['Agree', 'Question', 'Disagree'].map((name) => stance(name).getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false']);
    fireEvent.click(stance('Disagree'));
    expect(handlers.onDraftChange).toHaveBeenLastCalledWith({ stance: 'disagree' });
    update({ editor: editorState({ stance: 'disagree' }) });
    expect(['Agree', 'Question', 'Disagree'].map((name) => stance(name).getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    fireEvent.click(stance('Agree'));
    expect(handlers.onDraftChange).toHaveBeenLastCalledWith({ stance: 'agree' });
    fireEvent.click(stance('Disagree'));
    expect(handlers.onDraftChange).toHaveBeenLastCalledWith({ stance: null });
    expect(container.querySelector('[role="group"][aria-label="Stance"]')).not.toBeNull();
  });

  it('offers "No claim" and every claim in time order, and reports the choice', () => {
    const { container, handlers, props, update } = renderPanel({ editor: editorState({ claimId: id('t12-41-00') }) });
    const select = field<HTMLSelectElement>(container, 'note-claim');
    const options = [...select.options];
    expect(options[0]?.textContent).toBe('No claim');
    expect(options[0]?.value).toBe('');
    expect(options.slice(1).map((o) => o.value)).toEqual(claimsInTimeOrder(props.claims).map((c) => c.id));
    expect(select.value).toBe('t12-41-00');
    expect(select.selectedOptions[0]?.textContent).toMatch(/^12:41 Oscar CIO presented a critical review/);
    select.value = 't28-18-00';
    fireEvent.change(select);
    expect(handlers.onDraftChange).toHaveBeenLastCalledWith({ claimId: 't28-18-00' });
    select.value = '';
    fireEvent.change(select);
    expect(handlers.onDraftChange).toHaveBeenLastCalledWith({ claimId: null });
    update({ editor: editorState({ claimId: null }) });
    expect(select.value).toBe('');
  });

  it('saves on Ctrl+Enter or Cmd+Enter and the Save button; cancels on Escape anywhere and Cancel', () => {
    const { container, handlers } = renderPanel({ editor: editorState({ text: 'x' }) });
    const text = field(container, 'note-text');
    expect(fireEvent.keyDown(text, { key: 'Enter' })).toBe(true);
    expect(handlers.onSaveNote).not.toHaveBeenCalled();
    expect(fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true })).toBe(false);
    fireEvent.keyDown(text, { key: 'Enter', metaKey: true });
    fireEvent.click(action(container, 'save-note'));
    expect(handlers.onSaveNote).toHaveBeenCalledTimes(3);
    expect(action(container, 'save-note').textContent).toBe('Save');

    fireEvent.keyDown(text, { key: 'Escape' });
    fireEvent.keyDown(field(container, 'note-tags'), { key: 'Escape' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Agree' }), { key: 'Escape' });
    fireEvent.click(action(container, 'cancel-note'));
    expect(handlers.onCancelNote).toHaveBeenCalledTimes(4);
  });

  it('cannot save twice while saving', () => {
    const { container, handlers } = renderPanel({ editor: editorState({ text: 'x', saving: true }) });
    const save = action(container, 'save-note');
    expect(save.disabled).toBe(true);
    expect(save.textContent).toBe('Saving…');
    fireEvent.keyDown(field(container, 'note-text'), { key: 'Enter', ctrlKey: true });
    expect(handlers.onSaveNote).not.toHaveBeenCalled();
  });

  it('shows why a save failed as an alert, with the text still in the field', () => {
    const message = "Not saved: the browser's storage is full. Your text is still here; free some space and press Save again.";
    const { container, update } = renderPanel({ editor: editorState({ text: 'My long note', saving: true }) });
    expect(screen.queryByRole('alert')).toBeNull();
    update({ editor: editorState({ text: 'My long note', error: message }) });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(editorOf(container)!.contains(alert)).toBe(true);
    expect(field<HTMLTextAreaElement>(container, 'note-text').value).toBe('My long note');
    expect(action(container, 'save-note').disabled).toBe(false);
  });
});

describe('editing an existing note', () => {
  const editing = (n: typeof ON_CLAIM) => editorState({ noteId: n.id, start: n.start, claimId: n.claimId, text: n.text, stance: n.stance });

  it('replaces the note’s item in place, under its claim (sections view)', () => {
    const { container, handlers } = renderPanel({ notes: NOTES, editor: editing(ON_CLAIM) });
    expect(container.querySelector(`[data-note-id="${ON_CLAIM.id}"]`)).toBeNull();
    const list = item(container, 't12-41-00').querySelector('.cl-notes')!;
    const [first, second] = [...list.children];
    expect(first?.contains(editorOf(container))).toBe(true);
    expect(second).toBe(noteItem(container, NEXT.id));
    expect(container.querySelectorAll('.cl-editor')).toHaveLength(1);
    expect(document.activeElement).toBe(field(container, 'note-text'));
    expect(field<HTMLTextAreaElement>(container, 'note-text').value).toBe('First thought');
    // Typing and clicking in the editor never seeks to the claim around it.
    fireEvent.click(field(container, 'note-text'));
    fireEvent.keyDown(field(container, 'note-text'), { key: ' ' });
    fireEvent.keyDown(field(container, 'note-text'), { key: 'Enter' });
    expect(handlers.onSeek).not.toHaveBeenCalled();
  });

  it('replaces it in place in the time view and the Notes view, and at the top when it is not listed', () => {
    const { container, update } = renderPanel({ notes: NOTES, view: 'time', editor: editing(LOOSE) });
    const slot = editorOf(container)!.closest('li')!;
    expect(slot.previousElementSibling?.getAttribute('data-claim-id')).toBe('t04-47-00');
    expect(slot.nextElementSibling?.getAttribute('data-claim-id')).toBe('t05-45-00');

    update({ view: 'notes', editor: editing(NEXT) });
    const rows = [...screen.getByRole('tabpanel').querySelectorAll('.cl-claims > li')];
    expect(rows.map((li) => li.getAttribute('data-note-id') ?? 'editor')).toEqual([LOOSE.id, ON_CLAIM.id, 'editor']);

    update({ view: 'references' });
    expect(container.querySelector('.cl-top-editor .cl-editor')).not.toBeNull();
    update({ view: 'sections', collapsed: true });
    expect(container.querySelector('.cl-top-editor .cl-editor')).not.toBeNull();
    expect(field<HTMLTextAreaElement>(container, 'note-text').value).toBe('Second thought');
  });

  it('gives focus back to the note when the editor closes', () => {
    const { container, update } = renderPanel({ notes: NOTES, editor: editing(ON_CLAIM) });
    action(container, 'save-note').focus();
    update({ editor: null, status: 'Note saved' });
    expect(document.activeElement).toBe(action(noteItem(container, ON_CLAIM.id), 'edit-note'));
    update({ editor: editorState() });
    update({ editor: null });
    expect(document.activeElement).toBe(action(container, 'add-note'));
  });
});

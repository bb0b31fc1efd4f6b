// @vitest-environment happy-dom
/** The viewer's notes in the panel: in the claim lists, in the Notes tab, deleted and undone. */
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { asClaimId } from '../../src/core/ids';
import { id, item, note, noteItem, renderPanel } from './fixtures';

const QUESTION = note(1, { start: 765, claimId: id('t12-41-00'), text: 'Which benchmarks?\nCheck the list.', stance: 'question', tags: ['bench', 'todo'] });
const AGREE = note(2, { start: 770, claimId: id('t12-41-00'), text: 'Yes.', stance: 'agree' });
const LOOSE = note(3, { start: 300, text: 'Between two claims' });
const DISAGREE = note(4, { start: 1700, claimId: id('t28-50-00'), text: 'Not convinced', stance: 'disagree' });
/** On a claim this talk no longer has: kept, shown among the notes on no claim. */
const ORPHAN = note(5, { start: 10, claimId: asClaimId('t99-99-99'), text: 'From an older summary' });
// Not in time order on purpose: the panel shows them in time order whatever it is given.
const NOTES = [AGREE, QUESTION, LOOSE, DISAGREE, ORPHAN];

const noteIds = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-note-id]')].map((el) => el.dataset.noteId);
const action = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[data-action="${name}"]`)!;
/** The claim ids and note ids of a list's rows, in order. */
const rows = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('.cl-claims > li')].map((el) => el.dataset.claimId ?? `note ${el.dataset.noteId}`);

describe('notes in the claim lists', () => {
  it('shows each note under its claim, after the claim’s text, in time order (sections view)', () => {
    const { container } = renderPanel({ notes: NOTES });
    const claim = item(container, 't12-41-00');
    expect(noteIds(claim)).toEqual([QUESTION.id, AGREE.id]);
    const list = claim.querySelector('.cl-notes')!;
    expect(claim.querySelector('.cl-text')!.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(noteIds(item(container, 't28-50-00'))).toEqual([DISAGREE.id]);
    expect(noteIds(item(container, 't12-10-00'))).toEqual([]);
  });

  it('puts notes on no claim (or on a claim the talk lost) in a last group, in time order (sections view)', () => {
    const { container } = renderPanel({ notes: NOTES });
    const groups = [...container.querySelectorAll<HTMLElement>('.cl-group')];
    const last = groups.at(-1)!;
    expect(last.querySelector('.cl-group-title')?.textContent).toBe('Notes not on a claim');
    expect(noteIds(last)).toEqual([ORPHAN.id, LOOSE.id]);
    expect(last.querySelector('[data-claim-id]')).toBeNull();
  });

  it('sits notes on no claim at their time among the claims (time view)', () => {
    const { container } = renderPanel({ notes: NOTES, view: 'time' });
    const order = rows(container);
    expect(order[0]).toBe(`note ${ORPHAN.id}`);
    const loose = order.indexOf(`note ${LOOSE.id}`);
    expect(order.slice(loose - 1, loose + 2)).toEqual(['t04-47-00', `note ${LOOSE.id}`, 't05-45-00']);
    // Notes on a claim stay under it.
    expect(noteIds(item(container, 't12-41-00'))).toEqual([QUESTION.id, AGREE.id]);
    expect(noteIds(item(container, 't28-50-00'))).toEqual([DISAGREE.id]);
    expect(container.querySelector('.cl-group-title')).toBeNull();
  });

  it('shows a note’s stance, time, text with its line breaks, and tags', () => {
    const { container } = renderPanel({ notes: NOTES });
    const question = noteItem(container, QUESTION.id);
    const badge = question.querySelector<HTMLElement>('.cl-stance')!;
    expect([badge.textContent, badge.dataset.stance]).toEqual(['Question', 'question']);
    expect(noteItem(container, AGREE.id).querySelector('[data-stance]')?.textContent).toBe('Agree');
    expect(noteItem(container, DISAGREE.id).querySelector('[data-stance]')?.textContent).toBe('Disagree');
    expect(noteItem(container, LOOSE.id).querySelector('[data-stance]')).toBeNull();
    expect(action(question, 'seek-note').textContent).toBe('12:45');
    expect(question.querySelector('.cl-note-text')?.textContent).toBe('Which benchmarks?\nCheck the list.');
    expect([...question.querySelectorAll('.cl-note-tag')].map((t) => t.textContent)).toEqual(['#bench', '#todo']);
  });

  it('seeks, edits and deletes with the note’s own id, without seeking to the claim around it', () => {
    const { container, handlers } = renderPanel({ notes: NOTES });
    const agree = noteItem(container, AGREE.id);
    fireEvent.click(action(agree, 'seek-note'));
    expect(handlers.onSeekTime).toHaveBeenCalledWith(770);
    fireEvent.click(action(agree, 'edit-note'));
    expect(handlers.onEditNote).toHaveBeenCalledWith(AGREE.id);
    fireEvent.click(action(agree, 'delete-note'));
    expect(handlers.onDeleteNote).toHaveBeenCalledWith(AGREE.id);
    fireEvent.click(agree.querySelector('.cl-note-text')!);
    fireEvent.keyDown(action(agree, 'edit-note'), { key: 'Enter' });
    expect(handlers.onSeek).not.toHaveBeenCalled();
    // The claim itself still seeks.
    fireEvent.click(item(container, 't12-41-00').querySelector('.cl-text')!);
    expect(handlers.onSeek).toHaveBeenCalledWith('t12-41-00');
  });

  it('renders a note’s text and tags as text, never as markup', () => {
    const hostile = note(9, {
      start: 200,
      claimId: id('t03-01-00'),
      text: '<img src=x onerror=alert(1)>\n<script>alert(1)</script> **bold** [link](javascript:alert(1))',
      tags: ['<b>tag</b>'],
    });
    const { container } = renderPanel({ notes: [hostile] });
    expect(container.querySelector('img, script, b, strong a, a[href^="javascript"]')).toBeNull();
    const shown = noteItem(container, hostile.id);
    expect(shown.querySelector('.cl-note-text')?.textContent).toBe(hostile.text);
    expect(shown.querySelector('.cl-note-tag')?.textContent).toBe('#<b>tag</b>');
  });

  it('keeps the arrow keys on the claims: notes are skipped, their buttons are reached with Tab', () => {
    const notes = [note(6, { start: 240, claimId: id('t03-51-00') }), note(7, { start: 270 })];
    const { container } = renderPanel({ notes, activeId: id('t03-51-00') });
    item(container, 't03-51-00').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item(container, 't04-17-00'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item(container, 't03-51-00'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe([...container.querySelectorAll('[data-claim-id]')].at(-1));
    for (const button of noteItem(container, notes[0]!.id).querySelectorAll('button')) expect(button.tabIndex).toBe(0);
    // Arrow keys on a note's button are left to the browser.
    const edit = action(noteItem(container, notes[0]!.id), 'edit-note');
    edit.focus();
    expect(fireEvent.keyDown(edit, { key: 'ArrowDown' })).toBe(true);
    expect(document.activeElement).toBe(edit);
  });

  it('keeps the arrow keys on the claims in the time view, across a note on no claim', () => {
    const { container } = renderPanel({ notes: [LOOSE], view: 'time' });
    item(container, 't04-47-00').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item(container, 't05-45-00'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item(container, 't04-47-00'));
  });
});

describe('the notes tab', () => {
  it('sits between Time and References, counts the notes, and lists them in time order with their claim', () => {
    const { handlers } = renderPanel({ notes: NOTES });
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Sections', 'Time', 'Notes (5)', 'References (4)', 'Concepts (2)']);
    fireEvent.click(screen.getByRole('tab', { name: 'Notes (5)' }));
    expect(handlers.onViewChange).toHaveBeenCalledWith('notes');
    const view = screen.getByRole('tabpanel');
    expect(noteIds(view)).toEqual([ORPHAN.id, LOOSE.id, QUESTION.id, AGREE.id, DISAGREE.id]);
    expect(view.querySelector('[data-claim-id]')).toBeNull();
    const on = (noteId: string) => noteItem(view, noteId).querySelector('.cl-note-on')?.textContent;
    expect(on(QUESTION.id)).toMatch(/^on “Oscar CIO presented a critical review of .+…”$/);
    expect(on(LOOSE.id)).toBe('no claim');
    expect(on(ORPHAN.id)).toBe('on a claim no longer in this talk');
    fireEvent.click(action(noteItem(view, DISAGREE.id), 'seek-note'));
    expect(handlers.onSeekTime).toHaveBeenCalledWith(1700);
    fireEvent.click(action(noteItem(view, LOOSE.id), 'delete-note'));
    expect(handlers.onDeleteNote).toHaveBeenCalledWith(LOOSE.id);
  });

  it('says how to write the first note when there is none', () => {
    renderPanel({ view: 'notes' });
    expect(screen.getByRole('tab', { name: 'Notes (0)' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('No notes yet. Press Add note (or n) to write one at the current moment.');
  });
});

describe('adding, deleting and undoing', () => {
  it('has an Add note button in the head, collapsed and in the overlay too', () => {
    const { container, handlers, update } = renderPanel();
    const add = () => within(container.querySelector('header')!).getByRole('button', { name: 'Add note' });
    expect(add().dataset.action).toBe('add-note');
    fireEvent.click(add());
    expect(handlers.onAddNote).toHaveBeenCalledTimes(1);
    update({ collapsed: true, layout: 'overlay' });
    fireEvent.click(add());
    expect(handlers.onAddNote).toHaveBeenCalledTimes(2);
  });

  it('adds a note on n pressed in the panel, but not with a modifier or while typing', () => {
    const { container, handlers, update } = renderPanel({ notes: [QUESTION] });
    const claim = item(container, 't12-41-00');
    claim.focus();
    expect(fireEvent.keyDown(claim, { key: 'n' })).toBe(false);
    expect(handlers.onAddNote).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Time' }), { key: 'n' });
    fireEvent.keyDown(action(noteItem(container, QUESTION.id), 'edit-note'), { key: 'n' });
    expect(handlers.onAddNote).toHaveBeenCalledTimes(3);
    fireEvent.keyDown(claim, { key: 'n', ctrlKey: true });
    fireEvent.keyDown(claim, { key: 'N', shiftKey: true });
    fireEvent.keyDown(claim, { key: 'n', repeat: true });
    expect(handlers.onAddNote).toHaveBeenCalledTimes(3);

    update({ editor: { noteId: null, start: 0, claimId: null, text: '', stance: null, tags: '', saving: false, error: null } });
    const text = container.querySelector<HTMLTextAreaElement>('[data-field="note-text"]')!;
    expect(fireEvent.keyDown(text, { key: 'n' })).toBe(true);
    fireEvent.keyDown(container.querySelector('[data-field="note-tags"]')!, { key: 'n' });
    fireEvent.keyDown(container.querySelector('[data-field="note-claim"]')!, { key: 'n' });
    // The editor's own buttons belong to the draft being written, not to the panel.
    fireEvent.keyDown(container.querySelector('[data-stance="agree"]')!, { key: 'n' });
    expect(handlers.onAddNote).toHaveBeenCalledTimes(3);
  });

  it('offers Undo after a delete, and moves focus there from the deleted note', () => {
    const { container, handlers, update } = renderPanel({ notes: [QUESTION, AGREE] });
    expect(action(container, 'undo-delete')).toBeNull();
    const remove = action(noteItem(container, AGREE.id), 'delete-note');
    remove.focus();
    fireEvent.click(remove);
    expect(handlers.onDeleteNote).toHaveBeenCalledWith(AGREE.id);
    update({ notes: [QUESTION], undo: AGREE, status: 'Note deleted' });
    const undo = action(container, 'undo-delete');
    expect(undo.parentElement?.textContent).toBe('Note deleted.Undo');
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(handlers.onUndoDelete).toHaveBeenCalledTimes(1);
    update({ notes: [QUESTION, AGREE], undo: null });
    expect(action(container, 'undo-delete')).toBeNull();
    expect(noteIds(container)).toEqual([QUESTION.id, AGREE.id]);
  });

  it('says what happened in a polite live region', () => {
    const { update } = renderPanel();
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    update({ status: 'Note saved' });
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe('Note saved');
    update({ collapsed: true });
    expect(screen.getByRole('status').textContent).toBe('Note saved');
  });
});

describe('a changed note', () => {
  it('is shown anew in the same claim item', () => {
    const { container, update } = renderPanel({ notes: [QUESTION] });
    const claim = item(container, 't12-41-00');
    const text = claim.querySelector('.cl-text');
    update({ notes: [{ ...QUESTION, text: 'Edited' }] });
    expect(item(container, 't12-41-00')).toBe(claim);
    expect(claim.querySelector('.cl-text')).toBe(text);
    expect(noteItem(claim, QUESTION.id).querySelector('.cl-note-text')?.textContent).toBe('Edited');
  });
});

// @vitest-environment happy-dom
/** Import & export: exporting everything, backing up notes, importing files, and what came of it. */
import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TransferMessage } from '../../../src/ui/library/library-props';
import { action, renderLibrary } from './library-fixtures';

// happy-dom has no `ondrop` (and kin) on elements, so Preact would listen for
// `Drop` instead of `drop`; browsers have them. Give the test DOM the same.
beforeAll(() => {
  for (const name of ['ondragenter', 'ondragover', 'ondragleave', 'ondrop']) {
    if (!(name in HTMLElement.prototype)) Object.defineProperty(HTMLElement.prototype, name, { value: null, writable: true, configurable: true });
  }
});

const onTransfer = (more = {}) => renderLibrary({ route: { page: 'transfer' }, ...more });
const importField = (root: ParentNode) => root.querySelector<HTMLInputElement>('[data-field="import"]')!;

describe('import & export', () => {
  it('exports every talk in each format', () => {
    const { container, handlers } = onTransfer();
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('[data-action="export-all"]')];
    expect(buttons.map((b) => b.dataset.format)).toEqual(['markdown', 'annotations', 'vtt', 'bibtex']);
    for (const button of buttons) fireEvent.click(button);
    expect(handlers.onExport.mock.calls).toEqual([
      ['markdown', null],
      ['annotations', null],
      ['vtt', null],
      ['bibtex', null],
    ]);
  });

  it('backs up all notes', () => {
    const { container, handlers } = onTransfer();
    const backup = action(container, 'backup');
    expect(backup.textContent).toBe('Back up all notes');
    fireEvent.click(backup);
    expect(handlers.onBackup).toHaveBeenCalledOnce();
  });

  it('imports the chosen files, several at once, of the accepted kinds', () => {
    const { container, handlers } = onTransfer();
    const input = importField(container);
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.jsonld,.json,.md,.markdown,.txt');
    const notes = new File(['{}'], 'notes.jsonld', { type: 'application/ld+json' });
    const talk = new File(['---\ntitle: T\n---'], 'talk.md', { type: 'text/markdown' });
    fireEvent.change(input, { target: { files: [notes, talk] } });
    expect(handlers.onImportFiles).toHaveBeenCalledExactlyOnceWith([notes, talk]);
    // Choosing nothing imports nothing.
    fireEvent.change(input, { target: { files: [] } });
    expect(handlers.onImportFiles).toHaveBeenCalledOnce();
  });

  it('imports files dropped on the drop zone', () => {
    const { container, handlers } = onTransfer();
    const zone = container.querySelector<HTMLElement>('[data-drop="import"]')!;
    const file = new File(['{}'], 'backup.json');
    fireEvent.dragEnter(zone, { dataTransfer: { files: [file] } });
    expect(zone.classList.contains('over')).toBe(true);
    // The browser would open the file itself unless dragover is cancelled.
    expect(fireEvent.dragOver(zone, { dataTransfer: { files: [file], dropEffect: 'none' } })).toBe(false);
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(handlers.onImportFiles).toHaveBeenCalledExactlyOnceWith([file]);
    expect(zone.classList.contains('over')).toBe(false);
  });

  it('explains what each kind of file does', () => {
    const { container } = onTransfer();
    const text = container.querySelector('main')!.textContent!;
    expect(text).toContain('where one note is in both, the newer edit wins');
    expect(text).toContain('If any item of a file is invalid, nothing of that file changes');
    expect(text).toContain('Each adds a talk');
  });

  it('shows every message; errors as alerts with their details in a list', () => {
    const messages: TransferMessage[] = [
      { kind: 'ok', text: 'backup.jsonld: 12 notes added, 3 updated.', details: [] },
      {
        kind: 'error',
        text: 'notes.jsonld was not imported: 1 problem.',
        details: ['notes.jsonld: item 3: target.selector.value: must be a media fragment'],
      },
      { kind: 'error', text: 'talk.md was not imported.', details: ['talk.md:4:1: videoId is missing', 'talk.md:9:3: timestamp [99:99] is not a time'] },
    ];
    const { container } = onTransfer({ messages });
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.querySelector('.lib-message-text')?.textContent)).toEqual(['notes.jsonld was not imported: 1 problem.', 'talk.md was not imported.']);
    const details = within(alerts[1]!).getAllByRole('listitem').map((li) => li.textContent);
    expect(details).toEqual(['talk.md:4:1: videoId is missing', 'talk.md:9:3: timestamp [99:99] is not a time']);
    expect(alerts[1]!.querySelector('ul')?.classList.contains('lib-details')).toBe(true);
    const ok = [...container.querySelectorAll<HTMLElement>('.lib-message')].find((m) => m.dataset.kind === 'ok')!;
    expect(ok.getAttribute('role')).toBeNull();
    expect(ok.textContent).toBe('backup.jsonld: 12 notes added, 3 updated.');
  });

  it('says it is working, and takes no new work meanwhile', () => {
    const { container } = onTransfer({ busy: true });
    expect(screen.getByText('Working…')).toBeTruthy();
    expect(importField(container).disabled).toBe(true);
    expect(action(container, 'backup').hasAttribute('disabled')).toBe(true);
    expect([...container.querySelectorAll<HTMLButtonElement>('[data-action="export-all"]')].every((b) => b.disabled)).toBe(true);
  });
});

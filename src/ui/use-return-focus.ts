/**
 * Keyboard focus after the note editor closes or a note is deleted: the
 * focused control went away with the editor (or the note), and focus would
 * fall to the page, where YouTube's own shortcuts take the next key. It goes
 * to the note just edited, else to Add note; after a delete, to Undo. Only
 * when focus was lost: a viewer who clicked elsewhere keeps their focus.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { NoteId } from '../core/ids';
import { findByAttribute } from './scroll-within';

/** `editing`: the note the editor is open on, `'new'`, or null when closed. `deleted`: the note offered for undo, or null. */
export function useReturnFocus(root: RefObject<HTMLElement | null>, editing: NoteId | 'new' | null, deleted: NoteId | null): void {
  const previous = useRef({ editing, deleted });
  useLayoutEffect(() => {
    const was = previous.current;
    previous.current = { editing, deleted };
    const box = root.current;
    if (!box) return;
    const page = box.ownerDocument;
    // Inside a shadow root, a focused panel shows as its host; lost focus shows as the body.
    if (page.activeElement !== null && page.activeElement !== page.body) return;
    let target: HTMLElement | null = null;
    if (deleted !== null && deleted !== was.deleted) {
      target = box.querySelector<HTMLElement>('[data-action="undo-delete"]');
    } else if (was.editing !== null && editing === null) {
      const note = was.editing === 'new' ? null : findByAttribute(box, 'data-note-id', was.editing);
      target = note?.querySelector<HTMLElement>('[data-action="edit-note"]') ?? box.querySelector<HTMLElement>('[data-action="add-note"]');
    }
    target?.focus({ preventScroll: true });
  }, [root, editing, deleted]);
}

/** The panel's own key for a new note. */

/** Where a key is typing, not a command: fields, and the whole note editor (its buttons included). */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), .cl-editor';

/**
 * Whether a key pressed inside the panel asks for a new note: a plain `n`
 * (no modifier, not held down) outside any field. Anywhere else on the page
 * the global shortcut does this, not the panel.
 */
export function isAddNoteKey(event: KeyboardEvent): boolean {
  if (event.key !== 'n' || event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.isComposing) return false;
  const target = event.target;
  return !(target instanceof Element && target.closest(TYPING) !== null);
}

/** A note's place in a list: the note, or the editor in its stead while it is being edited. */
import type { Note } from '../core/note';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import type { NoteKit } from './note-kit';
import type { NoteEditorState } from './panel-props';

export interface NoteSlotProps {
  note: Note;
  /** The editor open on an existing note, or null; it replaces this note's item if it is this note's. */
  editor: NoteEditorState | null;
  kit: NoteKit;
  /** The claim the note is on, in words, where the list does not show it. */
  context?: string;
}

export function NoteSlot({ note, editor, kit, context }: NoteSlotProps) {
  if (editor !== null && editor.noteId === note.id) {
    return (
      <li class="cl-note cl-note-editing">
        <NoteEditor editor={editor} kit={kit} />
      </li>
    );
  }
  return <NoteItem note={note} actions={kit.actions} context={context} />;
}

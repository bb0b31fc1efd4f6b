/** A note's place in a list: the note, or the editor in its stead while it is being edited; and a claim's list of them. */
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

/** The viewer's notes under a claim (nothing when there are none), each in its slot. */
export function ClaimNotes({ notes, editor, kit }: { notes: readonly Note[]; editor: NoteEditorState | null; kit: NoteKit }) {
  if (notes.length === 0) return null;
  return (
    <ul class="cl-notes" aria-label="Your notes">
      {notes.map((note) => (
        <NoteSlot key={note.id} note={note} editor={editor} kit={kit} />
      ))}
    </ul>
  );
}

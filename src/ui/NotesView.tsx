/** All the viewer's notes on this talk, in time order, each saying which claim it is on. */
import type { Note } from '../core/note';
import { onClaim, type NoteKit } from './note-kit';
import { NoteSlot } from './NoteSlot';
import type { NoteEditorState } from './panel-props';

export interface NotesViewProps {
  /** Time order. */
  notes: readonly Note[];
  /** The editor while it is open on one of `notes`; else null. */
  editor: NoteEditorState | null;
  kit: NoteKit;
}

export function NotesView({ notes, editor, kit }: NotesViewProps) {
  if (notes.length === 0) {
    return <p class="cl-empty">No notes yet. Press Add note (or n) to write one at the current moment.</p>;
  }
  return (
    <div class="cl-scroll">
      <ol class="cl-claims cl-all-notes">
        {notes.map((note) => (
          <NoteSlot key={note.id} note={note} editor={editor} kit={kit} context={onClaim(note.claimId, kit.byId) ?? 'no claim'} />
        ))}
      </ol>
    </div>
  );
}

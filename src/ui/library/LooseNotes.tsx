/** The talk page's notes on no claim (or on a claim the talk no longer has), a page at a time. */
import { useId } from 'preact/hooks';
import type { Note } from '../../core/note';
import { onClaim, type NoteKit } from '../note-kit';
import { NoteSlot } from '../NoteSlot';
import type { NoteEditorState } from '../panel-props';
import { ShowMore } from './ShowMore';

export interface LooseNotesProps {
  /** The notes shown, in time order. */
  shown: readonly Note[];
  total: number;
  editor: NoteEditorState | null;
  kit: NoteKit;
  onMore(): void;
}

export function LooseNotes({ shown, total, editor, kit, onMore }: LooseNotesProps) {
  const id = useId();
  if (total === 0) return null;
  return (
    <section class="lib-section" aria-labelledby={id}>
      <h2 class="lib-h2" id={id}>
        Notes not on a claim
      </h2>
      <ul class="lib-notes">
        {shown.map((note) => (
          <NoteSlot key={note.id} note={note} editor={editor} kit={kit} context={note.claimId === null ? undefined : (onClaim(note.claimId, kit.byId) ?? undefined)} />
        ))}
      </ul>
      <ShowMore shown={shown.length} total={total} noun="notes" onMore={onMore} />
    </section>
  );
}

/** The bar offered right after a note was deleted: "Note deleted." and Undo. */
import type { Note } from '../core/note';

export interface UndoBarProps {
  /** The note just deleted, or null (no bar). */
  undo: Note | null;
  onUndo(): void;
}

export function UndoBar({ undo, onUndo }: UndoBarProps) {
  if (undo === null) return null;
  return (
    <div class="cl-undo" data-note-deleted={undo.id}>
      <span>Note deleted.</span>
      <button type="button" data-action="undo-delete" onClick={() => onUndo()}>
        Undo
      </button>
    </div>
  );
}

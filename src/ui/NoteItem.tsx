/**
 * One of the viewer's notes: its moment (a button that seeks there), stance,
 * text, tags, and Edit and Delete. The text is the viewer's Markdown source,
 * shown as plain text with its line breaks: never parsed into markup.
 * Memoised: a claim item that re-renders leaves its notes alone.
 */
import type { Note } from '../core/note';
import { formatTime } from '../core/timestamp';
import { memo } from './memo';
import { STANCE_LABELS, type NoteActions } from './note-kit';

/** A note and what its buttons do; `actions` must keep its identity (see `NoteKit`). */
export interface NoteItemProps {
  note: Note;
  actions: NoteActions;
  /** The claim the note is on, in words, where the list around it does not say (the Notes view). */
  context?: string;
}

function NoteItemView({ note, actions, context }: NoteItemProps) {
  const time = formatTime(note.start);
  return (
    <li class="cl-note" data-note-id={note.id}>
      <div class="cl-note-head">
        <button
          type="button"
          class="cl-note-time"
          data-action="seek-note"
          aria-label={`Play from ${time}`}
          onClick={() => actions.onSeekTime(note.start)}
        >
          {time}
        </button>
        {note.stance !== null && (
          <span class="cl-stance" data-stance={note.stance}>
            {STANCE_LABELS[note.stance]}
          </span>
        )}
        {context !== undefined && <span class="cl-note-on">{context}</span>}
        <span class="cl-note-actions">
          <button type="button" data-action="edit-note" aria-label={`Edit note at ${time}`} onClick={() => actions.onEditNote(note.id)}>
            Edit
          </button>
          <button type="button" data-action="delete-note" aria-label={`Delete note at ${time}`} onClick={() => actions.onDeleteNote(note.id)}>
            Delete
          </button>
        </span>
      </div>
      {note.text !== '' && <p class="cl-note-text">{note.text}</p>}
      {note.tags.length > 0 && (
        <ul class="cl-note-tags" aria-label="Tags">
          {note.tags.map((tag, i) => (
            // Tags from another device or an import may repeat: the index is the key.
            <li class="cl-note-tag" key={i}>
              #{tag}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export const NoteItem = memo(NoteItemView);

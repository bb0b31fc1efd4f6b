/**
 * The contract between the overlay controller (which knows YouTube) and the
 * panel components (which know only these props). Times are seconds.
 */
import type { ClaimId, NoteId, VideoId } from '../core/ids';
import type { PanelLayout } from '../core/layout';
import type { Claim } from '../core/model';
import type { Note, Stance } from '../core/note';
import type { BundledConcept, CitedPaper } from '../core/talk-bundle';

/** The panel's tabs: the same claims by section or by time, the viewer's notes, and the talk's papers and concepts. */
export type PanelView = 'sections' | 'time' | 'notes' | 'references' | 'concepts';

/** The note editor, open for a new note (`noteId` null) or an existing one. Controlled: every change goes through `onDraftChange`. */
export interface NoteEditorState {
  noteId: NoteId | null;
  /** The moment the note is for, in seconds. */
  start: number;
  /** The claim it will be attached to, or null for none. */
  claimId: ClaimId | null;
  text: string;
  stance: Stance | null;
  /** Tags as typed, comma separated. */
  tags: string;
  /** True from the save request until its transaction completed (or failed). */
  saving: boolean;
  /** Why the last save failed, in words a viewer can act on; the draft is kept. */
  error: string | null;
}

/** The parts of the editor a viewer changes. */
export type NoteDraftChange = Partial<Pick<NoteEditorState, 'text' | 'stance' | 'tags' | 'claimId'>>;

export type { PanelLayout } from '../core/layout';

export interface PanelProps {
  title: string;
  /** Document order; `start`/`end` already checked against the video's duration. */
  claims: readonly Claim[];
  /** The claim being spoken, or null (before the first claim, or unknown). */
  activeId: ClaimId | null;
  /** Claims that start after the video ends (shown, marked as such, not seekable). */
  beyond: ReadonlySet<ClaimId>;
  /** A sentence about how the times were read, when that needs saying; else null. */
  notice: string | null;
  papers: readonly CitedPaper[];
  concepts: readonly BundledConcept[];
  view: PanelView;
  collapsed: boolean;
  /** Keep the spoken claim in view while playing (the viewer's setting). */
  followPlayback: boolean;
  layout: PanelLayout;
  theme: 'light' | 'dark';
  /** The viewer's notes on this talk, in time order (deleted ones excluded). */
  notes: readonly Note[];
  /** The open note editor, or null. */
  editor: NoteEditorState | null;
  /** A short confirmation ("Note saved") or null; shown in a polite live region. */
  status: string | null;
  /** The note just deleted, offered for undo, or null. */
  undo: Note | null;
  /** Open the editor for a new note at the current moment (button `data-action="add-note"`, or `n` in the panel). */
  onAddNote(): void;
  onEditNote(id: NoteId): void;
  onDeleteNote(id: NoteId): void;
  onUndoDelete(): void;
  onDraftChange(change: NoteDraftChange): void;
  /** Save the editor's draft (`data-action="save-note"`, or Ctrl/Cmd+Enter in the text). */
  onSaveNote(): void;
  /** Close the editor (Escape, or the Cancel button). */
  onCancelNote(): void;
  /** Seek to a note's moment. */
  onSeekTime(seconds: number): void;
  /** Seek the video to this claim's start and play. */
  onSeek(claimId: ClaimId): void;
  /** Open another talk at a moment. */
  onOpenTalk(videoId: VideoId, start: number): void;
  onViewChange(view: PanelView): void;
  onCollapsedChange(collapsed: boolean): void;
}

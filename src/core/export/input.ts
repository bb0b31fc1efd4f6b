/** What every export format reads: one talk, the viewer's notes on it, and when the export was made. */
import { visibleNotes, type Note } from '../note';
import type { TalkBundle } from '../talk-bundle';

/** One talk to export. */
export interface ExportInput {
  /** The talk with the papers it cites (see `talkBundle`). */
  bundle: TalkBundle;
  /**
   * The viewer's notes, as stored: tombstones (`deletedAt !== null`) and notes
   * on other videos may be included, they are never exported.
   */
  notes: readonly Note[];
  /** When the export is made: written into the files, passed in so the core stays pure. */
  exportedAt: Date;
  /** The video's real length in seconds when known (the overlay knows it): where the last VTT cue ends. */
  duration?: number | null;
}

/** The notes an export shows: not deleted, on this talk's video, in time order (ties: oldest first). */
export function exportedNotes(input: Pick<ExportInput, 'bundle' | 'notes'>): Note[] {
  const videoId = input.bundle.talk.videoId;
  return visibleNotes(input.notes.filter((note) => note.videoId === videoId));
}

/** `2025-03-01`: the UTC day of an export, for file names. */
export function exportDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

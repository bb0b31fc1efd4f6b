/**
 * One claim on the talk page: its time (a button that opens the talk on
 * YouTube there), label, text, cited papers and the viewer's notes on it,
 * editable in place. Memoised: handlers and `papers` must keep their identity.
 */
import type { RefKey } from '../../core/ids';
import type { Claim } from '../../core/model';
import type { Note } from '../../core/note';
import { claimPapers, type CitedPaper } from '../../core/talk-bundle';
import { formatTime } from '../../core/timestamp';
import { CitationChip } from '../CitationChip';
import { ClaimText } from '../ClaimText';
import { memo } from '../memo';
import type { NoteKit } from '../note-kit';
import { ClaimNotes } from '../NoteSlot';
import type { NoteEditorState } from '../panel-props';

export interface LibraryClaimProps {
  claim: Claim;
  /** The claim's notes shown on this page, in time order; the same array until they change. */
  notes: readonly Note[];
  /** The editor, only while it is open on one of `notes`; else null. */
  editor: NoteEditorState | null;
  papers: ReadonlyMap<RefKey, CitedPaper>;
  kit: NoteKit;
  /** Opens the talk on YouTube at `start`. */
  onOpen(start: number): void;
}

function LibraryClaimView({ claim, notes, editor, papers, kit, onOpen }: LibraryClaimProps) {
  const time = formatTime(claim.start);
  const cited = claim.references.length > 0 ? claimPapers(claim, papers) : [];
  return (
    <li class="lib-claim" data-claim-id={claim.id}>
      <button type="button" class="cl-time lib-time" data-action="open-claim" aria-label={`Play from ${time} on YouTube`} onClick={() => onOpen(claim.start)}>
        {time}
      </button>
      <div class="cl-body">
        <ClaimText label={claim.label} text={claim.text} />
        {cited.length > 0 && (
          <div class="cl-meta">
            {cited.map((paper) => (
              <CitationChip key={paper.key} paper={paper} />
            ))}
          </div>
        )}
        <ClaimNotes notes={notes} editor={editor} kit={kit} />
      </div>
    </li>
  );
}

export const LibraryClaim = memo(LibraryClaimView);

/**
 * One claim of the list: its time, bold label, text, citation chips, concept
 * tags and the viewer's notes on it. Memoised; clicks and keys are handled by
 * the list around it.
 */
import type { ConceptKey, RefKey } from '../core/ids';
import type { Claim } from '../core/model';
import type { Note } from '../core/note';
import { claimPapers, type CitedPaper } from '../core/talk-bundle';
import { formatTime } from '../core/timestamp';
import { CitationChip } from './CitationChip';
import { ClaimText } from './ClaimText';
import { memo } from './memo';
import type { NoteKit } from './note-kit';
import { ClaimNotes } from './NoteSlot';
import type { NoteEditorState } from './panel-props';

/** What one claim item shows; every prop is compared for memoisation, so handlers must be stable. */
export interface ClaimItemProps {
  claim: Claim;
  /** The claim being spoken. */
  active: boolean;
  /** Starts before the active claim: shown dimmed. */
  passed: boolean;
  /** Starts after the video's end: marked, not seekable. */
  beyond: boolean;
  /** The list's one tab stop (roving tabindex). */
  tabbable: boolean;
  /** The claim's section path, shown by the time view; null in the sections view. */
  section: string | null;
  /** Papers that may show as chips, by key. */
  papers: ReadonlyMap<RefKey, CitedPaper>;
  onConcept(key: ConceptKey): void;
  /** The viewer's notes on this claim, in time order; the same array until they change. */
  notes: readonly Note[];
  /** The editor, only while it is open on one of `notes`; else null. */
  editor: NoteEditorState | null;
  noteKit: NoteKit;
}

function ClaimItemView({ claim, active, passed, beyond, tabbable, section, papers, onConcept, notes, editor, noteKit }: ClaimItemProps) {
  const cited = claim.references.length > 0 ? claimPapers(claim, papers) : [];
  return (
    <li
      class={passed ? 'cl-claim passed' : 'cl-claim'}
      data-claim-id={claim.id}
      data-start={String(claim.start)}
      data-beyond={beyond ? 'true' : undefined}
      aria-current={active ? 'true' : undefined}
      aria-disabled={beyond ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
    >
      <span class="cl-time">{formatTime(claim.start)}</span>
      <div class="cl-body">
        {section !== null && <div class="cl-section">{section}</div>}
        <ClaimText label={claim.label} text={claim.text} />
        {beyond && <div class="cl-beyond">after the video's end</div>}
        {(cited.length > 0 || claim.concepts.length > 0) && (
          <div class="cl-meta">
            {cited.map((paper) => (
              <CitationChip key={paper.key} paper={paper} />
            ))}
            {claim.concepts.map((concept) => (
              <button type="button" class="cl-tag" key={concept.key} onClick={() => onConcept(concept.key)}>
                {concept.label}
              </button>
            ))}
          </div>
        )}
        <ClaimNotes notes={notes} editor={editor} kit={noteKit} />
      </div>
    </li>
  );
}

export const ClaimItem = memo(ClaimItemView);

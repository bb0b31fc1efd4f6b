/**
 * The talk page's claims by section, each with the viewer's notes under it,
 * a page of rows at a time (see `talk-outline.ts`).
 */
import { useId } from 'preact/hooks';
import type { ClaimId, RefKey } from '../../core/ids';
import type { CitedPaper } from '../../core/talk-bundle';
import type { NoteKit } from '../note-kit';
import type { NoteEditorState } from '../panel-props';
import { LibraryClaim } from './LibraryClaim';
import { ShowMore } from './ShowMore';
import type { OutlinePage } from './talk-outline';

export interface TalkClaimsProps {
  page: OutlinePage;
  /** The editor while it is open in place on a note of this page (its claim's id), else null. */
  editor: NoteEditorState | null;
  editingClaim: ClaimId | null;
  papers: ReadonlyMap<RefKey, CitedPaper>;
  kit: NoteKit;
  /** Must keep its identity (items are memoised). */
  onOpen(start: number): void;
  onMore(): void;
}

export function TalkClaims({ page, editor, editingClaim, papers, kit, onOpen, onMore }: TalkClaimsProps) {
  const id = useId();
  return (
    <section class="lib-section" aria-labelledby={id}>
      <h2 class="lib-h2" id={id}>
        Claims
      </h2>
      <p class="lib-hint">
        Notes are written while watching: on YouTube, press Add note (or <kbd>n</kbd>) in Claimline's panel. Here you can edit or delete
        the notes you have.
      </p>
      {page.total === 0 && <p class="cl-empty">This talk has no claims.</p>}
      {page.sections.map((section) => (
        <div class="lib-group" key={section.key}>
          {section.title !== null && (
            <h3 class="lib-h3">
              {section.parents !== null && <span class="cl-group-parents">{section.parents} › </span>}
              {section.title}
            </h3>
          )}
          <ol class="lib-claims">
            {section.claims.map(({ claim, notes }) => (
              <LibraryClaim
                key={claim.id}
                claim={claim}
                notes={notes}
                editor={editingClaim === claim.id ? editor : null}
                papers={papers}
                kit={kit}
                onOpen={onOpen}
              />
            ))}
          </ol>
        </div>
      ))}
      <ShowMore shown={page.shown} total={page.total} noun="claims and notes" onMore={onMore} />
    </section>
  );
}

/**
 * The talk's claims, by section or by time: one scrolling list that follows
 * the active claim, moves focus with the arrow keys (roving tabindex) and
 * seeks on click, Enter or Space. The viewer's notes sit under their claims;
 * notes on no claim sit at their time (time view) or in a last group
 * (sections view). The arrow keys move between claims only; a note's buttons
 * are reached with Tab. Items are memoised: a new `activeId` re-renders only
 * the items whose state changed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimId, ConceptKey, RefKey } from '../core/ids';
import type { Claim } from '../core/model';
import type { Note } from '../core/note';
import type { CitedPaper } from '../core/talk-bundle';
import { ClaimItem } from './ClaimItem';
import { groupBySection, groupByTime, sectionPath } from './claim-groups';
import { groupNotes, interleave, type ListRow, type NoteGroups } from './note-groups';
import type { NoteKit } from './note-kit';
import { NoteSlot } from './NoteSlot';
import type { NoteEditorState } from './panel-props';
import { findByAttribute, scrollWithin } from './scroll-within';
import { useFollow } from './use-follow';

/** The claims and the playback state the list shows, and what it reports. */
export interface ClaimListProps {
  /** Keep the active claim in view while it changes (the viewer's setting); default true. */
  followPlayback?: boolean;
  arrangement: 'sections' | 'time';
  /** Document order. */
  claims: readonly Claim[];
  /** The claim being spoken, or null. */
  active: Claim | null;
  beyond: ReadonlySet<ClaimId>;
  /** The papers that may show as chips, by key. */
  papers: ReadonlyMap<RefKey, CitedPaper>;
  onSeek(claimId: ClaimId): void;
  /** A concept tag was chosen. Must keep its identity across renders (items are memoised). */
  onConcept(key: ConceptKey): void;
  /** The viewer's notes, in time order. */
  notes: readonly Note[];
  /** The editor while it is open on one of `notes` (it takes that note's place); else null. */
  editor: NoteEditorState | null;
  noteKit: NoteKit;
}

const ITEM = '[data-claim-id]';
/** A claim's own notes are not the claim: a click or key there does not seek. */
const NOT_THE_CLAIM = 'a, button, [role="tooltip"], .cl-notes';
const NO_NOTES: readonly Note[] = [];

/** The claim item `target` is, or is inside of, if no link, button or note of the item sits in between. */
function claimOf(target: EventTarget | null, container: HTMLElement): { item: HTMLElement; id: ClaimId } | null {
  if (!(target instanceof Element) || !container.contains(target)) return null;
  const item = target.closest<HTMLElement>(ITEM);
  const control = target.closest(NOT_THE_CLAIM);
  if (!item || (control && item.contains(control))) return null;
  return { item, id: item.dataset.claimId as ClaimId };
}

export function ClaimList(props: ClaimListProps) {
  const { arrangement, claims, active, beyond, papers, onSeek, onConcept, notes, editor, noteKit, followPlayback = true } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => (arrangement === 'time' ? groupByTime(claims) : groupBySection(claims)), [arrangement, claims]);
  const follow = useFollow(scroller, active?.id ?? null, groups, followPlayback);
  // The claim last focused: it keeps the list's tab stop while the viewer moves around.
  const [focusedId, setFocusedId] = useState<ClaimId | null>(null);
  const ids = useMemo(() => new Set(claims.map((claim) => claim.id)), [claims]);
  // Grouped once per change of the notes; a claim whose notes stay the same
  // keeps the same array, so its memoised item does not re-render.
  const lastNoted = useRef<NoteGroups | undefined>(undefined);
  const noted = useMemo(() => groupNotes(notes, ids, lastNoted.current), [notes, ids]);
  lastNoted.current = noted;
  const rows = useMemo(
    () =>
      groups.map((group): ListRow[] =>
        arrangement === 'time' ? interleave(group.claims, noted.loose) : group.claims.map((claim) => ({ kind: 'claim', claim })),
      ),
    [arrangement, groups, noted],
  );
  const editing = editor !== null && editor.noteId !== null ? noted.home.get(editor.noteId) : undefined;
  // While a note is edited in the list, the list stays put: following would scroll the editor away.
  const editingHere = editing !== undefined;
  useEffect(() => {
    if (editingHere) follow.pause();
  }, [editingHere]);
  const tabStop = (focusedId !== null && ids.has(focusedId) ? focusedId : null) ?? active?.id ?? claims[0]?.id ?? null;
  const activeStart = active?.start ?? -Infinity;

  const seek = (id: ClaimId) => {
    if (beyond.has(id)) return;
    follow.resume();
    onSeek(id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const box = scroller.current;
    const hit = box && claimOf(event.target, box);
    if (!box || !hit || event.target !== hit.item) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      seek(hit.id);
      return;
    }
    const items = [...box.querySelectorAll<HTMLElement>(ITEM)];
    const index = items.indexOf(hit.item);
    const moves: Partial<Record<string, number>> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = items[target];
    if (!next) return;
    follow.pause();
    next.focus({ preventScroll: true });
    scrollWithin(box, next);
  };

  const onClick = (event: MouseEvent) => {
    const hit = scroller.current && claimOf(event.target, scroller.current);
    if (hit) seek(hit.id);
  };

  const onFocusIn = (event: FocusEvent) => {
    const hit = scroller.current && claimOf(event.target, scroller.current);
    if (hit && event.target === hit.item) setFocusedId(hit.id);
  };

  return (
    <div class="cl-list">
      <div class="cl-scroll" ref={scroller} onKeyDown={onKeyDown} onClick={onClick} onFocusIn={onFocusIn}>
        {groups.map((group, g) => (
          <div class="cl-group" key={group.key}>
            {group.title !== null && (
              <h3 class="cl-group-title">
                {group.parents !== null && <span class="cl-group-parents">{group.parents} › </span>}
                {group.title}
              </h3>
            )}
            <ol class="cl-claims">
              {rows[g]?.map((row) =>
                row.kind === 'note' ? (
                  <NoteSlot key={`note-${row.note.id}`} note={row.note} editor={editor} kit={noteKit} />
                ) : (
                  <ClaimItem
                    key={row.claim.id}
                    claim={row.claim}
                    active={row.claim.id === active?.id}
                    passed={row.claim.start < activeStart}
                    beyond={beyond.has(row.claim.id)}
                    tabbable={row.claim.id === tabStop}
                    section={group.showSection ? sectionPath(row.claim.section) : null}
                    papers={papers}
                    onConcept={onConcept}
                    notes={noted.byClaim.get(row.claim.id) ?? NO_NOTES}
                    editor={editing === row.claim.id ? editor : null}
                    noteKit={noteKit}
                  />
                ),
              )}
            </ol>
          </div>
        ))}
        {arrangement === 'sections' && noted.loose.length > 0 && (
          <div class="cl-group" key="loose-notes">
            <h3 class="cl-group-title">Notes not on a claim</h3>
            <ol class="cl-claims">
              {noted.loose.map((note) => (
                <NoteSlot key={note.id} note={note} editor={editor} kit={noteKit} />
              ))}
            </ol>
          </div>
        )}
      </div>
      {!follow.following && (
        <button
          type="button"
          class="cl-back"
          data-action="back-to-now"
          onClick={() => {
            // The button goes away: hand focus to the claim it brings back.
            const box = scroller.current;
            const item = box && active ? findByAttribute(box, 'data-claim-id', active.id) : null;
            setFocusedId(null);
            item?.focus({ preventScroll: true });
            follow.resume();
          }}
        >
          Back to now
        </button>
      )}
    </div>
  );
}

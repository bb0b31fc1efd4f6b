/**
 * Where the viewer's notes go in the claim lists: under their claim, or,
 * without one, at their time among the claims (time view) or in a last group
 * (sections view). Pure.
 */
import type { ClaimId, NoteId } from '../core/ids';
import type { Claim } from '../core/model';
import type { Note } from '../core/note';

/** Notes split by where they are shown; every array keeps the notes' time order. */
export interface NoteGroups {
  /** Each claim's notes. A claim without notes has no entry. */
  byClaim: ReadonlyMap<ClaimId, readonly Note[]>;
  /**
   * Notes on no claim, and notes whose claim is not in this talk (any more):
   * a claim dropped from a rebuilt summary must not take the viewer's note with it.
   */
  loose: readonly Note[];
  /** Where each note is shown: its claim, or null among the loose notes. */
  home: ReadonlyMap<NoteId, ClaimId | null>;
}

/**
 * Groups `notes` (time order) by the claims of `claimIds`. A claim whose notes
 * are the same as in `previous` keeps `previous`'s array: its memoised item
 * does not re-render when another claim's note is saved.
 */
export function groupNotes(notes: readonly Note[], claimIds: ReadonlySet<ClaimId>, previous?: NoteGroups): NoteGroups {
  const lists = new Map<ClaimId, Note[]>();
  const loose: Note[] = [];
  const home = new Map<NoteId, ClaimId | null>();
  for (const note of notes) {
    const claimId = note.claimId !== null && claimIds.has(note.claimId) ? note.claimId : null;
    home.set(note.id, claimId);
    if (claimId === null) {
      loose.push(note);
      continue;
    }
    const list = lists.get(claimId);
    if (list) list.push(note);
    else lists.set(claimId, [note]);
  }
  const byClaim = new Map<ClaimId, readonly Note[]>();
  for (const [claimId, list] of lists) {
    const before = previous?.byClaim.get(claimId);
    byClaim.set(claimId, before && sameNotes(before, list) ? before : list);
  }
  return { byClaim, loose, home };
}

const sameNotes = (a: readonly Note[], b: readonly Note[]) => a.length === b.length && a.every((note, i) => note === b[i]);

/** One row of a claim list: a claim (with its own notes inside), or a note on no claim. */
export type ListRow = { kind: 'claim'; claim: Claim } | { kind: 'note'; note: Note };

/**
 * Claims and loose notes, both in time order, merged by time: a note comes
 * after every claim that starts at or before it, so it sits within the claim
 * being spoken at its moment.
 */
export function interleave(claims: readonly Claim[], notes: readonly Note[]): ListRow[] {
  const rows: ListRow[] = [];
  let next = 0;
  for (const claim of claims) {
    for (let note = notes[next]; note !== undefined && note.start < claim.start; note = notes[++next]) {
      rows.push({ kind: 'note', note });
    }
    rows.push({ kind: 'claim', claim });
  }
  for (const note of notes.slice(next)) rows.push({ kind: 'note', note });
  return rows;
}

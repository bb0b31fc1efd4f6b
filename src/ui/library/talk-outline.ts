/**
 * The talk page's claims by section with the viewer's notes under them, cut
 * to a page: a claim and each note on it count one row each, so that a talk
 * with thousands of notes on a few claims still renders a page at a time.
 * Pure.
 */
import type { ClaimId } from '../../core/ids';
import type { Claim } from '../../core/model';
import type { Note } from '../../core/note';
import type { ClaimGroup } from '../claim-groups';

/** A claim and the notes on it that are shown. */
export interface OutlineClaim {
  claim: Claim;
  /** The claim's notes on this page: the very array given when all of them fit, so memoised items stay put. */
  notes: readonly Note[];
}

export interface OutlineSection {
  key: string;
  title: string | null;
  parents: string | null;
  claims: OutlineClaim[];
}

export interface OutlinePage {
  sections: OutlineSection[];
  /** Rows shown and rows in all (claims plus the notes on them). */
  shown: number;
  total: number;
}

const NONE: readonly Note[] = [];

/** The first `limit` rows of `groups`, with each claim's notes from `byClaim`. */
export function outlinePage(groups: readonly ClaimGroup[], byClaim: ReadonlyMap<ClaimId, readonly Note[]>, limit: number): OutlinePage {
  let total = 0;
  for (const group of groups) for (const claim of group.claims) total += 1 + (byClaim.get(claim.id)?.length ?? 0);
  const sections: OutlineSection[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    const claims: OutlineClaim[] = [];
    for (const claim of group.claims) {
      if (left <= 0) break;
      left -= 1;
      const notes = byClaim.get(claim.id) ?? NONE;
      claims.push({ claim, notes: notes.length <= left ? notes : notes.slice(0, left) });
      left -= Math.min(notes.length, left);
    }
    sections.push({ key: group.key, title: group.title, parents: group.parents, claims });
  }
  return { sections, shown: limit - left, total };
}

/** Whether the note `id` is among the notes of `page`. */
export function pageHasNote(page: OutlinePage, claimId: ClaimId, id: Note['id']): boolean {
  for (const section of page.sections) {
    const entry = section.claims.find((c) => c.claim.id === claimId);
    if (entry) return entry.notes.some((note) => note.id === id);
  }
  return false;
}

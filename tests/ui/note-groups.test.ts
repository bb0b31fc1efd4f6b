/** Where notes go in the claim lists: pure, no DOM. */
import { describe, expect, it } from 'vitest';
import { asClaimId, asNoteId, asVideoId, type ClaimId } from '../../src/core/ids';
import type { Claim } from '../../src/core/model';
import type { Note } from '../../src/core/note';
import { groupNotes, interleave } from '../../src/ui/note-groups';

const claim = (id: string, start: number): Claim => ({
  id: asClaimId(id),
  start,
  end: null,
  text: id,
  label: null,
  section: [],
  line: 1,
  column: 1,
  marker: id,
  concepts: [],
  references: [],
});

const note = (n: number, start: number, claimId: string | null): Note => ({
  id: asNoteId(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`),
  videoId: asVideoId('zFeAtV7AN0A'),
  start,
  end: null,
  claimId: claimId === null ? null : asClaimId(claimId),
  text: `note ${n}`,
  stance: null,
  tags: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  deletedAt: null,
});

const CLAIMS = [claim('a', 10), claim('b', 20), claim('c', 30)];
const IDS: ReadonlySet<ClaimId> = new Set(CLAIMS.map((c) => c.id));

describe('groupNotes', () => {
  it('puts notes under their claims in the given order, and claim-less or orphaned notes apart', () => {
    const notes = [note(1, 5, null), note(2, 12, 'a'), note(3, 15, 'a'), note(4, 25, 'gone'), note(5, 31, 'c')];
    const groups = groupNotes(notes, IDS);
    expect([...groups.byClaim.entries()].map(([id, list]) => [id, list.map((n) => n.text)])).toEqual([
      ['a', ['note 2', 'note 3']],
      ['c', ['note 5']],
    ]);
    expect(groups.byClaim.has(asClaimId('b'))).toBe(false);
    // A note whose claim left the talk is not lost: it is shown with the notes on no claim.
    expect(groups.loose.map((n) => n.text)).toEqual(['note 1', 'note 4']);
    expect(groups.home.get(notes[1]!.id)).toBe('a');
    expect(groups.home.get(notes[3]!.id)).toBeNull();
  });
});

describe('interleave', () => {
  it('places each note after the claims that start at or before it', () => {
    const rows = interleave(CLAIMS, [note(1, 0, null), note(2, 10, null), note(3, 19.5, null), note(4, 99, null)]);
    expect(rows.map((r) => (r.kind === 'claim' ? r.claim.id : r.note.text))).toEqual([
      'note 1',
      'a',
      'note 2',
      'note 3',
      'b',
      'c',
      'note 4',
    ]);
  });

  it('keeps the claims alone when there are no notes', () => {
    expect(interleave(CLAIMS, []).map((r) => r.kind)).toEqual(['claim', 'claim', 'claim']);
  });
});

describe('groupNotes with the previous grouping', () => {
  it('keeps the array of every claim whose notes did not change', () => {
    const [one, two, three] = [note(1, 12, 'a'), note(2, 22, 'b'), note(3, 31, 'c')];
    const before = groupNotes([one!, two!, three!], IDS);
    const edited = { ...two!, text: 'edited' };
    const after = groupNotes([one!, edited, three!], IDS, before);
    expect(after.byClaim.get(asClaimId('a'))).toBe(before.byClaim.get(asClaimId('a')));
    expect(after.byClaim.get(asClaimId('c'))).toBe(before.byClaim.get(asClaimId('c')));
    expect(after.byClaim.get(asClaimId('b'))).toEqual([edited]);
    const fewer = groupNotes([one!, three!], IDS, after);
    expect(fewer.byClaim.has(asClaimId('b'))).toBe(false);
    expect(fewer.byClaim.get(asClaimId('a'))).toBe(before.byClaim.get(asClaimId('a')));
  });
});

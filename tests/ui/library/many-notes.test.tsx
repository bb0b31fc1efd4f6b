// @vitest-environment happy-dom
/**
 * A talk with 10,000 notes: the page renders a page of rows at a time, and
 * "Show 100 more" adds the next hundred. Item renders are counted through
 * `formatTime`, which every claim and note item calls once per render.
 */
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { formatTime } from '../../../src/core/timestamp';
import { action, BUNDLE, note, renderLibrary, talkData, TALK } from './library-fixtures';

vi.mock('../../../src/core/timestamp', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/timestamp')>();
  return { ...actual, formatTime: vi.fn(actual.formatTime) };
});

const COUNT = 10_000;
const claims = BUNDLE.talk.claims;

/** Notes spread over every claim (at half seconds after it), or all on no claim. */
function manyNotes(onClaims: boolean) {
  return Array.from({ length: COUNT }, (_, i) => {
    const claim = claims[i % claims.length]!;
    return note(i + 1, onClaims ? { start: claim.start + 0.5, claimId: claim.id } : { start: i * 0.25 });
  });
}

const claimsSection = () => screen.getByRole('heading', { name: 'Claims', level: 2 }).closest('section')!;
const looseSection = () => screen.getByRole('heading', { name: 'Notes not on a claim', level: 2 }).closest('section')!;
const rows = (root: ParentNode) => root.querySelectorAll('[data-claim-id], [data-note-id]').length;

describe('a talk with 10,000 notes', () => {
  it('renders the first 100 rows of claims and their notes, and 100 more on request', () => {
    const started = performance.now();
    const { container } = renderLibrary({ route: { page: 'talk', videoId: TALK }, talk: talkData(manyNotes(true)) });
    // Generous: rendering every note takes seconds here.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(container.querySelector('.lib-counts')?.textContent).toBe('52 claims · 10,000 notes · 5 papers');
    expect(rows(claimsSection())).toBe(100);
    expect(container.querySelectorAll('[data-note-id]').length).toBeLessThan(100);
    const more = action(claimsSection(), 'show-more');
    expect(more.textContent).toBe('Show 100 more');
    expect(claimsSection().querySelector('.lib-more-count')?.textContent).toBe('100 of 10,052 claims and notes shown');
    fireEvent.click(more);
    expect(rows(claimsSection())).toBe(200);
    // Rows come in document order: the first claim and its notes, then the next.
    const first = claimsSection().querySelector<HTMLElement>('[data-claim-id]')!;
    expect(first.dataset.claimId).toBe(claims[0]!.id);
    expect(first.querySelectorAll('[data-note-id]')).toHaveLength(Math.ceil(COUNT / claims.length));
  });

  it('pages the notes on no claim the same way', () => {
    renderLibrary({ route: { page: 'talk', videoId: TALK }, talk: talkData(manyNotes(false)) });
    expect(looseSection().querySelectorAll('[data-note-id]')).toHaveLength(100);
    expect(claimsSection().querySelectorAll('[data-claim-id]')).toHaveLength(52);
    fireEvent.click(action(looseSection(), 'show-more'));
    expect(looseSection().querySelectorAll('[data-note-id]')).toHaveLength(200);
  });

  it('re-renders only the claim whose note changed', () => {
    const notes = manyNotes(true);
    const { update } = renderLibrary({ route: { page: 'talk', videoId: TALK }, talk: talkData(notes) });
    vi.mocked(formatTime).mockClear();
    update({ status: 'Note saved' });
    expect(vi.mocked(formatTime)).not.toHaveBeenCalled();

    // The first note (on the first claim, which is on the page) is edited.
    const edited = { ...notes[0]!, text: 'Edited', updatedAt: '2025-02-01T00:00:00.000Z' };
    update({ talk: talkData([edited, ...notes.slice(1)]) });
    const starts = vi.mocked(formatTime).mock.calls.map(([seconds]) => seconds);
    // The claim item and its one changed note; the others keep their render.
    expect(starts).toEqual([claims[0]!.start, edited.start]);
  });
});

// @vitest-environment happy-dom
/**
 * A synthetic talk of 10,000 claims: a new active claim must re-render only
 * the items whose state changed. Item renders are counted through
 * `formatTime`, which an item calls once per render for its time.
 */
import { describe, expect, it, vi } from 'vitest';
import { asClaimId, asConceptKey } from '../../src/core/ids';
import type { Claim } from '../../src/core/model';
import { formatTime } from '../../src/core/timestamp';
import { note, renderPanel } from './fixtures';

vi.mock('../../src/core/timestamp', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/timestamp')>();
  return { ...actual, formatTime: vi.fn(actual.formatTime) };
});

const COUNT = 10_000;

function syntheticClaims(): Claim[] {
  return Array.from({ length: COUNT }, (_, i) => ({
    id: asClaimId(`c${i}`),
    start: i * 3,
    end: i === COUNT - 1 ? null : (i + 1) * 3,
    text: `Claim number ${i} of a very long talk.`,
    label: i % 7 === 0 ? 'Point' : null,
    section: ['Part ' + Math.floor(i / 500), 'Chapter ' + Math.floor(i / 50)],
    line: i + 10,
    column: 1,
    marker: String(i),
    concepts: i % 10 === 0 ? [{ key: asConceptKey('topic'), label: 'Topic' }] : [],
    references: [],
  }));
}

/** The starts of the items rendered since the last call. */
function renderedStarts(): number[] {
  const starts = vi.mocked(formatTime).mock.calls.map(([seconds]) => seconds);
  vi.mocked(formatTime).mockClear();
  return starts.sort((a, b) => a - b);
}

/** Notes at half seconds, so their renders (through `formatTime` too) are told apart from the claims'. */
const NOTES = [
  note(1, { start: 150.5, claimId: asClaimId('c50') }),
  note(2, { start: 303.5 }),
  note(3, { start: 304.5, claimId: asClaimId('c101') }),
  note(4, { start: 15001.5, claimId: asClaimId('c5000') }),
  note(5, { start: 29999.5 }),
];

describe('a talk of 10,000 claims', () => {
  // Mounting 10,000 items takes seconds in happy-dom.
  it.each(['sections', 'time'] as const)('re-renders only the items whose state changed (%s view)', { timeout: 30_000 }, (view) => {
    const claims = syntheticClaims();
    const { container, update } = renderPanel({ claims, papers: [], concepts: [], view, activeId: claims[100]!.id, notes: NOTES });
    expect(container.querySelectorAll('[data-claim-id]')).toHaveLength(COUNT);
    expect(container.querySelectorAll('[data-note-id]')).toHaveLength(NOTES.length);
    expect(renderedStarts()).toHaveLength(COUNT + NOTES.length);

    update({ activeId: claims[101]!.id });
    expect(renderedStarts()).toEqual([300, 303]);
    expect(container.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id')).toBe('c101');

    // Jumping ahead passes every claim in between: those change too, and only those.
    update({ activeId: claims[5000]!.id });
    const starts = renderedStarts();
    expect(starts).toHaveLength(5000 - 101 + 1);
    expect(starts[0]).toBe(303);
    expect(starts.at(-1)).toBe(15000);

    // Props that do not concern the items re-render none of them.
    update({ notice: 'Times were read as minutes:seconds.' });
    expect(renderedStarts()).toEqual([]);
    update({ status: 'Note saved', undo: NOTES[0]! });
    expect(renderedStarts()).toEqual([]);

    // A saved note re-renders its claim and itself; a deleted one its claim; a new loose one only itself.
    const edited = { ...NOTES[3]!, text: 'Edited' };
    update({ notes: [NOTES[0]!, NOTES[1]!, NOTES[2]!, edited, NOTES[4]!] });
    expect(renderedStarts()).toEqual([15000, 15001.5]);
    update({ notes: [NOTES[1]!, NOTES[2]!, edited, NOTES[4]!] });
    expect(renderedStarts()).toEqual([150]);
    update({ notes: [NOTES[1]!, NOTES[2]!, edited, note(6, { start: 20000.5 }), NOTES[4]!] });
    expect(renderedStarts()).toEqual([20000.5]);

    update({ activeId: null });
    expect(renderedStarts()).toHaveLength(5001);
  });
});

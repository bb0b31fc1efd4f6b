import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeIndex, claimsInTimeOrder, nextClaimStart, previousClaimStart, withEnds } from '../../src/core/timeline';
import { formatTime, formatVttTime } from '../../src/core/timestamp';

describe('activeIndex', () => {
  it('is the last start at or before the time, -1 before the first', () => {
    const starts = [0, 10, 10, 25];
    expect([-1, 0, 9.99, 10, 24, 25, 1e9].map((t) => activeIndex(starts, t))).toEqual([-1, 0, 0, 2, 2, 3, 3]);
    expect(activeIndex([], 5)).toBe(-1);
  });

  it('agrees with a linear scan on generated timelines', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3600 })), fc.double({ min: -10, max: 4000, noNaN: true }), (raw, time) => {
        const starts = [...raw].sort((a, b) => a - b);
        let expected = -1;
        starts.forEach((s, i) => {
          if (s <= time) expected = i;
        });
        expect(activeIndex(starts, time)).toBe(expected);
      }),
    );
  });
});

describe('claim order and ends', () => {
  it('time order is stable for equal starts; ends come from time order', () => {
    const claims = [
      { id: 'a', start: 30, end: null },
      { id: 'b', start: 10, end: null },
      { id: 'c', start: 10, end: null },
    ];
    expect(claimsInTimeOrder(claims).map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(withEnds(claims).map((c) => [c.id, c.end])).toEqual([
      ['a', null],
      ['b', 10],
      ['c', 30],
    ]);
  });
});

describe('time formats at the edge', () => {
  it('m:ss under an hour, h:mm:ss above, floored', () => {
    expect([formatTime(0), formatTime(59.9), formatTime(754), formatTime(3723), formatTime(-5)]).toEqual(['0:00', '0:59', '12:34', '1:02:03', '0:00']);
  });
  it('WebVTT times', () => {
    expect(formatVttTime(3723.5)).toBe('01:02:03.500');
  });
});

describe('stepping between claims', () => {
  const ordered = [{ start: 10 }, { start: 20 }, { start: 30 }];
  it('next goes to the following start', () => {
    expect([nextClaimStart(ordered, 0), nextClaimStart(ordered, 10), nextClaimStart(ordered, 25), nextClaimStart(ordered, 30)]).toEqual([10, 20, 30, null]);
  });
  it('previous restarts the claim when well into it, else goes one back', () => {
    expect([previousClaimStart(ordered, 5), previousClaimStart(ordered, 21), previousClaimStart(ordered, 25), previousClaimStart(ordered, 10)]).toEqual([null, 10, 20, 10]);
  });
});

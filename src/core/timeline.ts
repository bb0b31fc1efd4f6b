/** Timeline maths: time order, claim ends, the active claim. Pure and allocation-light. */
import type { Claim } from './model';

/** Claims sorted by start; claims with the same start keep document order. */
export function claimsInTimeOrder<T extends Pick<Claim, 'start'>>(claims: readonly T[]): T[] {
  return claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => a.claim.start - b.claim.start || a.index - b.index)
    .map(({ claim }) => claim);
}

/** Each claim's end: the next claim's start in time order; the last ends with the video (null). */
export function withEnds<T extends Pick<Claim, 'start' | 'end'>>(claims: readonly T[]): T[] {
  const ordered = claimsInTimeOrder(claims);
  const ends = new Map<T, number | null>();
  ordered.forEach((claim, i) => ends.set(claim, ordered[i + 1]?.start ?? null));
  return claims.map((claim) => ({ ...claim, end: ends.get(claim) ?? null }));
}

/**
 * Index (into `starts`, ascending) of the last start at or before `time`, or
 * -1 before the first claim. Binary search: O(log n) per `timeupdate`.
 */
export function activeIndex(starts: ArrayLike<number>, time: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? Infinity) <= time) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The first claim start after `time` (half a second of slack, so a claim just sought to counts as reached). */
export function nextClaimStart(ordered: readonly Pick<Claim, 'start'>[], time: number): number | null {
  return ordered.find((c) => c.start > time + 0.5)?.start ?? null;
}

/**
 * Where "previous claim" goes: the start of the claim being spoken when more
 * than two seconds into it (as a player's previous-track button does), else
 * the claim before it.
 */
export function previousClaimStart(ordered: readonly Pick<Claim, 'start'>[], time: number): number | null {
  const started = ordered.filter((c) => c.start <= time + 0.5);
  const current = started.at(-1);
  if (!current) return null;
  if (time - current.start > 2) return current.start;
  return started.at(-2)?.start ?? current.start;
}

/** The claim list's two arrangements: by section (document order) and by time. Pure. */
import type { Claim } from '../core/model';
import { claimsInTimeOrder } from '../core/timeline';

/** A run of claims shown under one heading. */
export interface ClaimGroup {
  /** Stable within one arrangement: the index of the group's first claim. */
  key: string;
  /** The section's last heading; null for claims before the first heading and for the time view. */
  title: string | null;
  /** The headings above the title, "A › B"; null when there are none. */
  parents: string | null;
  claims: readonly Claim[];
  /** Whether each claim shows its own section line (the time view). */
  showSection: boolean;
}

/** "A › B › C", or null for claims outside any section. */
export function sectionPath(section: readonly string[]): string | null {
  return section.length > 0 ? section.join(' › ') : null;
}

const samePath = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((heading, i) => heading === b[i]);

/** Consecutive claims of the same section path, in document order. */
export function groupBySection(claims: readonly Claim[]): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  let current: { section: readonly string[]; claims: Claim[] } | null = null;
  claims.forEach((claim) => {
    if (!current || !samePath(current.section, claim.section)) {
      current = { section: claim.section, claims: [] };
      groups.push({
        key: `s${groups.length}`,
        title: claim.section.at(-1) ?? null,
        parents: sectionPath(claim.section.slice(0, -1)),
        claims: current.claims,
        showSection: false,
      });
    }
    current.claims.push(claim);
  });
  return groups;
}

/** All claims in playback order, as one group whose items name their sections. */
export function groupByTime(claims: readonly Claim[]): ClaimGroup[] {
  return [{ key: 'time', title: null, parents: null, claims: claimsInTimeOrder(claims), showSection: true }];
}

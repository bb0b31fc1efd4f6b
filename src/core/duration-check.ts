/**
 * Checking a talk's timestamps against the real video duration. The format
 * was inferred from the document alone (see `timestamp.ts`); the video is the
 * ground truth: claims after its end are flagged, and when the other reading
 * of the markers fits while the inferred one does not, the other is used.
 */
import type { ClaimId } from './ids';
import type { Claim, TimestampFormat } from './model';
import { withEnds } from './timeline';
import { alternativeFormat, formatTime, markerSeconds, splitMarker } from './timestamp';

/** Seconds a claim may start after the reported duration before it counts as beyond the end. */
const TOLERANCE = 2;

export interface DurationCheck {
  claims: Claim[];
  format: TimestampFormat;
  /** True when the alternative reading replaced the inferred one. */
  switched: boolean;
  /** Claims that start after the video ends, under the format finally used. */
  beyond: ClaimId[];
  /** What to tell the viewer, or null when everything fits. */
  notice: string | null;
}

export function checkAgainstDuration(
  claims: readonly Claim[],
  format: TimestampFormat,
  duration: number,
): DurationCheck {
  const after = (list: readonly Claim[]) => list.filter((c) => c.start > duration + TOLERANCE).map((c) => c.id);
  const beyond = after(claims);
  if (!Number.isFinite(duration) || duration <= 0 || beyond.length === 0) {
    return { claims: [...claims], format, switched: false, beyond: [], notice: null };
  }
  const other = alternativeFormat(format);
  const reread = other ? reread3(claims, other) : null;
  if (other && reread && after(reread).length === 0) {
    return {
      claims: reread,
      format: other,
      switched: true,
      beyond: [],
      notice: `Times read as ${other}: read as ${format}, ${beyond.length} of ${claims.length} claims fell after the end of this ${formatTime(duration)} video.`,
    };
  }
  return {
    claims: [...claims],
    format,
    switched: false,
    beyond,
    notice: `${beyond.length} of ${claims.length} claims start after this ${formatTime(duration)} video ends: the summary may belong to a longer version.`,
  };
}

/** The claims with every marker read again in `format`, or null if a marker cannot be. */
function reread3(claims: readonly Claim[], format: TimestampFormat): Claim[] | null {
  const out: Claim[] = [];
  for (const claim of claims) {
    const start = markerSeconds(splitMarker(claim.marker), format);
    if (start === null) return null;
    out.push({ ...claim, start });
  }
  return withEnds(out);
}

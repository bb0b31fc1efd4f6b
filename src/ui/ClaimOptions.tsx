/**
 * The note editor's choice of claim: "No claim", then every claim in time
 * order. Memoised on the claims: a talk may have thousands, and the editor
 * re-renders at every keystroke.
 */
import type { Claim } from '../core/model';
import { formatTime } from '../core/timestamp';
import { memo } from './memo';
import { claimSnippet } from './paper-text';

export interface ClaimOptionsProps {
  /** Time order. */
  claims: readonly Claim[];
}

function ClaimOptionsView({ claims }: ClaimOptionsProps) {
  return (
    <>
      <option value="">No claim</option>
      {claims.map((claim) => (
        <option key={claim.id} value={claim.id}>
          {`${formatTime(claim.start)} ${claimSnippet(claim)}`}
        </option>
      ))}
    </>
  );
}

export const ClaimOptions = memo(ClaimOptionsView);

/** A list of this talk's moments (claims), each a button that seeks there; claims after the video's end are shown but disabled. */
import type { ClaimId } from '../core/ids';
import type { Claim } from '../core/model';
import { MomentButton } from './MomentButton';

export interface ClaimMomentsProps {
  ids: readonly ClaimId[];
  claims: ReadonlyMap<ClaimId, Claim>;
  beyond: ReadonlySet<ClaimId>;
  label: string;
  onSeek(id: ClaimId): void;
}

export function ClaimMoments({ ids, claims, beyond, label, onSeek }: ClaimMomentsProps) {
  return (
    <ul class="cl-moments" aria-label={label}>
      {ids.map((id) => {
        const claim = claims.get(id);
        return (
          claim && (
            <li key={id}>
              <MomentButton start={claim.start} text={claim.text} beyond={beyond.has(id)} onClick={() => onSeek(id)} />
            </li>
          )
        );
      })}
    </ul>
  );
}

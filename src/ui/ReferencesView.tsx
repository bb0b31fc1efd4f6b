/** Every paper this talk cites, with its details and the moments it is mentioned. */
import type { ClaimId } from '../core/ids';
import type { Claim } from '../core/model';
import type { CitedPaper } from '../core/talk-bundle';
import { ClaimMoments } from './ClaimMoments';
import { chipText } from './paper-text';
import { PaperDetails } from './PaperDetails';

/** The cited papers, the claims they point at, and how to seek to them. */
export interface ReferencesViewProps {
  papers: readonly CitedPaper[];
  claims: ReadonlyMap<ClaimId, Claim>;
  beyond: ReadonlySet<ClaimId>;
  onSeek(claimId: ClaimId): void;
}

export function ReferencesView({ papers, claims, beyond, onSeek }: ReferencesViewProps) {
  if (papers.length === 0) return <p class="cl-empty">No cited papers were linked to this talk.</p>;
  return (
    <div class="cl-scroll">
      <ol class="cl-cards">
        {papers.map((paper) => (
          <li class="cl-card" key={paper.key} data-ref-key={paper.key}>
            <span class="cl-card-chip">{chipText(paper)}</span>
            <PaperDetails paper={paper} />
            <ClaimMoments ids={paper.claims} claims={claims} beyond={beyond} label={`Where ${chipText(paper)} is mentioned`} onSeek={onSeek} />
          </li>
        ))}
      </ol>
    </div>
  );
}

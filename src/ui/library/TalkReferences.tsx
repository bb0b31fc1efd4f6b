/** The papers a talk cites, each with the moments that cite it, a page at a time. Memoised: notes changing leave it alone. */
import { useId } from 'preact/hooks';
import type { ClaimId, VideoId } from '../../core/ids';
import type { Claim } from '../../core/model';
import type { CitedPaper } from '../../core/talk-bundle';
import { memo } from '../memo';
import { MomentButton } from '../MomentButton';
import { chipText } from '../paper-text';
import { PaperEntry } from './PaperEntry';
import { ShowMore } from './ShowMore';
import { usePaged } from './use-paged';

export interface TalkReferencesProps {
  videoId: VideoId;
  papers: readonly CitedPaper[];
  claims: ReadonlyMap<ClaimId, Claim>;
  /** Must keep its identity (the list is memoised). */
  onOpenAt(videoId: VideoId, start: number): void;
}

function TalkReferencesView({ videoId, papers, claims, onOpenAt }: TalkReferencesProps) {
  const id = useId();
  const { limit, more } = usePaged();
  return (
    <section class="lib-section" aria-labelledby={id}>
      <h2 class="lib-h2" id={id}>
        References
      </h2>
      {papers.length === 0 && <p class="cl-empty">No cited papers were linked to this talk.</p>}
      <ol class="lib-cards">
        {papers.slice(0, limit).map((paper) => (
          <PaperEntry key={paper.key} paper={paper} heading="h3">
            <ul class="cl-moments" aria-label={`Where ${chipText(paper)} is cited`}>
              {paper.claims.map((claimId) => {
                const claim = claims.get(claimId);
                return (
                  claim && (
                    <li key={claimId}>
                      <MomentButton start={claim.start} text={claim.text} onClick={() => onOpenAt(videoId, claim.start)} />
                    </li>
                  )
                );
              })}
            </ul>
          </PaperEntry>
        ))}
      </ol>
      <ShowMore shown={Math.min(limit, papers.length)} total={papers.length} noun="papers" onMore={more} />
    </section>
  );
}

export const TalkReferences = memo(TalkReferencesView);

/** Every paper any talk cites, with each talk and moment that cites it; a page at a time. */
import type { VideoId } from '../../core/ids';
import type { ReferenceIndexEntry } from './library-props';
import { PaperEntry } from './PaperEntry';
import { ShowMore } from './ShowMore';
import { TalkMoments } from './TalkMoments';
import { usePaged } from './use-paged';

export interface ReferencesPageProps {
  references: readonly ReferenceIndexEntry[];
  onOpenAt(videoId: VideoId, start: number): void;
}

export function ReferencesPage({ references, onOpenAt }: ReferencesPageProps) {
  const { limit, more } = usePaged();
  return (
    <>
      <h1 class="lib-title" tabIndex={-1}>
        References
      </h1>
      {references.length === 0 ? (
        <p class="cl-empty">No talk cites a paper yet.</p>
      ) : (
        <ol class="lib-cards">
          {references.slice(0, limit).map((entry) => (
            <PaperEntry key={entry.key} paper={entry.paper} heading="h2">
              <TalkMoments moments={entry.moments} onOpenAt={onOpenAt} />
            </PaperEntry>
          ))}
        </ol>
      )}
      <ShowMore shown={Math.min(limit, references.length)} total={references.length} noun="papers" onMore={more} />
    </>
  );
}

/** Every paper any talk cites, with each talk and moment that cites it; a page at a time. */
import type { VideoId } from '../../core/ids';
import { IndexPage } from './IndexPage';
import type { ReferenceIndexEntry } from './library-props';
import { PaperEntry } from './PaperEntry';
import { TalkMoments } from './TalkMoments';

export interface ReferencesPageProps {
  references: readonly ReferenceIndexEntry[];
  onOpenAt(videoId: VideoId, start: number): void;
}

export function ReferencesPage({ references, onOpenAt }: ReferencesPageProps) {
  return (
    <IndexPage
      title="References"
      items={references}
      empty="No talk cites a paper yet."
      noun="papers"
      card={(entry) => (
        <PaperEntry key={entry.key} paper={entry.paper} heading="h2">
          <TalkMoments moments={entry.moments} onOpenAt={onOpenAt} />
        </PaperEntry>
      )}
    />
  );
}

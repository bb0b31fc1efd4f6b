/** Every concept of every talk, with each talk and moment that discusses it; a page at a time. */
import type { VideoId } from '../../core/ids';
import { IndexPage } from './IndexPage';
import type { ConceptIndexEntry } from './library-props';
import { TalkMoments } from './TalkMoments';
import { plural } from './words';

export interface ConceptsPageProps {
  concepts: readonly ConceptIndexEntry[];
  onOpenAt(videoId: VideoId, start: number): void;
}

export function ConceptsPage({ concepts, onOpenAt }: ConceptsPageProps) {
  return (
    <IndexPage
      title="Concepts"
      items={concepts}
      empty="No talk links a concept yet."
      noun="concepts"
      card={(concept) => (
        <li class="lib-card" key={concept.key} data-concept-key={concept.key}>
          <h2 class="lib-card-title">{concept.label}</h2>
          <p class="lib-paper-line">{plural(concept.moments.length, 'moment')}</p>
          <TalkMoments moments={concept.moments} onOpenAt={onOpenAt} />
        </li>
      )}
    />
  );
}

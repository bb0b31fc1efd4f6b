/** Every concept of every talk, with each talk and moment that discusses it; a page at a time. */
import type { VideoId } from '../../core/ids';
import type { ConceptIndexEntry } from './library-props';
import { ShowMore } from './ShowMore';
import { TalkMoments } from './TalkMoments';
import { usePaged } from './use-paged';
import { plural } from './words';

export interface ConceptsPageProps {
  concepts: readonly ConceptIndexEntry[];
  onOpenAt(videoId: VideoId, start: number): void;
}

export function ConceptsPage({ concepts, onOpenAt }: ConceptsPageProps) {
  const { limit, more } = usePaged();
  return (
    <>
      <h1 class="lib-title" tabIndex={-1}>
        Concepts
      </h1>
      {concepts.length === 0 ? (
        <p class="cl-empty">No talk links a concept yet.</p>
      ) : (
        <ol class="lib-cards">
          {concepts.slice(0, limit).map((concept) => (
            <li class="lib-card" key={concept.key} data-concept-key={concept.key}>
              <h2 class="lib-card-title">{concept.label}</h2>
              <p class="lib-paper-line">{plural(concept.moments.length, 'moment')}</p>
              <TalkMoments moments={concept.moments} onOpenAt={onOpenAt} />
            </li>
          ))}
        </ol>
      )}
      <ShowMore shown={Math.min(limit, concepts.length)} total={concepts.length} noun="concepts" onMore={more} />
    </>
  );
}

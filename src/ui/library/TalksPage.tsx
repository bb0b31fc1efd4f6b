/** Every talk in the library, bundled and imported, a page at a time. */
import type { VideoId } from '../../core/ids';
import type { LibraryTalk } from './library-props';
import { ShowMore } from './ShowMore';
import { TalkRow } from './TalkRow';
import { usePaged } from './use-paged';

export interface TalksPageProps {
  /** null while loading. */
  talks: readonly LibraryTalk[] | null;
  now: number;
  onOpenPage(videoId: VideoId): void;
  onOpenAt(videoId: VideoId, start: number): void;
  onRemove(videoId: VideoId): void;
}

export function TalksPage({ talks, now, onOpenPage, onOpenAt, onRemove }: TalksPageProps) {
  const { limit, more } = usePaged();
  return (
    <>
      <h1 class="lib-title" tabIndex={-1}>
        Talks
      </h1>
      {talks === null ? (
        <p class="cl-empty" role="status">
          Loading talks…
        </p>
      ) : talks.length === 0 ? (
        <p class="cl-empty">No talks yet. Import a talk document under {'Import & export'}.</p>
      ) : (
        <>
          <ol class="lib-cards">
            {talks.slice(0, limit).map((talk) => (
              <TalkRow key={talk.videoId} talk={talk} now={now} onOpenPage={onOpenPage} onOpenAt={onOpenAt} onRemove={onRemove} />
            ))}
          </ol>
          <ShowMore shown={Math.min(limit, talks.length)} total={talks.length} noun="talks" onMore={more} />
        </>
      )}
    </>
  );
}

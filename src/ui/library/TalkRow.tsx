/**
 * One talk of the list: its title (to its page), counts, whether it was
 * imported (and may be removed), when it was last watched and how far, and
 * a button to go on watching on YouTube.
 */
import type { VideoId } from '../../core/ids';
import { formatTime } from '../../core/timestamp';
import type { LibraryTalk } from './library-props';
import { RemoveTalk } from './RemoveTalk';
import { plural, timeAgo } from './words';

export interface TalkRowProps {
  talk: LibraryTalk;
  /** The clock, ms since the epoch, for "3 days ago". */
  now: number;
  onOpenPage(videoId: VideoId): void;
  onOpenAt(videoId: VideoId, start: number): void;
  onRemove(videoId: VideoId): void;
}

function Progress({ position, duration }: { position: number; duration: number | null }) {
  const text = `watched to ${formatTime(position)}${duration !== null && duration > 0 ? ` of ${formatTime(duration)}` : ''}`;
  return (
    <span class="lib-progress">
      <span>{text}</span>
      {duration !== null && duration > 0 && (
        <span class="lib-bar" aria-hidden="true">
          <span class="lib-bar-fill" style={{ width: `${Math.min(100, (position / duration) * 100).toFixed(1)}%` }} />
        </span>
      )}
    </span>
  );
}

export function TalkRow({ talk, now, onOpenPage, onOpenAt, onRemove }: TalkRowProps) {
  const { videoId, title, lastWatched, position, duration } = talk;
  const start = position ?? 0;
  return (
    <li class="lib-card lib-talk-row" data-video-id={videoId}>
      <h2 class="lib-card-title">
        <button type="button" class="lib-link" data-action="open-page" onClick={() => onOpenPage(videoId)}>
          {title}
        </button>
      </h2>
      <p class="lib-counts">
        {plural(talk.claims, 'claim')} · {plural(talk.notes, 'note')} · {plural(talk.papers, 'paper')}
        {talk.origin === 'imported' && (
          <span class="lib-badge" title={talk.importedAt === null ? undefined : `Imported ${talk.importedAt}`}>
            imported
          </span>
        )}
      </p>
      <p class="lib-watched">
        {lastWatched === null ? (
          <span>not watched yet</span>
        ) : (
          <span>
            last watched <time dateTime={lastWatched} title={lastWatched}>{timeAgo(lastWatched, now)}</time>
          </span>
        )}
        {position !== null && position > 0 && <Progress position={position} duration={duration} />}
      </p>
      <div class="lib-actions">
        <button
          type="button"
          class="cl-button cl-primary"
          data-action="open-youtube"
          // The visible words first, so a voice command that says them finds the button (WCAG 2.5.3).
          aria-label={`Open on YouTube: “${title}”${start > 0 ? ` at ${formatTime(start)}` : ''}`}
          onClick={() => onOpenAt(videoId, start)}
        >
          Open on YouTube
        </button>
        {talk.origin === 'imported' && <RemoveTalk title={title} onRemove={() => onRemove(videoId)} />}
      </div>
    </li>
  );
}

/** The talk page's head: title, counts, where to watch it, and its exports. */
import type { VideoId } from '../../core/ids';
import { formatTime } from '../../core/timestamp';
import { memo } from '../memo';
import { ExportButtons } from './ExportButtons';
import type { ExportFormat, LibraryTalk } from './library-props';
import { plural } from './words';

export interface TalkHeadProps {
  videoId: VideoId;
  title: string;
  origin: LibraryTalk['origin'];
  claims: number;
  notes: number;
  papers: number;
  /** Where the viewer left off, in seconds (0 when never watched): where Open on YouTube starts. */
  position: number;
  busy: boolean;
  /** These must keep their identity (the head is memoised). */
  onOpenAt(videoId: VideoId, start: number): void;
  onExport(format: ExportFormat, videoId: VideoId): void;
}

function TalkHeadView({ videoId, title, origin, claims, notes, papers, position, busy, onOpenAt, onExport }: TalkHeadProps) {
  return (
    <header class="lib-talk-head">
      <h1 class="lib-title" tabIndex={-1}>
        {title}
      </h1>
      <p class="lib-counts">
        {plural(claims, 'claim')} · {plural(notes, 'note')} · {plural(papers, 'paper')}
        {origin === 'imported' && <span class="lib-badge">imported</span>}
      </p>
      <div class="lib-actions">
        <button type="button" class="cl-button cl-primary" data-action="open-talk" onClick={() => onOpenAt(videoId, position)}>
          {position > 0 ? `Open on YouTube at ${formatTime(position)}` : 'Open on YouTube'}
        </button>
        <ExportButtons label="Export this talk" action="export" disabled={busy} onExport={(format) => onExport(format, videoId)} />
      </div>
    </header>
  );
}

export const TalkHead = memo(TalkHeadView);

/**
 * The moments of an index entry, grouped by talk (in the order the talks
 * first appear): the talk's title, then each moment as a button that opens
 * the talk on YouTube there.
 */
import type { VideoId } from '../../core/ids';
import { MomentButton } from '../MomentButton';
import type { Moment } from './library-props';

export interface TalkMomentsProps {
  moments: readonly Moment[];
  onOpenAt(videoId: VideoId, start: number): void;
}

function byTalk(moments: readonly Moment[]): Moment[][] {
  const talks = new Map<VideoId, Moment[]>();
  for (const moment of moments) {
    const list = talks.get(moment.videoId);
    if (list) list.push(moment);
    else talks.set(moment.videoId, [moment]);
  }
  return [...talks.values()];
}

export function TalkMoments({ moments, onOpenAt }: TalkMomentsProps) {
  return (
    <ul class="lib-talk-moments">
      {byTalk(moments).map((list) => {
        const first = list[0];
        if (!first) return null;
        return (
          <li key={first.videoId} data-video-id={first.videoId}>
            <h3 class="lib-h3">{first.talkTitle}</h3>
            <ul class="cl-moments">
              {list.map((moment, i) => (
                // One claim may be listed twice by an index; the position keeps keys unique.
                <li key={`${moment.start}-${i}`}>
                  <MomentButton start={moment.start} text={moment.text} onClick={() => onOpenAt(moment.videoId, moment.start)} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

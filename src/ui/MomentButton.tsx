/** A moment of a talk as a button: its time and the start of what is said then. */
import { formatTime } from '../core/timestamp';
import { snippet } from './paper-text';

/** A moment (this talk's or another's) and what choosing it does. */
export interface MomentButtonProps {
  start: number;
  text: string;
  /** Another talk's title, when the moment is in another talk. */
  talk?: string;
  /** After the video's end: shown, not clickable. */
  beyond?: boolean;
  onClick(): void;
}

export function MomentButton({ start, text, talk, beyond = false, onClick }: MomentButtonProps) {
  return (
    <button type="button" class="cl-moment" disabled={beyond} onClick={onClick}>
      <span class="cl-time">{formatTime(start)}</span>
      <span class="cl-moment-body">
        {talk !== undefined && <span class="cl-moment-talk">{talk}</span>}
        <span class="cl-moment-text">{snippet(text)}</span>
        {beyond && <span class="cl-beyond">after the video's end</span>}
      </span>
    </button>
  );
}

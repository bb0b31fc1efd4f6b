/** The foot of a paged list: how much of it is shown, and a button for the next page. Nothing once all is shown. */
import { PAGE_SIZE } from './use-paged';

export interface ShowMoreProps {
  shown: number;
  total: number;
  /** What the list holds, for the count ("notes"). */
  noun: string;
  onMore(): void;
}

export function ShowMore({ shown, total, noun, onMore }: ShowMoreProps) {
  if (shown >= total) return null;
  return (
    <div class="lib-more">
      <button type="button" class="cl-button" data-action="show-more" onClick={onMore}>
        Show {Math.min(PAGE_SIZE, total - shown)} more
      </button>
      <span class="lib-more-count">
        {shown.toLocaleString('en')} of {total.toLocaleString('en')} {noun} shown
      </span>
    </div>
  );
}

/** One search hit: what it is, in which talk and when, its text and context with the matched words marked; it opens there on YouTube. */
import type { VideoId } from '../../core/ids';
import type { SearchHit, SearchKind } from '../../core/search';
import { formatTime } from '../../core/timestamp';
import { memo } from '../memo';
import { snippet } from '../paper-text';
import { Marked } from './Marked';

export interface SearchResultProps {
  hit: SearchHit;
  /** Must keep its identity (results are memoised). */
  onOpenAt(videoId: VideoId, start: number): void;
}

export const KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  claim: 'Claim',
  note: 'Note',
  reference: 'Paper',
  concept: 'Concept',
};

/** A note may be a whole page of Markdown: the result shows its start. */
const MAX_TEXT = 400;

function SearchResultView({ hit, onOpenAt }: SearchResultProps) {
  return (
    <li class="lib-result" data-result-kind={hit.kind}>
      <button type="button" class="lib-result-open" data-action="open-result" onClick={() => onOpenAt(hit.videoId, hit.start ?? 0)}>
        <span class="lib-result-head">
          <span class="lib-kind" data-kind={hit.kind}>
            {KIND_LABELS[hit.kind]}
          </span>
          <span class="lib-result-talk">{hit.talkTitle}</span>
          {hit.start !== null && <span class="cl-time">{formatTime(hit.start)}</span>}
        </span>
        <span class="lib-result-text">
          <Marked text={snippet(hit.text, MAX_TEXT)} terms={hit.terms} />
        </span>
        {hit.context !== '' && (
          <span class="lib-result-context">
            <Marked text={hit.context} terms={hit.terms} />
          </span>
        )}
      </button>
    </li>
  );
}

export const SearchResult = memo(SearchResultView);

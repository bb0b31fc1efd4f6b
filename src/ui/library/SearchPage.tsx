/** Search results as the viewer types, best first; the field itself is in the header. */
import type { VideoId } from '../../core/ids';
import type { SearchHit } from '../../core/search';
import { SearchResult } from './SearchResult';
import { plural } from './words';

export interface SearchPageProps {
  query: string;
  /** Best first; the controller caps them (50). */
  results: readonly SearchHit[];
  searchReady: boolean;
  /** Must keep its identity (results are memoised). */
  onOpenAt(videoId: VideoId, start: number): void;
}

export function SearchPage({ query, results, searchReady, onOpenAt }: SearchPageProps) {
  const wanted = query.trim();
  const state = !searchReady
    ? 'Preparing search…'
    : wanted === ''
      ? 'Type in the search field to find claims, notes, papers and concepts of every talk.'
      : results.length === 0
        ? `Nothing found for “${wanted}”`
        : plural(results.length, 'result');
  return (
    <>
      <h1 class="lib-title" tabIndex={-1}>
        Search
      </h1>
      <p class="lib-search-state" role="status">
        {state}
      </p>
      {searchReady && wanted !== '' && results.length > 0 && (
        <ol class="lib-results" aria-label={`Results for “${wanted}”`}>
          {results.map((hit) => (
            <SearchResult key={hit.id} hit={hit} onOpenAt={onOpenAt} />
          ))}
        </ol>
      )}
    </>
  );
}

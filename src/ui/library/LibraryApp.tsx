/**
 * Claimline's library page: every talk, one talk's claims with the viewer's
 * notes, search across all of them, the concept and reference indexes,
 * import and export, and settings. Props only (see `library-props.ts`); the
 * controller owns the route, the data and every action.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { VideoId } from '../../core/ids';
import { ConceptsPage } from './ConceptsPage';
import { LibraryHeader } from './LibraryHeader';
import type { LibraryProps, LibraryRoute } from './library-props';
import { ReferencesPage } from './ReferencesPage';
import { SearchPage } from './SearchPage';
import { SettingsPage } from './SettingsPage';
import { TalkPage } from './TalkPage';
import { TalksPage } from './TalksPage';
import { TransferPage } from './TransferPage';

const routeKey = (route: LibraryRoute) => (route.page === 'talk' ? `talk:${route.videoId}` : route.page);

export function LibraryApp(props: LibraryProps) {
  const { route, talks } = props;
  const main = useRef<HTMLElement>(null);
  // Handlers given to memoised items must keep their identity; the controller's may not.
  const latest = useRef(props);
  latest.current = props;
  const onOpenAt = useCallback((videoId: VideoId, start: number) => latest.current.onOpenAt(videoId, start), []);
  const onOpenPage = useCallback((videoId: VideoId) => latest.current.onNavigate({ page: 'talk', videoId }), []);
  const onRemove = useCallback((videoId: VideoId) => latest.current.onRemoveTalk(videoId), []);

  // A new page takes focus on its heading, as a page load would; not while
  // the viewer types a search (the field keeps it).
  const key = routeKey(route);
  const shown = useRef(key);
  useLayoutEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    if (route.page !== 'search') main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [key]);

  // The one clock of the page: "3 days ago" is read at render.
  const now = Date.now();
  const watched = useMemo(() => new Map((talks ?? []).map((talk) => [talk.videoId, talk.position ?? 0])), [talks]);

  return (
    <div class="claimline cl-page lib">
      <LibraryHeader route={route} query={props.query} onNavigate={props.onNavigate} onQuery={props.onQuery} />
      <p class="lib-status" role="status" aria-live="polite">
        {props.status ?? ''}
      </p>
      <main class="lib-main" ref={main} data-page={route.page}>
        {route.page === 'talks' ? (
          <TalksPage talks={talks} now={now} onOpenPage={onOpenPage} onOpenAt={onOpenAt} onRemove={onRemove} />
        ) : route.page === 'talk' ? (
          props.talk !== null && props.talk.bundle.talk.videoId === route.videoId ? (
            <TalkPage {...props} key={route.videoId} talk={props.talk} position={watched.get(route.videoId) ?? 0} />
          ) : (
            <h1 class="lib-title" tabIndex={-1}>
              {talks !== null && !watched.has(route.videoId) ? 'This talk is not in the library' : 'Loading the talk…'}
            </h1>
          )
        ) : route.page === 'search' ? (
          <SearchPage query={props.query} results={props.results} searchReady={props.searchReady} onOpenAt={onOpenAt} />
        ) : route.page === 'concepts' ? (
          <ConceptsPage concepts={props.concepts} onOpenAt={onOpenAt} />
        ) : route.page === 'references' ? (
          <ReferencesPage references={props.references} onOpenAt={onOpenAt} />
        ) : route.page === 'transfer' ? (
          <TransferPage {...props} />
        ) : (
          <SettingsPage settings={props.settings} onSettingsChange={props.onSettingsChange} />
        )}
      </main>
    </div>
  );
}

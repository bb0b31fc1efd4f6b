/**
 * One talk in the library: its head and exports, its claims by section with
 * the viewer's notes under them (edited in place), the notes on no claim,
 * and its references. Long lists come a page at a time, so a talk with ten
 * thousand notes opens at once. Only existing notes are edited here; new
 * ones are written while watching.
 */
import { useCallback, useMemo, useRef } from 'preact/hooks';
import type { ClaimId, RefKey } from '../../core/ids';
import type { Claim } from '../../core/model';
import { visibleNotes } from '../../core/note';
import type { CitedPaper } from '../../core/talk-bundle';
import { claimsInTimeOrder } from '../../core/timeline';
import { groupBySection } from '../claim-groups';
import { NoteEditor } from '../NoteEditor';
import { groupNotes, type NoteGroups } from '../note-groups';
import { delegateNoteActions, type NoteKit } from '../note-kit';
import { useReturnFocus } from '../use-return-focus';
import type { LibraryProps } from './library-props';
import { LooseNotes } from './LooseNotes';
import { outlinePage, pageHasNote } from './talk-outline';
import { TalkClaims } from './TalkClaims';
import { TalkHead } from './TalkHead';
import { TalkReferences } from './TalkReferences';
import { usePaged } from './use-paged';

export type TalkPageProps = Pick<
  LibraryProps,
  'editor' | 'busy' | 'onOpenAt' | 'onExport' | 'onEditNote' | 'onDeleteNote' | 'onDraftChange' | 'onSaveNote' | 'onCancelNote'
> & {
  talk: NonNullable<LibraryProps['talk']>;
  /** Where the viewer left off, in seconds (0 when never watched). */
  position: number;
};

export function TalkPage(props: TalkPageProps) {
  const { talk, editor } = props;
  const { bundle } = talk;
  const { claims, videoId } = bundle.talk;
  const root = useRef<HTMLDivElement>(null);
  // Handlers given to memoised items must keep their identity; the controller's may not.
  const latest = useRef(props);
  latest.current = props;

  const inTime = useMemo(() => claimsInTimeOrder(claims), [claims]);
  const byId = useMemo(() => new Map<ClaimId, Claim>(claims.map((claim) => [claim.id, claim])), [claims]);
  const ids = useMemo(() => new Set(byId.keys()), [byId]);
  const papers = useMemo(() => new Map<RefKey, CitedPaper>(bundle.papers.map((paper) => [paper.key, paper])), [bundle.papers]);
  const groups = useMemo(() => groupBySection(claims), [claims]);
  const notes = useMemo(() => visibleNotes(talk.notes), [talk.notes]);
  // A claim whose notes stay the same keeps its array, so its memoised item does not re-render.
  const lastNoted = useRef<NoteGroups | undefined>(undefined);
  const noted = useMemo(() => groupNotes(notes, ids, lastNoted.current), [notes, ids]);
  lastNoted.current = noted;

  const claimPages = usePaged();
  const notePages = usePaged();
  const page = useMemo(() => outlinePage(groups, noted.byClaim, claimPages.limit), [groups, noted, claimPages.limit]);
  const loose = useMemo(() => noted.loose.slice(0, notePages.limit), [noted, notePages.limit]);

  const actions = useMemo(
    () =>
      delegateNoteActions(() => {
        const current = latest.current;
        const onSeekTime = (seconds: number) => current.onOpenAt(current.talk.bundle.talk.videoId, seconds);
        return { ...current, onSeekTime };
      }),
    [],
  );
  const kit = useMemo<NoteKit>(() => ({ claims: inTime, byId, actions }), [inTime, byId, actions]);
  const onOpen = useCallback((start: number) => latest.current.onOpenAt(latest.current.talk.bundle.talk.videoId, start), []);
  const onOpenAt = useCallback<TalkPageProps['onOpenAt']>((id, start) => latest.current.onOpenAt(id, start), []);
  const onExport = useCallback<TalkPageProps['onExport']>((format, id) => latest.current.onExport(format, id), []);

  // An existing note shown on this page is edited in its place; any other
  // editor (a new note, a note not on this page) at the top: it never hides.
  const editingId = editor?.noteId ?? null;
  const home = editingId === null ? undefined : noted.home.get(editingId);
  const inPlace =
    editingId !== null &&
    home !== undefined &&
    (home === null ? loose.some((note) => note.id === editingId) : pageHasNote(page, home, editingId));
  useReturnFocus(root, editor === null ? null : (editor.noteId ?? 'new'), null);

  return (
    <div class="lib-talk" ref={root} data-video-id={videoId}>
      <TalkHead
        videoId={videoId}
        title={bundle.talk.title}
        origin={talk.origin}
        claims={claims.length}
        notes={notes.length}
        papers={bundle.papers.length}
        position={props.position}
        busy={props.busy}
        onOpenAt={onOpenAt}
        onExport={onExport}
      />
      {editor !== null && !inPlace && (
        <div class="lib-top-editor">
          <NoteEditor editor={editor} kit={kit} />
        </div>
      )}
      <TalkClaims
        page={page}
        editor={inPlace ? editor : null}
        editingClaim={inPlace ? (home ?? null) : null}
        papers={papers}
        kit={kit}
        onOpen={onOpen}
        onMore={claimPages.more}
      />
      <LooseNotes shown={loose} total={noted.loose.length} editor={inPlace && home === null ? editor : null} kit={kit} onMore={notePages.more} />
      <TalkReferences videoId={videoId} papers={bundle.papers} claims={byId} onOpenAt={onOpenAt} />
    </div>
  );
}

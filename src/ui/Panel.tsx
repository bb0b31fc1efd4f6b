/**
 * Claimline's panel: the talk's claims beside (or over) the video, synced to
 * playback, with the viewer's notes among them. Props only (see
 * `panel-props.ts`); the one piece of own state is which concept a claim's
 * tag asked to show.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimId, ConceptKey, RefKey } from '../core/ids';
import type { Claim } from '../core/model';
import { visibleNotes } from '../core/note';
import type { CitedPaper } from '../core/talk-bundle';
import { claimsInTimeOrder } from '../core/timeline';
import { ClaimList } from './ClaimList';
import { ConceptsView } from './ConceptsView';
import { NoteEditor } from './NoteEditor';
import { delegateNoteActions, type NoteKit } from './note-kit';
import { isAddNoteKey } from './note-keys';
import { NotesView } from './NotesView';
import type { PanelProps, PanelView } from './panel-props';
import { PanelHead } from './PanelHead';
import { PanelTabs } from './PanelTabs';
import { ReferencesView } from './ReferencesView';
import { UndoBar } from './UndoBar';
import { useReturnFocus } from './use-return-focus';

/**
 * YouTube listens on `document` for its shortcuts (k, j, l, f, m, arrows,
 * digits): no key pressed inside the panel may reach it. Default actions are
 * left alone, so Tab still moves focus.
 */
const keepKeys = (event: KeyboardEvent) => event.stopPropagation();

/** The views that list notes, where an existing note is edited in its own place. */
const LISTS_NOTES: ReadonlySet<PanelView> = new Set(['sections', 'time', 'notes']);

export function Panel(props: PanelProps) {
  const { title, claims, activeId, beyond, notice, papers, concepts, view, collapsed, layout, theme, editor } = props;
  const id = useId();
  const root = useRef<HTMLElement>(null);
  // Handlers given to memoised items must keep their identity; the controller's may not.
  const latest = useRef(props);
  latest.current = props;

  const byId = useMemo(() => new Map<ClaimId, Claim>(claims.map((claim) => [claim.id, claim])), [claims]);
  const inTime = useMemo(() => claimsInTimeOrder(claims), [claims]);
  const timeRank = useMemo(() => new Map(inTime.map((claim, i) => [claim.id, i + 1])), [inTime]);
  const paperByKey = useMemo(() => new Map<RefKey, CitedPaper>(papers.map((paper) => [paper.key, paper])), [papers]);
  // The contract promises time order without tombstones; the lists rely on it, so it is made sure of once.
  const notes = useMemo(() => visibleNotes(props.notes), [props.notes]);
  const actions = useMemo(() => delegateNoteActions(() => latest.current), []);
  const noteKit = useMemo<NoteKit>(() => ({ claims: inTime, byId, actions }), [inTime, byId, actions]);
  const [selectedConcept, setSelectedConcept] = useState<ConceptKey | null>(null);

  const active = activeId === null ? null : (byId.get(activeId) ?? null);
  const onSeek = useCallback((claimId: ClaimId) => latest.current.onSeek(claimId), []);
  const onConcept = useCallback((key: ConceptKey) => {
    setSelectedConcept(key);
    latest.current.onViewChange('concepts');
  }, []);
  const onTab = (next: PanelView) => {
    setSelectedConcept(null);
    props.onViewChange(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    keepKeys(event);
    if (!isAddNoteKey(event)) return;
    event.preventDefault();
    latest.current.onAddNote();
  };

  // An existing note is edited where it is listed; a new note, or one not
  // listed now (collapsed, another view), at the top: the editor never hides.
  const inPlace = editor !== null && editor.noteId !== null && !collapsed && LISTS_NOTES.has(view) && notes.some((n) => n.id === editor.noteId);
  const listEditor = inPlace ? editor : null;
  useReturnFocus(root, editor === null ? null : (editor.noteId ?? 'new'), props.undo?.id ?? null);

  const bodyId = `${id}-body`;
  const viewId = `${id}-view`;
  return (
    <section
      class="claimline"
      ref={root}
      data-layout={layout}
      data-theme={theme}
      aria-label="Claimline: claims of this talk"
      onKeyDown={onKeyDown}
      onKeyUp={keepKeys}
      onKeyPress={keepKeys}
    >
      <PanelHead
        title={title}
        active={active}
        reached={active ? (timeRank.get(active.id) ?? 0) : 0}
        total={claims.length}
        collapsed={collapsed}
        bodyId={bodyId}
        onCollapsedChange={props.onCollapsedChange}
        onAddNote={props.onAddNote}
      />
      <p class="cl-status" role="status" aria-live="polite">
        {props.status ?? ''}
      </p>
      <UndoBar undo={props.undo} onUndo={props.onUndoDelete} />
      {editor !== null && !inPlace && (
        <div class="cl-top-editor">
          <NoteEditor editor={editor} kit={noteKit} />
        </div>
      )}
      {!collapsed && (
        <div class="cl-main" id={bodyId}>
          {notice !== null && notice !== '' && <p class="cl-notice">{notice}</p>}
          <PanelTabs
            view={view}
            notes={notes.length}
            papers={papers.length}
            concepts={concepts.length}
            idPrefix={`${id}-tab`}
            panelId={viewId}
            onViewChange={onTab}
          />
          <div class="cl-view" role="tabpanel" id={viewId} aria-labelledby={`${id}-tab-${view}`}>
            {view === 'sections' || view === 'time' ? (
              <ClaimList
                arrangement={view}
                claims={claims}
                active={active}
                beyond={beyond}
                papers={paperByKey}
                onSeek={onSeek}
                onConcept={onConcept}
                notes={notes}
                editor={listEditor}
                noteKit={noteKit}
                followPlayback={props.followPlayback}
              />
            ) : view === 'notes' ? (
              <NotesView notes={notes} editor={listEditor} kit={noteKit} />
            ) : view === 'references' ? (
              <ReferencesView papers={papers} claims={byId} beyond={beyond} onSeek={onSeek} />
            ) : (
              <ConceptsView
                concepts={concepts}
                claims={byId}
                beyond={beyond}
                selected={selectedConcept}
                onSeek={onSeek}
                onOpenTalk={props.onOpenTalk}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}

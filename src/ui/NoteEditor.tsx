/**
 * The note editor: the note's text (Markdown, kept as typed), stance, tags and
 * claim. Controlled: it shows what `editor` says and reports every change
 * through `onDraftChange`. Ctrl+Enter (Cmd+Enter) saves, Escape cancels. A
 * failed save shows why and leaves the text where it is.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { asClaimId } from '../core/ids';
import { STANCES } from '../core/note';
import { formatTime } from '../core/timestamp';
import { ClaimOptions } from './ClaimOptions';
import { onClaim, STANCE_LABELS, type NoteKit } from './note-kit';
import type { NoteEditorState } from './panel-props';
import { scrollWithin } from './scroll-within';

export interface NoteEditorProps {
  editor: NoteEditorState;
  kit: NoteKit;
}

export function NoteEditor({ editor, kit }: NoteEditorProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const { actions } = kit;

  // Focus the text when the editor opens. Inside a scrolling list, scroll only
  // that list (a plain focus() would scroll YouTube's page too).
  useLayoutEffect(() => {
    const text = field.current;
    if (!text || !box.current) return;
    const scroller = box.current.closest<HTMLElement>('.cl-scroll');
    text.focus({ preventScroll: scroller !== null });
    text.setSelectionRange(text.value.length, text.value.length);
    if (scroller) scrollWithin(scroller, box.current);
  }, [editor.noteId]);

  const orphan = editor.claimId !== null && !kit.byId.has(editor.claimId);
  const save = () => {
    if (!editor.saving) actions.onSaveNote();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    actions.onCancelNote();
  };
  const onTextKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    event.preventDefault();
    save();
  };

  return (
    <div
      class="cl-editor"
      ref={box}
      role="group"
      aria-labelledby={`${id}-head`}
      aria-busy={editor.saving ? 'true' : undefined}
      data-editing={editor.noteId ?? 'new'}
      onKeyDown={onKeyDown}
    >
      <p class="cl-editor-head" id={`${id}-head`}>
        Note at {formatTime(editor.start)} · {onClaim(editor.claimId, kit.byId) ?? 'not attached to a claim'}
      </p>
      <textarea
        ref={field}
        class="cl-field cl-note-input"
        data-field="note-text"
        aria-label="Note text"
        placeholder="Your note (Markdown is fine)"
        rows={4}
        value={editor.text}
        onInput={(event) => actions.onDraftChange({ text: event.currentTarget.value })}
        onKeyDown={onTextKeyDown}
      />
      <div class="cl-stances" role="group" aria-label="Stance">
        {STANCES.map((stance) => (
          <button
            type="button"
            key={stance}
            class="cl-stance-toggle"
            data-stance={stance}
            aria-pressed={editor.stance === stance ? 'true' : 'false'}
            onClick={() => actions.onDraftChange({ stance: editor.stance === stance ? null : stance })}
          >
            {STANCE_LABELS[stance]}
          </button>
        ))}
      </div>
      <label class="cl-editor-row">
        <span>Tags</span>
        <input
          type="text"
          class="cl-field"
          data-field="note-tags"
          placeholder="comma, separated"
          value={editor.tags}
          onInput={(event) => actions.onDraftChange({ tags: event.currentTarget.value })}
        />
      </label>
      <label class="cl-editor-row">
        <span>Claim</span>
        <select
          class="cl-field"
          data-field="note-claim"
          value={editor.claimId ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            actions.onDraftChange({ claimId: value === '' ? null : asClaimId(value) });
          }}
        >
          <ClaimOptions claims={kit.claims} />
          {orphan && <option value={editor.claimId ?? ''}>A claim no longer in this talk</option>}
        </select>
      </label>
      {editor.error !== null && (
        <p class="cl-editor-error" role="alert">
          {editor.error}
        </p>
      )}
      <div class="cl-editor-actions">
        <button type="button" class="cl-button" data-action="cancel-note" onClick={() => actions.onCancelNote()}>
          Cancel
        </button>
        <button
          type="button"
          class="cl-button cl-primary"
          data-action="save-note"
          disabled={editor.saving}
          title="Save (Ctrl+Enter)"
          aria-keyshortcuts="Control+Enter Meta+Enter"
          onClick={save}
        >
          {editor.saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </div>
  );
}

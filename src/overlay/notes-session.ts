/**
 * The notes of the talk on screen: loading them, the editor and its draft,
 * saving, deleting with undo, and following changes made in other tabs. No
 * DOM: the overlay controller renders what this holds and calls `onChange`.
 */
import type { ClaimId, NoteId, VideoId } from '../core/ids';
import { createNote, editNote, normaliseTags, visibleNotes, type Note } from '../core/note';
import type { SaveNoteResult } from '../core/protocol';
import { formatTime } from '../core/timestamp';
import type { NoteDraftChange, NoteEditorState } from '../ui/panel-props';

export interface NotesApi {
  list(videoId: VideoId): Promise<Note[]>;
  save(note: Note): Promise<SaveNoteResult>;
  remove(id: NoteId): Promise<Note | null>;
  restore(id: NoteId): Promise<Note | null>;
}

export interface DraftStore {
  load(videoId: VideoId): Promise<Omit<NoteEditorState, 'saving' | 'error'> | null>;
  store(videoId: VideoId, draft: Omit<NoteEditorState, 'saving' | 'error'>): Promise<void>;
  clear(videoId: VideoId): Promise<void>;
}

export interface NotesSessionDeps {
  videoId: VideoId;
  api: NotesApi;
  drafts: DraftStore;
  now(): Date;
  newId(): string;
  /** Something shown changed: render again. */
  onChange(): void;
  signal: AbortSignal;
}

/** How long a confirmation and the undo offer stay. */
const STATUS_MS = 4000;
const UNDO_MS = 10_000;
const DRAFT_DELAY_MS = 250;
const SAVING_SHOWN_AFTER_MS = 120;
const DRAFT_FIELDS = ['text', 'stance', 'tags', 'claimId'] as const;

export class NotesSession {
  notes: Note[] = [];
  editor: NoteEditorState | null = null;
  status: string | null = null;
  undo: Note | null = null;
  /** Set when the notes could not be read: shown instead of an empty list that would look like loss. */
  loadError: string | null = null;
  /** A new note's text closed without saving: the next Add note continues it. */
  #kept: NoteEditorState | null = null;
  /** A save is on its way (a second Save waits for it). */
  #saving = false;
  /** `updatedAt` of the note when its editing began. */
  #editBase: string | null = null;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;
  #statusTimer: ReturnType<typeof setTimeout> | undefined;
  #undoTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: NotesSessionDeps) {
    deps.signal.addEventListener('abort', () => {
      this.flushDraft();
      clearTimeout(this.#statusTimer);
      clearTimeout(this.#undoTimer);
    }, { once: true });
  }

  /** Reads the talk's notes and brings back an unsaved draft, if any. */
  async start(): Promise<void> {
    await this.refresh();
    const draft = await this.deps.drafts.load(this.deps.videoId).catch(() => null);
    if (draft && !this.editor && !this.deps.signal.aborted) {
      this.editor = { ...draft, saving: false, error: null };
      this.#say('Your unsaved note is back.');
    }
    this.deps.onChange();
  }

  async refresh(): Promise<void> {
    try {
      this.notes = visibleNotes(await this.deps.api.list(this.deps.videoId));
      this.loadError = null;
      this.#noticeChangedElsewhere();
    } catch (error) {
      this.loadError = `Your notes could not be read: ${(error as Error).message}`;
    }
    if (!this.deps.signal.aborted) this.deps.onChange();
  }

  /** Opens the editor for a new note at `start`, attached to `claimId`; an open editor is kept as it is. */
  add(start: number, claimId: ClaimId | null): void {
    if (!this.editor) {
      this.editor = this.#kept ?? { noteId: null, start, claimId, text: '', stance: null, tags: '', saving: false, error: null };
      this.#kept = null;
    }
    this.deps.onChange();
  }

  edit(id: NoteId): void {
    const note = this.notes.find((n) => n.id === id);
    if (!note) return;
    if (this.editor && this.editor.noteId !== id && this.#dirty()) {
      this.#say('Save or cancel the open note first.');
      return;
    }
    this.editor = { noteId: id, start: note.start, claimId: note.claimId, text: note.text, stance: note.stance, tags: note.tags.join(', '), saving: false, error: null };
    this.#editBase = note.updatedAt;
    this.deps.onChange();
  }

  /** The note being edited was changed (or deleted) in another tab: say so rather than keep a stale copy silently. */
  #noticeChangedElsewhere() {
    const editor = this.editor;
    if (!editor || editor.noteId === null || this.#editBase === null) return;
    const current = this.notes.find((n) => n.id === editor.noteId);
    if (current && current.updatedAt === this.#editBase) return;
    this.#editBase = current?.updatedAt ?? null;
    this.editor = {
      ...editor,
      error: current
        ? 'This note was changed in another tab since you opened it. Save replaces that version with yours; Cancel keeps theirs.'
        : 'This note was deleted in another tab. Save keeps your text as a note again.',
    };
    if (!current) this.editor = { ...this.editor, noteId: null };
  }

  change(change: NoteDraftChange): void {
    if (!this.editor) return;
    this.editor = { ...this.editor, ...change };
    this.#scheduleDraft();
    this.deps.onChange();
  }

  /** Saves the draft; the editor closes only once the background confirmed the transaction. */
  async save(): Promise<void> {
    const editor = this.editor;
    if (!editor || this.#saving) return;
    this.#saving = true;
    const note = this.#noteFrom(editor);
    const saving = this.deps.api.save(note);
    // A save usually confirms within milliseconds: "Saving…" shows only if it
    // does not, so the panel is not drawn twice on the way to the saved note.
    const slow = setTimeout(() => {
      if (this.editor === editor || this.editor?.noteId === editor.noteId) {
        this.editor = { ...this.editor!, saving: true, error: null };
        this.deps.onChange();
      }
    }, SAVING_SHOWN_AFTER_MS);
    let result: SaveNoteResult;
    try {
      result = await saving;
    } catch (error) {
      this.#settled(slow);
      this.#keep(editor, `${(error as Error).message}. Your text is still here: press Save to try again.`);
      return;
    }
    this.#settled(slow);
    if (!result.saved) {
      const when = new Date(result.stored.updatedAt).toLocaleTimeString();
      this.#keep(editor, `Not saved: a newer version of this note was saved elsewhere at ${when}. Your text is still here; copy it before reopening the note.`);
      return;
    }
    this.notes = visibleNotes([...this.notes.filter((n) => n.id !== result.note.id), result.note]);
    const current = this.editor;
    if (current && DRAFT_FIELDS.some((field) => current[field] !== editor[field])) {
      // Typed on while the save ran: keep that text open as an edit of the saved note.
      this.editor = { ...current, noteId: result.note.id, saving: false };
      this.flushDraft();
      this.#say(`Note saved at ${formatTime(result.note.start)}.`);
    } else {
      this.editor = null;
      clearTimeout(this.#draftTimer);
      // The saved note shows first; the draft it came from is cleared after.
      this.#say(`Note saved at ${formatTime(result.note.start)}.`);
      await this.deps.drafts.clear(this.deps.videoId).catch(() => undefined);
    }
  }

  #settled(slow: ReturnType<typeof setTimeout>) {
    clearTimeout(slow);
    this.#saving = false;
  }

  /** Closes the editor. Unsaved text is not thrown away: it stays as the draft for the next Add note. */
  cancel(): void {
    if (!this.editor) return;
    const dirty = this.#dirty();
    if (dirty && this.editor.noteId === null) {
      this.flushDraft();
      this.#kept = { ...this.editor, saving: false, error: null };
      this.editor = null;
      this.#say('Draft kept: Add note continues it.');
      return;
    }
    this.editor = null;
    clearTimeout(this.#draftTimer);
    void this.deps.drafts.clear(this.deps.videoId).catch(() => undefined);
    this.deps.onChange();
  }

  async remove(id: NoteId): Promise<void> {
    try {
      const removed = await this.deps.api.remove(id);
      this.notes = this.notes.filter((n) => n.id !== id);
      this.undo = removed;
      clearTimeout(this.#undoTimer);
      this.#undoTimer = setTimeout(() => {
        this.undo = null;
        this.deps.onChange();
      }, UNDO_MS);
      this.#say('Note deleted.');
    } catch (error) {
      this.#say((error as Error).message);
    }
  }

  async undoRemove(): Promise<void> {
    const note = this.undo;
    if (!note) return;
    try {
      const restored = await this.deps.api.restore(note.id);
      this.undo = null;
      if (restored) this.notes = visibleNotes([...this.notes, restored]);
      this.#say('Note restored.');
    } catch (error) {
      this.#say((error as Error).message);
    }
  }

  /** Writes the draft now (the page is going away, or the overlay is). */
  flushDraft(): void {
    clearTimeout(this.#draftTimer);
    const editor = this.editor;
    if (editor && this.#dirty()) void this.deps.drafts.store(this.deps.videoId, stripState(editor)).catch(() => undefined);
  }

  #noteFrom(editor: NoteEditorState): Note {
    const tags = normaliseTags(editor.tags.split(','));
    const existing = editor.noteId === null ? undefined : this.notes.find((n) => n.id === editor.noteId);
    if (existing) return editNote(existing, { text: editor.text, stance: editor.stance, tags, claimId: editor.claimId }, this.deps.now());
    return createNote(
      { videoId: this.deps.videoId, start: editor.start, claimId: editor.claimId, text: editor.text, stance: editor.stance, tags },
      editor.noteId ?? this.deps.newId(),
      this.deps.now(),
    );
  }

  #keep(editor: NoteEditorState, error: string) {
    this.editor = { ...editor, ...(this.editor ?? {}), saving: false, error };
    this.flushDraft();
    this.deps.onChange();
  }

  /** True when the editor holds text that is not saved. */
  get dirty(): boolean {
    return this.#dirty();
  }

  #dirty(): boolean {
    const editor = this.editor;
    if (!editor) return false;
    const note = editor.noteId === null ? null : this.notes.find((n) => n.id === editor.noteId);
    if (!note) return editor.text.trim() !== '' || editor.tags.trim() !== '' || editor.stance !== null;
    return editor.text !== note.text || editor.stance !== note.stance || editor.tags !== note.tags.join(', ') || editor.claimId !== note.claimId;
  }

  #scheduleDraft() {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => this.flushDraft(), DRAFT_DELAY_MS);
  }

  #say(status: string) {
    this.status = status;
    clearTimeout(this.#statusTimer);
    this.#statusTimer = setTimeout(() => {
      this.status = null;
      this.deps.onChange();
    }, STATUS_MS);
    this.deps.onChange();
  }
}

function stripState({ saving: _saving, error: _error, ...draft }: NoteEditorState) {
  return draft;
}

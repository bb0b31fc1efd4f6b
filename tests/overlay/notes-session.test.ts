import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asClaimId, asVideoId, type NoteId, type VideoId } from '../../src/core/ids';
import { deleteNote, isNewer, restoreNote, visibleNotes, type Note } from '../../src/core/note';
import { NotesSession, type DraftStore, type NotesApi } from '../../src/overlay/notes-session';

const TALK = asVideoId('Y4wMksHyMFg');
const CLAIM = asClaimId('t00-03-43');

/** An in-memory background with the same rules as the real one. */
function fakeBackground() {
  const stored = new Map<NoteId, Note>();
  let failNext: Error | null = null;
  const api: NotesApi = {
    list: async (videoId: VideoId) => visibleNotes([...stored.values()].filter((n) => n.videoId === videoId)),
    save: async (note) => {
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      const old = stored.get(note.id);
      if (old && !isNewer(note, old)) return { saved: false, stored: old };
      stored.set(note.id, note);
      return { saved: true, note };
    },
    remove: async (id) => {
      const note = stored.get(id);
      if (!note) return null;
      const gone = deleteNote(note, new Date());
      stored.set(id, gone);
      return gone;
    },
    restore: async (id) => {
      const note = stored.get(id);
      if (!note) return null;
      const back = restoreNote(note, new Date());
      stored.set(id, back);
      return back;
    },
  };
  return { api, stored, failWith: (error: Error) => void (failNext = error) };
}

function fakeDrafts() {
  const drafts = new Map<VideoId, unknown>();
  const store: DraftStore = {
    load: async (videoId) => (drafts.get(videoId) as Awaited<ReturnType<DraftStore['load']>>) ?? null,
    store: async (videoId, draft) => void drafts.set(videoId, draft),
    clear: async (videoId) => void drafts.delete(videoId),
  };
  return { store, drafts };
}

let ids = 0;
function session(background = fakeBackground(), drafts = fakeDrafts()) {
  const onChange = vi.fn();
  const life = new AbortController();
  const notes = new NotesSession({
    videoId: TALK,
    api: background.api,
    drafts: drafts.store,
    now: () => new Date(),
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    onChange,
    signal: life.signal,
  });
  return { notes, background, drafts, onChange, life };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

describe('writing a note', () => {
  it('opens at the moment and claim, keeps a draft while typing, and closes only once the save is confirmed', async () => {
    const { notes, background, drafts } = session();
    await notes.start();
    notes.add(223.4, CLAIM);
    expect(notes.editor).toMatchObject({ noteId: null, start: 223.4, claimId: CLAIM, text: '' });
    notes.change({ text: 'Seather is CLadder?', stance: 'question', tags: 'dataset, #names' });
    vi.advanceTimersByTime(300);
    expect(drafts.drafts.get(TALK)).toMatchObject({ text: 'Seather is CLadder?' });

    const saving = notes.save();
    expect(notes.editor).not.toBeNull();
    await saving;
    expect(notes.editor).toBeNull();
    expect(notes.notes).toHaveLength(1);
    expect(notes.notes[0]).toMatchObject({ text: 'Seather is CLadder?', stance: 'question', tags: ['dataset', 'names'], claimId: CLAIM, start: 223.4 });
    expect([...background.stored.values()]).toEqual(notes.notes);
    expect(drafts.drafts.has(TALK)).toBe(false);
    expect(notes.status).toMatch(/Note saved at 3:43/);
  });

  it('says "Saving…" only when the background is slow, and a second Save meanwhile does nothing', async () => {
    const background = fakeBackground();
    let release: () => void = () => undefined;
    const realSave = background.api.save;
    const calls: number[] = [];
    background.api.save = (note) => {
      calls.push(1);
      return new Promise((resolve) => (release = () => resolve(realSave(note))));
    };
    const { notes } = session(background);
    await notes.start();
    notes.add(10, null);
    notes.change({ text: 'slow disk' });
    const saving = notes.save();
    expect(notes.editor?.saving).toBe(false);
    vi.advanceTimersByTime(150);
    expect(notes.editor?.saving).toBe(true);
    void notes.save();
    expect(calls).toHaveLength(1);
    release();
    await saving;
    expect(notes.editor).toBeNull();
    expect(notes.notes.map((n) => n.text)).toEqual(['slow disk']);
  });

  it('a failed save keeps the text and says why; the retry saves it', async () => {
    const { notes, background, drafts } = session();
    await notes.start();
    notes.add(10, null);
    notes.change({ text: 'precious words' });
    background.failWith(new Error("Not saved: the browser's storage for Claimline is full"));
    await notes.save();
    expect(notes.editor).toMatchObject({ text: 'precious words', saving: false, error: expect.stringMatching(/storage for Claimline is full.*Your text is still here/) });
    expect(drafts.drafts.get(TALK)).toMatchObject({ text: 'precious words' });
    await notes.save();
    expect(notes.editor).toBeNull();
    expect(notes.notes.map((n) => n.text)).toEqual(['precious words']);
  });

  it('text typed while a save runs is not lost', async () => {
    const { notes } = session();
    await notes.start();
    notes.add(10, null);
    notes.change({ text: 'first' });
    const saving = notes.save();
    notes.change({ text: 'first and more' });
    await saving;
    expect(notes.editor).toMatchObject({ text: 'first and more', noteId: notes.notes[0]?.id });
    await notes.save();
    expect(notes.notes.map((n) => n.text)).toEqual(['first and more']);
  });

  it('an older version is refused, and the editor says so and keeps the text', async () => {
    const { notes, background } = session();
    await notes.start();
    notes.add(10, null);
    notes.change({ text: 'v1' });
    await notes.save();
    const saved = notes.notes[0]!;
    notes.edit(saved.id);
    notes.change({ text: 'my edit' });
    // Another tab saved a version far in the future (a clock ahead).
    background.stored.set(saved.id, { ...saved, text: 'theirs', updatedAt: '2099-01-01T00:00:00.000Z' });
    await notes.save();
    expect(notes.editor).toMatchObject({ text: 'my edit', error: expect.stringMatching(/newer version of this note was saved elsewhere/) });
  });

  it('cancelling unsaved text keeps it for the next Add note, and a reload brings it back', async () => {
    const { notes, drafts, background } = session();
    await notes.start();
    notes.add(50, CLAIM);
    notes.change({ text: 'half a thought' });
    notes.cancel();
    expect(notes.editor).toBeNull();
    expect(notes.status).toMatch(/Draft kept/);
    notes.add(90, null);
    expect(notes.editor).toMatchObject({ text: 'half a thought', start: 50 });

    const reloaded = session(background, drafts);
    await reloaded.notes.start();
    expect(reloaded.notes.editor).toMatchObject({ text: 'half a thought' });
  });

  it('deletes with an undo', async () => {
    const { notes } = session();
    await notes.start();
    notes.add(10, null);
    notes.change({ text: 'keep me' });
    await notes.save();
    const id = notes.notes[0]!.id;
    await notes.remove(id);
    expect(notes.notes).toEqual([]);
    expect(notes.undo?.id).toBe(id);
    await notes.undoRemove();
    expect(notes.notes.map((n) => n.text)).toEqual(['keep me']);
    expect(notes.undo).toBeNull();
  });

  it('sees notes written in another tab after a refresh', async () => {
    const background = fakeBackground();
    const a = session(background);
    const b = session(background);
    await a.notes.start();
    await b.notes.start();
    a.notes.add(5, null);
    a.notes.change({ text: 'from A' });
    await a.notes.save();
    await b.notes.refresh();
    expect(b.notes.notes.map((n) => n.text)).toEqual(['from A']);
  });

  it('an edit open in one tab learns that the note changed in another, and its save then wins', async () => {
    const background = fakeBackground();
    const a = session(background);
    const b = session(background);
    await a.notes.start();
    a.notes.add(5, null);
    a.notes.change({ text: 'original' });
    await a.notes.save();
    await b.notes.start();
    const id = b.notes.notes[0]!.id;
    b.notes.edit(id);
    b.notes.change({ text: 'B is editing' });
    vi.advanceTimersByTime(1000);
    a.notes.edit(id);
    a.notes.change({ text: 'A changed it' });
    await a.notes.save();
    await b.notes.refresh();
    expect(b.notes.editor).toMatchObject({ text: 'B is editing', error: expect.stringMatching(/changed in another tab/) });
    vi.advanceTimersByTime(1000);
    await b.notes.save();
    await a.notes.refresh();
    expect(a.notes.notes.map((n) => n.text)).toEqual(['B is editing']);
  });

  it('says so when notes cannot be read, rather than showing an empty list', async () => {
    const background = fakeBackground();
    background.api.list = async () => {
      throw new Error('Notes could not be read: the database was closed');
    };
    const { notes } = session(background);
    await notes.start();
    expect(notes.loadError).toMatch(/could not be read/);
  });
});

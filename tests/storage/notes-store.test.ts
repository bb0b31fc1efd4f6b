import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStorageError } from '../../src/storage/storage-errors';
import { asClaimId, asVideoId } from '../../src/core/ids';
import { createNote, editNote, type Note } from '../../src/core/note';
import { closeDatabase, database, DB_NAME, DB_VERSION, migrateNoteV1, type NoteV1 } from '../../src/storage/database';
import { allNotes, listNotes, mergeNotes, removeNote, saveNote, undoRemoveNote } from '../../src/storage/notes-store';

const TALK = asVideoId('Y4wMksHyMFg');
const OTHER = asVideoId('zFeAtV7AN0A');
let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const at = (iso: string) => new Date(iso);
const note = (text: string, start = 10, videoId = TALK, when = '2026-11-23T10:00:00.000Z') =>
  createNote({ videoId, start, claimId: asClaimId('t00-00-10'), text, stance: 'question', tags: ['#method', 'method', ' data '] }, uuid(), at(when));

afterEach(async () => {
  closeDatabase();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
});

describe('the notes store', () => {
  it('creates, lists by talk in time order, and keeps every field', async () => {
    const late = note('later', 300);
    const early = note('earlier', 20);
    const elsewhere = note('other talk', 5, OTHER);
    for (const n of [late, early, elsewhere]) expect(await saveNote(n)).toEqual({ saved: true, note: n });
    expect(await listNotes(TALK)).toEqual([early, late]);
    expect(await listNotes(OTHER)).toEqual([elsewhere]);
    expect(early.tags).toEqual(['method', 'data']);
  });

  it('updates a note with a newer version and refuses an older one', async () => {
    const first = note('first');
    await saveNote(first);
    const edited = editNote(first, { text: 'edited', stance: 'agree' }, at('2026-11-23T11:00:00.000Z'));
    expect((await saveNote(edited)).saved).toBe(true);
    expect(await saveNote(first)).toEqual({ saved: false, stored: edited });
    expect(await listNotes(TALK)).toEqual([edited]);
  });

  it('deletes as a tombstone, hides it, and undoes the delete', async () => {
    const n = note('to delete');
    await saveNote(n);
    const tombstone = await removeNote(n.id, at('2026-11-23T12:00:00.000Z'));
    expect(tombstone?.deletedAt).toBe('2026-11-23T12:00:00.000Z');
    expect(await listNotes(TALK)).toEqual([]);
    expect(await allNotes()).toHaveLength(1);
    // An older edit from another tab does not bring a deleted note back.
    expect((await saveNote(editNote(n, { text: 'old edit' }, at('2026-11-23T11:00:00.000Z')))).saved).toBe(false);
    const restored = await undoRemoveNote(n.id, at('2026-11-23T12:00:05.000Z'));
    expect(restored).toMatchObject({ text: 'to delete', deletedAt: null });
    expect(await listNotes(TALK)).toEqual([restored]);
  });

  it('concurrent writes: different notes all survive; two versions of one note resolve by updatedAt, whatever the order', async () => {
    const many = Array.from({ length: 40 }, (_, i) => note(`note ${i}`, i));
    await Promise.all(many.map((n) => saveNote(n)));
    expect(await listNotes(TALK)).toHaveLength(40);

    const base = many[0]!;
    const tabA = editNote(base, { text: 'from tab A' }, at('2026-11-23T10:05:00.000Z'));
    const tabB = editNote(base, { text: 'from tab B' }, at('2026-11-23T10:06:00.000Z'));
    const results = await Promise.all([saveNote(tabB), saveNote(tabA)]);
    expect(results.map((r) => r.saved)).toEqual([true, false]);
    expect((await listNotes(TALK)).find((n) => n.id === base.id)?.text).toBe('from tab B');
  });

  it('merges many notes in one transaction: no duplicates, the newer wins', async () => {
    const kept = note('kept');
    const stale = note('stale stored');
    await saveNote(kept);
    await saveNote(stale);
    const newer = editNote(stale, { text: 'newer from backup' }, at('2026-11-24T00:00:00.000Z'));
    const olderCopy = { ...kept, text: 'older copy', updatedAt: '2026-01-01T00:00:00.000Z' } as Note;
    const fresh = note('fresh');
    expect(await mergeNotes([newer, olderCopy, fresh, fresh])).toEqual({ added: 1, updated: 1, unchanged: 2 });
    expect((await listNotes(TALK)).map((n) => n.text).sort()).toEqual(['fresh', 'kept', 'newer from backup']);
  });

  it('a merge that fails midway writes nothing', async () => {
    await saveNote(note('before'));
    const broken = { ...note('broken'), id: undefined } as unknown as Note;
    await expect(mergeNotes([note('would be added'), broken])).rejects.toThrow();
    expect((await listNotes(TALK)).map((n) => n.text)).toEqual(['before']);
  });

  it('reopens a connection closed under it', async () => {
    await saveNote(note('one'));
    (await database()).close();
    expect((await saveNote(note('two'))).saved).toBe(true);
    expect(await listNotes(TALK)).toHaveLength(2);
  });
});

describe('the schema upgrade', () => {
  const v1: NoteV1[] = [
    { id: '11111111-1111-4111-8111-111111111111', videoId: 'Y4wMksHyMFg', time: 223.5, claimId: 't00-03-43', text: 'First shape, **markdown** kept', createdAt: Date.UTC(2026, 0, 2), updatedAt: Date.UTC(2026, 0, 3) },
    { id: '22222222-2222-4222-8222-222222222222', videoId: 'zFeAtV7AN0A', time: 761, claimId: null, text: 'No claim', createdAt: Date.UTC(2026, 0, 4), updatedAt: Date.UTC(2026, 0, 4) },
  ];

  it('moves every note of the version 1 shape to the current one without losing a field', async () => {
    const old = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('notes', { keyPath: 'id' }) });
    for (const record of v1) await old.put('notes', record);
    old.close();

    expect(await listNotes(TALK)).toEqual([
      {
        id: v1[0]!.id,
        videoId: 'Y4wMksHyMFg',
        start: 223.5,
        end: null,
        claimId: 't00-03-43',
        text: 'First shape, **markdown** kept',
        stance: null,
        tags: [],
        createdAt: '2026-01-02T00:00:00.000Z',
        updatedAt: '2026-01-03T00:00:00.000Z',
        deletedAt: null,
      },
    ]);
    expect(await listNotes(OTHER)).toEqual([migrateNoteV1(v1[1]!)]);
    expect((await database()).version).toBe(DB_VERSION);
  });

  it('moves a version 2 database to version 3 (imported talks) keeping every note', async () => {
    const n = note('written under version 2');
    const old = await openDB(DB_NAME, 2, {
      upgrade: (db) => {
        const notes = db.createObjectStore('notes', { keyPath: 'id' });
        notes.createIndex('byVideo', 'videoId');
        notes.createIndex('byUpdated', 'updatedAt');
      },
    });
    await old.put('notes', n);
    old.close();
    expect(await listNotes(TALK)).toEqual([n]);
    const db = await database();
    expect([...db.objectStoreNames].sort()).toEqual(['notes', 'talks']);
  });
});

describe('an upgrade held up by an older page', () => {
  it('says so after a while instead of waiting forever, and works once the old page lets go', async () => {
    // An older page holds version 2 open and ignores requests to close.
    const old = await openDB(DB_NAME, 2, {
      upgrade: (db) => {
        const notes = db.createObjectStore('notes', { keyPath: 'id' });
        notes.createIndex('byVideo', 'videoId');
        notes.createIndex('byUpdated', 'updatedAt');
      },
    });
    const error = await database({ blockedUpgradeMs: 50 }).then(() => null, (e: Error) => e);
    expect(`${error?.name}: ${describeStorageError(error)}`).toMatch(/^BlockedError: another Claimline tab or page still has the database open/);
    old.close();
    expect(await listNotes(TALK)).toEqual([]);
  });
});

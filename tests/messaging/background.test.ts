/** The background's message handling: every request checked, nothing written for a bad one, errors in words. */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import browser from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asClaimId, asNoteId, asVideoId } from '../../src/core/ids';
import { createNote } from '../../src/core/note';
import { envelope } from '../../src/core/protocol';
import { libraryHandlers } from '../../src/messaging/library-handlers';
import { noteHandlers } from '../../src/messaging/notes-handlers';
import { dispatch, type Handlers } from '../../src/messaging/server';
import { closeDatabase, DB_NAME } from '../../src/storage/database';
import { listNotes } from '../../src/storage/notes-store';

const handlers: Handlers = { 'talk.get': () => null, 'talk.concepts': () => null, ...noteHandlers, ...libraryHandlers };
const youtube = () => ({ id: browser.runtime.id, url: 'https://www.youtube.com/watch?v=Y4wMksHyMFg' });
const TALK = asVideoId('Y4wMksHyMFg');
const note = createNote({ videoId: TALK, start: 12, claimId: asClaimId('t00-00-00'), text: 'hello' }, '0b9b7b36-5f43-4c8e-9a55-0d7d1f8c3e21', new Date('2026-11-23T10:00:00Z'));

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  closeDatabase();
  await new Promise((resolve) => {
    indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve;
  });
});

describe('requests to the background', () => {
  it('saves a valid note, confirms it, and lists it', async () => {
    expect(await dispatch(handlers, envelope('notes.save', { note }), youtube())).toEqual({ ok: true, value: { saved: true, note } });
    expect(await dispatch(handlers, envelope('notes.list', { videoId: TALK }), youtube())).toEqual({ ok: true, value: [note] });
  });

  it.each([
    ['a note without text', { ...note, text: undefined }, /note\.text/],
    ['a negative time', { ...note, start: -1 }, /note\.start/],
    ['an end before its start', { ...note, end: 1 }, /end must not be before start/],
    ['an unknown stance', { ...note, stance: 'maybe' }, /note\.stance/],
    ['a field from nowhere', { ...note, extra: '<img src=x onerror=alert(1)>' }, /note\.extra/],
    ['a bad id', { ...note, id: '1' }, /note\.id/],
  ])('refuses %s with a reply naming the field, and writes nothing', async (_, bad, error) => {
    const reply = await dispatch(handlers, { claimline: 1, type: 'notes.save', payload: { note: bad } }, youtube());
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(error);
    expect(await listNotes(TALK)).toEqual([]);
  });

  it('imports notes all or nothing: one bad note in the batch refuses the batch', async () => {
    const other = { ...note, id: asNoteId('1c7b3a4e-2f0d-4b5e-8c6a-9d8e7f6a5b4c'), text: 'second' };
    const reply = await dispatch(handlers, { claimline: 1, type: 'notes.import', payload: { notes: [other, { ...note, start: 'soon' }] } }, youtube());
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^notes\.import: notes\.1\.start/) });
    expect(await listNotes(TALK)).toEqual([]);
    expect(await dispatch(handlers, envelope('notes.import', { notes: [note, other] }), youtube())).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0 } });
  });

  it('refuses a sender that is not a YouTube page or one of its own pages', async () => {
    for (const sender of [{ id: 'another-extension', url: 'https://www.youtube.com/' }, { id: browser.runtime.id, url: 'https://evil.example/' }, { id: browser.runtime.id }]) {
      expect(await dispatch(handlers, envelope('notes.save', { note }), sender)).toEqual({ ok: false, error: 'sender not allowed' });
    }
    expect(await listNotes(TALK)).toEqual([]);
  });

  it('a full disk comes back as a sentence that says what was not saved, and nothing is written', async () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const reply = await dispatch(handlers, envelope('notes.save', { note }), youtube());
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Not saved: the browser's storage for Claimline is full/) });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await listNotes(TALK)).toEqual([]);
  });
});

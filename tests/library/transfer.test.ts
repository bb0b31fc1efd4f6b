/** Imports refused before anything is written: too large, not JSON, truncated, one bad item, a future format. */
import { describe, expect, it, vi } from 'vitest';
import { asVideoId } from '../../src/core/ids';
import { createNote } from '../../src/core/note';
import { notesToAnnotations } from '../../src/core/export/annotations';
import { importFile, MAX_IMPORT_BYTES } from '../../src/library/transfer';

const now = new Date('2026-11-23T12:00:00Z');
const note = createNote({ videoId: asVideoId('zFeAtV7AN0A'), start: 761, claimId: null, text: 'kept' }, '0b9b7b36-5f43-4c8e-9a55-0d7d1f8c3e21', now);
const backup = notesToAnnotations([note], { label: 'backup', exportedAt: now });

function targets() {
  return { importNotes: vi.fn(async () => ({ added: 1, updated: 0, unchanged: 0 })), importTalk: vi.fn() };
}
const file = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });

describe('importing a file', () => {
  it('a valid backup is merged', async () => {
    const t = targets();
    const message = await importFile(file('backup.jsonld', JSON.stringify(backup)), t, now);
    expect(message).toMatchObject({ kind: 'ok', text: 'backup.jsonld: 1 notes read: 1 added, 0 updated, 0 already up to date.' });
    expect(t.importNotes).toHaveBeenCalledWith([note]);
  });

  it.each([
    ['a truncated file', JSON.stringify(backup).slice(0, 200), /not valid JSON/],
    ['wrong JSON', '{"type": "AnnotationCollection", "first": 12}', /problem/],
    ['not JSON at all', 'hello', /not valid JSON/],
    ['a file from a future format', JSON.stringify({ ...backup, generator: { id: 'urn:claimline:format:7', type: 'Software', name: 'Claimline' } }), /problem/],
    ['one bad item among good ones', JSON.stringify({ ...backup, first: { type: 'AnnotationPage', items: [...backup.first.items, { ...backup.first.items[0], id: 'urn:uuid:1c7b3a4e-2f0d-4b5e-8c6a-9d8e7f6a5b4c', modified: 'yesterday' }] } }), /problem/],
  ])('%s is refused with a clear message and nothing is written', async (_, text, message) => {
    const t = targets();
    const result = await importFile(file('notes.jsonld', text), t, now);
    expect(result.kind).toBe('error');
    expect(result.text).toMatch(message);
    expect(result.text).toMatch(/Nothing was changed/);
    expect(t.importNotes).not.toHaveBeenCalled();
  });

  it('names the future format and what to do', async () => {
    const result = await importFile(file('new.jsonld', JSON.stringify({ ...backup, generator: { id: 'urn:claimline:format:7' } })), targets(), now);
    expect(result.details.join('\n')).toMatch(/newer Claimline \(format 7\).*Update Claimline/);
  });

  it('names the bad item and field', async () => {
    const bad = { ...backup, first: { type: 'AnnotationPage', items: [backup.first.items[0], { ...backup.first.items[0], id: 'urn:uuid:1c7b3a4e-2f0d-4b5e-8c6a-9d8e7f6a5b4c', target: { source: 'https://example.com/video', type: 'Video' } }] } };
    const result = await importFile(file('bad.jsonld', JSON.stringify(bad)), targets(), now);
    expect(result.details.join('\n')).toMatch(/item 2 .*target/);
  });

  it('a 50 MB file is refused before it is read', async () => {
    const t = targets();
    const text = vi.fn(async () => '');
    const result = await importFile({ name: 'huge.jsonld', size: 50 * 1024 * 1024, text }, t, now);
    expect(result).toMatchObject({ kind: 'error', text: expect.stringMatching(/50\.0 MB is more than the 20 MB/) });
    expect(text).not.toHaveBeenCalled();
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
  });

  it('an unknown kind of file is refused', async () => {
    expect((await importFile(file('notes.pdf', '%PDF'), targets(), now)).text).toMatch(/expected a Web Annotation file/);
  });
});

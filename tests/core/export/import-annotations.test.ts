/** Reading notes back from Web Annotation files: Claimline's own, other tools', and broken ones. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notesToAnnotations } from '../../../src/core/export/annotations';
import { describeProblem, readAnnotations, type ImportResult } from '../../../src/core/import/annotations';
import { readNote, type Note } from '../../../src/core/note';
import { EXPORTED_AT, NOTES } from './fixture';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'export');
const NOW = new Date('2025-06-01T00:00:00.000Z');
const read = (json: unknown) => readAnnotations(json, { now: NOW });
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const claimline = () => fixture('causal-inference-models-and-ai-workshops-zFeAtV7AN0A.jsonld') as { first: { items: Record<string, unknown>[] } };

function notesOf(result: ImportResult): Note[] {
  if (!result.ok) throw new Error(result.errors.map(describeProblem).join('\n'));
  return result.notes;
}

describe('readAnnotations: files written by other tools', () => {
  const result = read(fixture('other-tools.jsonld'));
  const notes = notesOf(result);

  it('reads every annotation from standard fields only', () => {
    expect(notes.map(({ start, end, claimId, text, stance, tags }) => ({ start, end, claimId, text, stance, tags }))).toEqual([
      // Hypothesis: a MediaTimeSelector beside a quote, Markdown text, a tag.
      { start: 529.4, end: 540, claimId: null, text: "Pearl's pillars: **seven plus one**", stance: null, tags: ['pearl'] },
      // Recogito style: youtu.be, t=npt:mm:ss, an assessing body in capitals.
      { start: 761, end: 785, claimId: null, text: 'Benchmarks again', stance: 'disagree', tags: ['benchmarks'] },
      // bodyValue, a string target with #t=, motivation questioning.
      { start: 1237, end: 1262, claimId: null, text: 'Is 25% above chance on ARC?', stance: 'question', tags: [] },
      // A target with only an id, its time as YouTube writes it (t=30m10s).
      { start: 1810, end: null, claimId: null, text: 'The Mamba question at the very end.', stance: null, tags: [] },
      // The first YouTube target of several, hh:mm:ss.sss times.
      { start: 1688.5, end: 1698, claimId: null, text: 'Skepticism as a good thing.', stance: null, tags: [] },
    ]);
    expect(notes.every((n) => n.videoId === 'zFeAtV7AN0A' && n.deletedAt === null && readNote(n).ok)).toBe(true);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('keeps urn:uuid ids and derives stable UUIDs from any other id', () => {
    expect(notes[2]?.id).toBe('0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e');
    const again = notesOf(read(fixture('other-tools.jsonld')));
    expect(again.map((n) => n.id)).toEqual(notes.map((n) => n.id));
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    for (const n of notes) expect(n.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('normalises other date-time forms, and stands in for missing ones', () => {
    expect(notes[0]).toMatchObject({ createdAt: '2024-05-02T14:03:11.412Z', updatedAt: '2024-05-02T14:05:00.000Z' });
    // No `created` nor `modified`: now, the time of the import.
    expect(notes[1]).toMatchObject({ createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    // Only `created`: `modified` is the same moment (a later re-import must not look like an edit).
    expect(notes[2]).toMatchObject({ createdAt: '2024-05-03T09:00:00Z', updatedAt: '2024-05-03T09:00:00Z' });
  });

  it('accepts a page, a bare array, a single annotation and a collection with first.items', () => {
    const items = (fixture('other-tools.jsonld') as { items: unknown[] }).items;
    const texts = (json: unknown) => notesOf(read(json)).map((n) => n.text);
    const all = notes.map((n) => n.text);
    expect(texts({ type: 'AnnotationPage', items })).toEqual(all);
    expect(texts(items)).toEqual(all);
    expect(texts(items[2])).toEqual([all[2]]);
    expect(texts({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: items.slice(0, 2), next: { type: 'AnnotationPage', items: items.slice(2) } } })).toEqual(all);
  });

  it('warns about what it could not keep, and places a note without a time at 0:00', () => {
    const result = read([
      { type: 'Annotation', id: 'x:1', body: [{ type: 'TextualBody', value: 'a' }, { type: 'TextualBody', value: 'b', purpose: 'describing' }, { type: 'TextualBody', value: 'maybe', purpose: 'assessing' }, 'https://example.org/image.png'], target: 'https://www.youtube.com/watch?v=zFeAtV7AN0A' },
    ]);
    expect(notesOf(result)[0]).toMatchObject({ start: 0, end: null, text: 'a\n\nb', stance: null });
    expect(result.ok && result.warnings).toEqual([
      'item 1 (x:1): body[2].value: stance "maybe" is not agree, question or disagree: ignored',
      'item 1 (x:1): body[3]: "https://example.org/image.png" is not text: ignored',
      'item 1 (x:1): body: 2 text bodies joined into one note',
      'item 1 (x:1): target: no time in the target: the note is placed at 0:00',
    ]);
  });
});

describe('readAnnotations: refusing a file', () => {
  it('refuses the whole file when one item is bad, naming every bad item and field, and returns no notes', () => {
    const json = claimline();
    const items = json.first.items;
    (items[2]!['target'] as { selector: { value: string } }).selector.value = 't=abc';
    (items[4]!['target'] as { source: string }).source = 'https://vimeo.com/76979871';
    const result = read(json);
    expect(result).toEqual({
      ok: false,
      errors: [
        { item: 3, id: items[2]!['id'], field: 'target.selector.value', message: '"t=abc" is not a media fragment t=START[,END]' },
        { item: 5, id: items[4]!['id'], field: 'target.source', message: '"https://vimeo.com/76979871" is not a YouTube video' },
      ],
    });
    expect('notes' in result).toBe(false);
    if (!result.ok) {
      expect(describeProblem(result.errors[0]!)).toBe(
        'item 3 (urn:uuid:3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f): target.selector.value: "t=abc" is not a media fragment t=START[,END]',
      );
    }
  });

  it('names the field for times beyond 24 hours, an end before the start, unknown motivations and purposes, bad dates', () => {
    const target = (value: string) => ({ source: 'https://www.youtube.com/watch?v=zFeAtV7AN0A', selector: { type: 'FragmentSelector', value } });
    const result = read([
      { type: 'Annotation', id: 'a', bodyValue: 'x', target: target('t=90000') },
      { type: 'Annotation', id: 'b', bodyValue: 'x', target: target('t=20,10') },
      { type: 'Annotation', id: 'c', motivation: 'liking', bodyValue: 'x', target: target('t=1') },
      { type: 'Annotation', id: 'd', body: { type: 'TextualBody', value: 'x', purpose: 'shouting' }, target: target('t=1') },
      { type: 'Annotation', id: 'e', bodyValue: 'x', target: target('t=1'), created: 'yesterday' },
      { type: 'Annotation', id: 'f', bodyValue: 42, target: target('t=1') },
      { type: 'Annotation', id: 'g', body: [{ id: 'urn:claimline:claim:Y4wMksHyMFg:t00-03-43', purpose: 'linking' }], target: target('t=1') },
      { type: 'Annotation', id: 'h', bodyValue: 'x' },
      { type: 'Annotation', id: 'i', bodyValue: 'x', target: [{ source: 'https://example.org/a' }, 'https://example.org/b'] },
      { type: 'Annotation', id: 'a', bodyValue: 'again', target: target('t=2') },
      { type: 'Annotation', id: 'j', bodyValue: 'x', target: target('t=1'), body: { type: 'TextualBody', value: 'tag'.repeat(40), purpose: 'tagging' } },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(describeProblem)).toEqual([
      'item 1 (a): target.selector.value: "t=90000" is beyond 24 hours',
      'item 2 (b): target.selector.value: "t=20,10": the end is before the start',
      'item 3 (c): motivation: "liking" is not a Web Annotation motivation',
      'item 4 (d): body.purpose: "shouting" is not a Web Annotation purpose',
      'item 5 (e): created: "yesterday" is not a date-time',
      'item 6 (f): bodyValue: expected text, got a number',
      'item 7 (g): body[0].id: links a claim of video Y4wMksHyMFg, but the target is video zFeAtV7AN0A',
      'item 8 (h): target: missing: an annotation needs a target (the YouTube video)',
      'item 9 (i): target: none of the 2 targets is a YouTube video',
      'item 10 (a): id: the same note as item 1',
      'item 11 (j): body.value: a tag is at most 100 characters',
    ]);
  });

  it('explains files that are not Web Annotations at all', () => {
    const problems = (json: unknown) => {
      const result = read(json);
      return result.ok ? [] : result.errors.map(describeProblem);
    };
    expect(problems(42)).toEqual(['(file): expected a Web Annotation file (a JSON object or array), got a number']);
    expect(problems(null)).toEqual(['(file): expected a Web Annotation file (a JSON object or array), got null']);
    expect(problems({})).toEqual(['type: missing: expected "Annotation", "AnnotationPage" or "AnnotationCollection" (a W3C Web Annotation file)']);
    expect(problems({ '@context': 'https://schema.org', '@type': 'Person', name: 'Judea Pearl' })).toEqual([
      'type: "Person" is not a Web Annotation (expected Annotation, AnnotationPage or AnnotationCollection)',
    ]);
    expect(problems({ type: 'AnnotationCollection', first: 'https://example.org/page1' })).toEqual([
      'first: the first page is given by reference only: export the collection with its items embedded',
    ]);
    expect(problems({ type: 'AnnotationPage', items: 'none' })).toEqual(['items: expected the page\'s annotations, got "none"']);
    expect(problems(['not an annotation'])).toEqual(['item 1: (annotation): expected an Annotation object, got "not an annotation"']);
  });

  it('lists at most 20 problems, the last saying how many more there were', () => {
    const bad = Array.from({ length: 30 }, (_, i) => ({ type: 'Annotation', id: `n${i}`, bodyValue: 'x', target: 'https://example.org/' }));
    const result = read(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(20);
    expect(result.errors[18]).toMatchObject({ item: 19, field: 'target' });
    expect(result.errors[19]).toEqual({ item: null, id: null, field: '(file)', message: '11 more problems not listed' });
  });

  it('reads an empty backup as no notes', () => {
    expect(read(notesToAnnotations([], { label: 'Empty', exportedAt: EXPORTED_AT }))).toEqual({ ok: true, notes: [], warnings: [] });
    expect(NOTES.length).toBeGreaterThan(0);
  });
});

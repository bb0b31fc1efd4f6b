/** Notes as W3C Web Annotations, and back: the shapes other tools read, and an exact round trip. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteToAnnotation, notesToAnnotations } from '../../../src/core/export/annotations';
import { exportFiles } from '../../../src/core/export/files';
import { formatSeconds, parseMediaFragment } from '../../../src/core/export/media-fragment';
import { stableUuid } from '../../../src/core/export/stable-uuid';
import { asClaimId, asNoteId, asVideoId } from '../../../src/core/ids';
import { readAnnotations } from '../../../src/core/import/annotations';
import { MAX_NOTE_LENGTH, readNote, STANCES, visibleNotes, type Note } from '../../../src/core/note';
import { EXPORTED_AT, NOTES, workshopInput, WORKSHOP } from './fixture';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'export');
const NOW = new Date('2025-06-01T00:00:00.000Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * What the Web Annotation model and Claimline's use of it require: a small
 * validator, so that a change of shape fails here with the path at fault.
 */
function structuralProblems(json: unknown): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, path: string, what: string) => {
    if (!ok) problems.push(`${path}: ${what}`);
  };
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!obj(json)) return ['(root): not an object'];
  check(json['@context'] === 'http://www.w3.org/ns/anno.jsonld', '@context', 'the annotation context');
  check(typeof json['id'] === 'string' && /^urn:uuid:/.test(json['id']), 'id', 'a urn:uuid IRI');
  check(json['type'] === 'AnnotationCollection', 'type', 'AnnotationCollection');
  check(typeof json['label'] === 'string' && json['label'] !== '', 'label', 'a label');
  check(typeof json['generated'] === 'string' && ISO.test(json['generated']), 'generated', 'an ISO date-time');
  const first = json['first'];
  if (!obj(first) || first['type'] !== 'AnnotationPage' || !Array.isArray(first['items'])) return [...problems, 'first: an embedded AnnotationPage with items'];
  check(json['total'] === first['items'].length, 'total', 'the number of items');
  first['items'].forEach((item: unknown, i: number) => {
    const at = `first.items[${i}]`;
    if (!obj(item)) return problems.push(`${at}: not an object`);
    check(typeof item['id'] === 'string' && UUID.test(String(item['id']).replace(/^urn:uuid:/, '')) && String(item['id']).startsWith('urn:uuid:'), `${at}.id`, 'urn:uuid:<uuid>');
    check(item['type'] === 'Annotation', `${at}.type`, 'Annotation');
    check(item['motivation'] === 'commenting' || item['motivation'] === 'assessing', `${at}.motivation`, 'commenting or assessing');
    check(typeof item['created'] === 'string' && ISO.test(item['created']), `${at}.created`, 'ISO');
    check(typeof item['modified'] === 'string' && ISO.test(item['modified']), `${at}.modified`, 'ISO');
    const body = item['body'];
    if (!Array.isArray(body) || body.length === 0) return problems.push(`${at}.body: a non-empty array`);
    const [text, ...rest] = body as unknown[];
    check(obj(text) && text['type'] === 'TextualBody' && typeof text['value'] === 'string' && text['format'] === 'text/markdown' && text['purpose'] === 'commenting', `${at}.body[0]`, 'the commenting text');
    let hasStance = false;
    rest.forEach((b, j) => {
      const bp = `${at}.body[${j + 1}]`;
      if (!obj(b)) return problems.push(`${bp}: not an object`);
      if (b['purpose'] === 'assessing') {
        hasStance = true;
        check(b['type'] === 'TextualBody' && STANCES.includes(b['value'] as never), bp, 'a stance');
      } else if (b['purpose'] === 'tagging') {
        check(b['type'] === 'TextualBody' && typeof b['value'] === 'string' && b['value'] !== '', bp, 'a tag');
      } else if (b['purpose'] === 'linking') {
        check(typeof b['id'] === 'string' && /^urn:claimline:claim:[\w-]{11}:.+/.test(b['id']), bp, 'a claim IRI');
      } else {
        problems.push(`${bp}: unexpected purpose ${String(b['purpose'])}`);
      }
    });
    check((item['motivation'] === 'assessing') === hasStance, `${at}.motivation`, 'assessing exactly when there is a stance');
    const target = item['target'];
    if (!obj(target)) return problems.push(`${at}.target: an object`);
    check(typeof target['source'] === 'string' && /^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/.test(target['source']), `${at}.target.source`, 'a watch URL');
    check(target['type'] === 'Video', `${at}.target.type`, 'Video');
    const selector = target['selector'];
    check(
      obj(selector) &&
        selector['type'] === 'FragmentSelector' &&
        selector['conformsTo'] === 'http://www.w3.org/TR/media-frags/' &&
        typeof selector['value'] === 'string' &&
        /^t=\d+(\.\d+)?(,\d+(\.\d+)?)?$/.test(selector['value']),
      `${at}.target.selector`,
      'a media fragment t=START[,END]',
    );
    return undefined;
  });
  return problems;
}

const workshopNotes = () => visibleNotes(NOTES.filter((n) => n.videoId === WORKSHOP));
/** The order of a backup: by video, then as `visibleNotes`. */
const backupOrder = (notes: readonly Note[]) => visibleNotes(notes).sort((a, b) => (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0));

describe('notesToAnnotations', () => {
  it('matches the reviewed file for the workshop talk', () => {
    const [file] = exportFiles([workshopInput], 'annotations');
    expect(file?.name).toBe('causal-inference-models-and-ai-workshops-zFeAtV7AN0A.jsonld');
    expect(file?.content).toBe(readFileSync(join(FIXTURES, file?.name ?? ''), 'utf8'));
  });

  it('has the Web Annotation shapes', () => {
    const json = JSON.parse(readFileSync(join(FIXTURES, 'causal-inference-models-and-ai-workshops-zFeAtV7AN0A.jsonld'), 'utf8'));
    expect(structuralProblems(json)).toEqual([]);
    expect(json.total).toBe(7);
    expect(JSON.stringify(json)).not.toContain('must not appear');
  });

  it('writes a stance, tags and the claim link as bodies, and the moment as a media fragment', () => {
    const [disagree] = NOTES;
    expect(noteToAnnotation(disagree!)).toEqual({
      id: 'urn:uuid:5b0c6a4e-2f1d-4c3b-9a8e-7d6c5b4a3f21',
      type: 'Annotation',
      motivation: 'assessing',
      created: '2025-02-20T18:04:11.000Z',
      modified: '2025-02-21T07:15:00.000Z',
      body: [
        { type: 'TextualBody', value: 'Benchmarks built from textbook examples are memorised, not reasoned about.', format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'disagree', purpose: 'assessing' },
        { type: 'TextualBody', value: 'benchmarks', purpose: 'tagging' },
        { type: 'TextualBody', value: 'causal discovery', purpose: 'tagging' },
        { id: 'urn:claimline:claim:zFeAtV7AN0A:t12-41-00', purpose: 'linking' },
      ],
      target: {
        source: 'https://www.youtube.com/watch?v=zFeAtV7AN0A',
        type: 'Video',
        selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 't=765.5' },
      },
    });
    const ranged = NOTES.find((n) => n.end !== null);
    expect(noteToAnnotation(ranged!).target.selector.value).toBe('t=1237.25,1262.5');
  });

  it('gives one collection one id, derived from its content, unless one is given', () => {
    const a = notesToAnnotations(NOTES, { label: 'x', exportedAt: EXPORTED_AT });
    const b = notesToAnnotations([...NOTES].reverse(), { label: 'x', exportedAt: new Date() });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(notesToAnnotations(NOTES, { label: 'y', exportedAt: EXPORTED_AT }).id).not.toBe(a.id);
    expect(notesToAnnotations(NOTES, { label: 'x', exportedAt: EXPORTED_AT, id: 'urn:uuid:given' }).id).toBe('urn:uuid:given');
  });

  it('formats seconds with up to three decimals, and every digit only when three would change the time', () => {
    expect(formatSeconds(754)).toBe('754');
    expect(formatSeconds(754.5)).toBe('754.5');
    expect(formatSeconds(754.125)).toBe('754.125');
    expect(formatSeconds(0)).toBe('0');
    expect(formatSeconds(754.3829105)).toBe('754.3829105');
    expect(formatSeconds(1e-7)).toBe('0.0000001');
    expect(Number(formatSeconds(1.5e-7))).toBe(1.5e-7);
  });

  it('reads the media fragment forms', () => {
    expect(parseMediaFragment('t=10,20')).toEqual({ start: 10, end: 20 });
    expect(parseMediaFragment('t=npt:10.5')).toEqual({ start: 10.5, end: null });
    expect(parseMediaFragment('t=,20')).toEqual({ start: 0, end: 20 });
    expect(parseMediaFragment('#t=npt:0:12:34.5,1:02:03')).toEqual({ start: 754.5, end: 3723 });
    expect(parseMediaFragment('xywh=1,2,3,4&t=12:34')).toEqual({ start: 754, end: null });
    for (const bad of ['t=abc', 't=1,2,3', 't=smpte:00:01:00', 't=1:75', 'xywh=1,2,3,4', 't=10,']) expect(parseMediaFragment(bad)).toBeNull();
  });
});

describe('round trip: notes → annotations → JSON → readAnnotations', () => {
  const roundTrip = (notes: readonly Note[]) => {
    const text = JSON.stringify(notesToAnnotations(notes, { label: 'Backup', exportedAt: EXPORTED_AT }));
    return readAnnotations(JSON.parse(text), { now: NOW });
  };

  it('gives back every visible note of the fixture exactly, without warnings', () => {
    const result = roundTrip(NOTES);
    expect(result).toEqual({ ok: true, notes: backupOrder(NOTES), warnings: [] });
  });

  it('gives back generated notes exactly: any text, tags, stances, times and ends', () => {
    const seconds = fc.oneof(
      fc.integer({ min: 0, max: 86_400_000 }).map((ms) => ms / 1000),
      fc.double({ min: 0, max: 86_400, noNaN: true, noDefaultInfinity: true }),
    );
    const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    const note = fc
      .record({
        id: fc.uuid({ version: 4 }),
        videoId: fc.constantFrom('zFeAtV7AN0A', 'Y4wMksHyMFg', 'sljBU_HFnFs', 'a-_0123456Z'),
        start: seconds,
        length: fc.option(seconds, { nil: null }),
        claimId: fc.option(fc.oneof(fc.constantFrom('t12-41-00', 't00-03-43_2'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })), { nil: null }),
        text: fc.string({ unit: 'grapheme', maxLength: 300 }),
        stance: fc.constantFrom(null, ...STANCES),
        tags: fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((t) => t.trim().replace(/^#+/, '').trim() === t && t !== ''), { maxLength: 6, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
        createdAt: date,
        updatedAt: date,
      })
      .map(({ length, start, ...rest }): Note => ({
        ...rest,
        id: asNoteId(rest.id),
        videoId: asVideoId(rest.videoId),
        claimId: rest.claimId === null ? null : asClaimId(rest.claimId),
        start,
        end: length === null ? null : Math.min(86_400, start + length),
        deletedAt: null,
      }))
      .filter((n) => readNote(n).ok);
    fc.assert(
      fc.property(fc.uniqueArray(note, { maxLength: 8, selector: (n) => n.id }), (notes) => {
        const result = roundTrip(notes);
        expect(result).toEqual({ ok: true, notes: backupOrder(notes), warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves deleted notes out of the file', () => {
    const result = roundTrip(NOTES);
    expect(result.ok && result.notes.some((n) => n.text.includes('must not appear'))).toBe(false);
  });

  it('refuses a text longer than the note limit, naming the field', () => {
    const long = { ...workshopNotes()[0]!, text: 'x'.repeat(MAX_NOTE_LENGTH) };
    const annotation = noteToAnnotation(long);
    annotation.body[0] = { type: 'TextualBody', value: 'x'.repeat(MAX_NOTE_LENGTH + 1), format: 'text/markdown', purpose: 'commenting' };
    const result = readAnnotations(annotation, { now: NOW });
    expect(result).toEqual({
      ok: false,
      errors: [{ item: 1, id: annotation.id, field: 'body[0].value', message: `is ${MAX_NOTE_LENGTH + 1} characters long; a note holds at most ${MAX_NOTE_LENGTH}` }],
    });
  });
});

describe('stableUuid', () => {
  it('is a UUID that depends only on its text', () => {
    expect(stableUuid('abc')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('abc')).toBe(stableUuid('abc'));
    expect(stableUuid('abc')).not.toBe(stableUuid('abd'));
    const many = new Set(Array.from({ length: 10_000 }, (_, i) => stableUuid(`https://hypothes.is/a/${i}`)));
    expect(many.size).toBe(10_000);
  });
});

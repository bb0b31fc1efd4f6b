/** WebVTT chapters and cues, checked as a player's parser would read them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../../../src/core/export/files';
import { chaptersVtt, cuesVtt, cueText } from '../../../src/core/export/vtt';
import { asNoteId } from '../../../src/core/ids';
import type { Note } from '../../../src/core/note';
import { bundleOf, corpus, NOTES, workshopInput, WORKSHOP } from './fixture';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'export');
const TIME = /^(\d{2}):([0-5]\d):([0-5]\d)\.(\d{3})$/;

interface ParsedCue {
  id: string;
  start: number;
  end: number;
  text: string;
}

/** A strict reading of the file: header, blocks separated by one blank line, each cue id / timing / text. */
function parseVtt(file: string): ParsedCue[] {
  expect(file.endsWith('\n')).toBe(true);
  const blocks = file.trimEnd().split('\n\n');
  expect(blocks[0]).toBe('WEBVTT');
  const cues: ParsedCue[] = [];
  for (const block of blocks.slice(1)) {
    if (block.startsWith('NOTE ')) {
      expect(block).not.toContain('-->');
      continue;
    }
    const [id = '', timing = '', ...text] = block.split('\n');
    expect(id).not.toContain('-->');
    const [from = '', arrow, to = ''] = timing.split(' ');
    expect(arrow).toBe('-->');
    const seconds = (t: string) => {
      const m = TIME.exec(t);
      expect(m, `time ${t} in ${id}`).not.toBeNull();
      const [, h = '0', mm = '0', s = '0', ms = '0'] = m ?? [];
      return Number(h) * 3600 + Number(mm) * 60 + Number(s) + Number(ms) / 1000;
    };
    expect(text.length).toBeGreaterThan(0);
    for (const line of text) {
      expect(line.trim()).not.toBe('');
      expect(line).not.toContain('-->');
      expect(line).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
    }
    cues.push({ id, start: seconds(from), end: seconds(to), text: text.join('\n') });
  }
  return cues;
}

function expectWellFormed(cues: readonly ParsedCue[]) {
  expect(new Set(cues.map((c) => c.id)).size).toBe(cues.length);
  cues.forEach((cue, i) => {
    expect(cue.end, cue.id).toBeGreaterThan(cue.start);
    if (i > 0) expect(cue.start).toBeGreaterThanOrEqual(cues[i - 1]!.start);
  });
}

describe('chaptersVtt', () => {
  it('matches the reviewed file for the workshop talk', () => {
    const file = exportFiles([workshopInput], 'vtt').find((f) => f.name.endsWith('.chapters.vtt'));
    expect(file?.name).toBe('causal-inference-models-and-ai-workshops-zFeAtV7AN0A.chapters.vtt');
    expect(file?.content).toBe(readFileSync(join(FIXTURES, file?.name ?? ''), 'utf8'));
  });

  it('is well formed on every seed talk, one chapter per section run in time order', () => {
    for (const talk of corpus.talks) {
      const cues = parseVtt(chaptersVtt(talk));
      expectWellFormed(cues);
      // Chapters tile the talk: each ends where the next begins.
      cues.slice(1).forEach((cue, i) => expect(cues[i]!.end).toBe(cue.start));
      cues.slice(1).forEach((cue, i) => expect(cue.text).not.toBe(cues[i]!.text));
    }
  });

  it('starts a chapter again when a summary goes back in time to an earlier section', () => {
    const talk = bundleOf('sljBU_HFnFs').talk;
    const titles = parseVtt(chaptersVtt(talk)).map((c) => c.text);
    // [00:02:30] "Real-World Impact" is written after [00:04:17] in the same section:
    // in time order the section is unchanged, so there is no extra chapter for it.
    expect(titles.filter((t) => t === 'Causal Discovery with Adaptive Algorithms › Key Aspects')).toHaveLength(1);
    expect(titles[0]).toBe('Large language models and causality');
  });

  it('ends the last chapter at the video\'s duration when known, else 30 s after the last claim', () => {
    const talk = bundleOf('zFeAtV7AN0A').talk;
    expect(parseVtt(chaptersVtt(talk, 1900)).at(-1)).toMatchObject({ text: 'Future Outlook', start: 1790, end: 1900 });
    expect(parseVtt(chaptersVtt(talk)).at(-1)).toMatchObject({ start: 1790, end: 1840 });
    // A duration shorter than the summary (the wrong video): ignored rather than a backwards cue.
    expect(parseVtt(chaptersVtt(talk, 100)).at(-1)).toMatchObject({ end: 1840 });
  });
});

describe('cuesVtt', () => {
  const file = cuesVtt(workshopInput.bundle.talk, workshopInput.notes);
  const cues = parseVtt(file);

  it('matches the reviewed file for the workshop talk and its notes', () => {
    const named = exportFiles([workshopInput], 'vtt').find((f) => f.name.endsWith('.cues.vtt'));
    expect(named?.name).toBe('causal-inference-models-and-ai-workshops-zFeAtV7AN0A.cues.vtt');
    expect(named?.content).toBe(readFileSync(join(FIXTURES, named?.name ?? ''), 'utf8'));
  });

  it('has one cue per claim and per visible note of this talk, sorted by start, each ending after it starts', () => {
    expectWellFormed(cues);
    expect(cues.filter((c) => c.id.startsWith('claim-'))).toHaveLength(workshopInput.bundle.talk.claims.length);
    expect(cues.filter((c) => c.id.startsWith('note-'))).toHaveLength(7);
    expect(file).not.toContain('must not appear');
    expect(file).not.toContain('On the other talk');
  });

  it('writes notes with their stance, text and tags, escaped', () => {
    expect(cues.find((c) => c.id === 'note-5b0c6a4e-2f1d-4c3b-9a8e-7d6c5b4a3f21')).toEqual({
      id: 'note-5b0c6a4e-2f1d-4c3b-9a8e-7d6c5b4a3f21',
      start: 765.5,
      end: 785,
      text: 'Note (disagree): Benchmarks built from textbook examples are memorised, not reasoned about. #benchmarks #causal-discovery',
    });
    expect(cues.find((c) => c.id === 'note-6e5d4c3b-2a19-4f8e-9d7c-6b5a4f3e2d1c')?.text).toBe(
      "Note: Synthetic data &lt;script&gt;alert('x')&lt;/script&gt; is not the problem --&gt; curation is.",
    );
    expect(cues.find((c) => c.id === 'note-9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a')).toMatchObject({ start: 1237.25, end: 1262.5 });
    // The multi-line note keeps its lines but loses its blank ones.
    expect(cues.find((c) => c.id === 'note-0e7f3c2a-8b9d-4e1f-a2c3-d4e5f6a7b8c9')?.text.split('\n')).toHaveLength(4);
  });

  it('labels claims, and ends the last claim at the duration or 30 s on', () => {
    const talk = bundleOf('sljBU_HFnFs').talk;
    const labelled = talk.claims.find((c) => c.label !== null)!;
    expect(parseVtt(cuesVtt(talk, [])).find((c) => c.id === `claim-${labelled.id}`)?.text).toBe(`${labelled.label}: ${labelled.text}`);
    const workshop = workshopInput.bundle.talk;
    expect(cues.find((c) => c.id === 'claim-t30-10-00')).toMatchObject({ start: 1810, end: 1840 });
    expect(parseVtt(cuesVtt(workshop, [], 1830)).find((c) => c.id === 'claim-t30-10-00')).toMatchObject({ end: 1830 });
  });

  it('stays well formed whatever the notes say and wherever they are', () => {
    const talk = workshopInput.bundle.talk;
    const note = fc.record({
      start: fc.double({ min: 0, max: 3000, noNaN: true }),
      length: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
      text: fc.string({ unit: 'grapheme', maxLength: 80 }),
      stance: fc.constantFrom(null, 'agree' as const),
      tags: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(note, { maxLength: 6 }), (drafts) => {
        const notes: Note[] = drafts.map((d, i) => ({
          ...NOTES[0]!,
          id: asNoteId(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
          videoId: WORKSHOP,
          start: d.start,
          end: d.length === null ? null : d.start + d.length,
          text: d.text,
          stance: d.stance,
          tags: d.tags,
        }));
        expectWellFormed(parseVtt(cuesVtt(talk, notes)));
      }),
      { numRuns: 100 },
    );
  });

  it('escapes cue text', () => {
    expect(cueText('a & b <c> --> d\n\n\ne\r\nf')).toBe('a &amp; b &lt;c&gt; --&gt; d\ne\nf');
    expect(cueText('  \n ')).toBe('…');
  });
});

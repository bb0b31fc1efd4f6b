/**
 * The export fixture: the seed corpus compiled as the extension compiles it,
 * and a handful of hand-written notes on "Causal inference models and AI
 * workshops" (zFeAtV7AN0A) that touch every case the formats must handle.
 */
import { compileCorpus } from '../../../src/core/corpus';
import { asClaimId, asNoteId, asVideoId } from '../../../src/core/ids';
import type { Note } from '../../../src/core/note';
import { talkBundle, type TalkBundle } from '../../../src/core/talk-bundle';
import type { ExportInput } from '../../../src/core/export/input';
import { seedDocuments } from '../seeds';

export const corpus = compileCorpus(seedDocuments);

export function bundleOf(videoId: string): TalkBundle {
  const bundle = talkBundle(corpus, asVideoId(videoId));
  if (!bundle) throw new Error(`no talk ${videoId} in the seeds`);
  return bundle;
}

export const WORKSHOP = asVideoId('zFeAtV7AN0A');
export const EXPORTED_AT = new Date('2025-03-01T09:30:00.000Z');

function note(fields: Partial<Note> & Pick<Note, 'id' | 'start' | 'text' | 'createdAt'>): Note {
  return {
    videoId: WORKSHOP,
    end: null,
    claimId: null,
    stance: null,
    tags: [],
    updatedAt: fields.createdAt,
    deletedAt: null,
    ...fields,
  };
}

export const NOTES: Note[] = [
  // A stance and tags (one with a space, which note apps cannot take as is).
  note({
    id: asNoteId('5b0c6a4e-2f1d-4c3b-9a8e-7d6c5b4a3f21'),
    start: 765.5,
    claimId: asClaimId('t12-41-00'),
    text: 'Benchmarks built from textbook examples are memorised, not reasoned about.',
    stance: 'disagree',
    tags: ['benchmarks', 'causal discovery'],
    createdAt: '2025-02-20T18:04:11.000Z',
    updatedAt: '2025-02-21T07:15:00.000Z',
  }),
  // Several lines of the viewer's own Markdown: a list, emphasis, a quote.
  note({
    id: asNoteId('0e7f3c2a-8b9d-4e1f-a2c3-d4e5f6a7b8c9'),
    start: 488.2,
    claimId: asClaimId('t08-06-00'),
    text: 'Pearl\'s "who cares?" is the point:\n\n- behaviour is what we can *test*\n- a world model is what we **want**\n\n> generalisation under local perturbations',
    stance: 'question',
    tags: ['pearl'],
    createdAt: '2025-02-20T17:51:40.000Z',
  }),
  // No claim: sits at its time. 28:20 is spoken during [28:18:00], which the
  // summary writes after [28:50:00] in the same paragraph.
  note({
    id: asNoteId('a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'),
    start: 1700,
    text: 'Check the survey numbers against the slides.',
    tags: ['todo'],
    createdAt: '2025-02-20T18:30:02.000Z',
  }),
  // No claim, before the first claim: goes to the top.
  note({
    id: asNoteId('f0e1d2c3-b4a5-4968-8776-655443322110'),
    start: 12,
    text: 'Intro music until 1:23.',
    createdAt: '2025-02-20T17:40:00.000Z',
  }),
  // A claim this talk no longer has (the summary was edited): sits at its time too.
  note({
    id: asNoteId('3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'),
    start: 600,
    claimId: asClaimId('t09-99-00'),
    text: 'Meta-science: is this the "+1" pillar or a separate idea?',
    createdAt: '2025-02-20T17:59:00.000Z',
  }),
  // An end: a note about a stretch of the talk, with fractional times.
  note({
    id: asNoteId('9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a'),
    start: 1237.25,
    end: 1262.5,
    claimId: asClaimId('t20-37-00'),
    text: 'ARC: GPT-4 at 25% & humans far above. 2 < 3 is still true.',
    stance: 'agree',
    createdAt: '2025-02-20T18:20:00.000Z',
  }),
  // Markup that must not run anywhere it is shown.
  note({
    id: asNoteId('6e5d4c3b-2a19-4f8e-9d7c-6b5a4f3e2d1c'),
    start: 1513,
    claimId: asClaimId('t25-12-00'),
    text: "Synthetic data <script>alert('x')</script> is not the problem --> curation is.",
    createdAt: '2025-02-20T18:25:00.000Z',
  }),
  // Deleted: a tombstone, never exported.
  note({
    id: asNoteId('7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918'),
    start: 290,
    claimId: asClaimId('t04-47-00'),
    text: 'Deleted: this must not appear anywhere.',
    createdAt: '2025-02-20T17:45:00.000Z',
    updatedAt: '2025-02-20T17:46:00.000Z',
    deletedAt: '2025-02-20T17:46:00.000Z',
  }),
  // Another talk's note: not part of this talk's export.
  note({
    id: asNoteId('2b3c4d5e-6f70-4182-9394-a5b6c7d8e9f0'),
    videoId: asVideoId('Y4wMksHyMFg'),
    start: 223,
    text: 'On the other talk.',
    createdAt: '2025-02-19T10:00:00.000Z',
  }),
];

export const workshopInput: ExportInput = { bundle: bundleOf('zFeAtV7AN0A'), notes: NOTES, exportedAt: EXPORTED_AT };

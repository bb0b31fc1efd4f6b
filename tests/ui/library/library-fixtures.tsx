/**
 * Library props from the real seed documents (compiled with `compileCorpus`,
 * cut with `talkBundle`), hand-made notes, and a harness that renders the
 * page with every callback recorded and lets a test change props as the
 * controller would.
 */
import { render } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { compileCorpus } from '../../../src/core/corpus';
import { asVideoId, type RefKey, type VideoId } from '../../../src/core/ids';
import type { BibEntry } from '../../../src/core/model';
import type { Note } from '../../../src/core/note';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { talkBundle, talkSummary } from '../../../src/core/talk-bundle';
import type { ConceptIndexEntry, LibraryProps, LibraryTalk, Moment, ReferenceIndexEntry } from '../../../src/ui/library/library-props';
import { LibraryApp } from '../../../src/ui/library/LibraryApp';
import { seedDocuments } from '../../core/seeds';
// Also registers Testing Library's cleanup after each test.
import { TALK } from '../fixtures';

export { editorState, id, note, noteItem, TALK } from '../fixtures';

export const corpus = compileCorpus(seedDocuments);
/** Seed 002, "Causal inference models and AI workshops": 52 claims, 5 cited papers. */
export const BUNDLE = talkBundle(corpus, TALK)!;
/** Seed 003, treated as imported in these tests. */
export const IMPORTED = asVideoId('Vz5n5SamDAc');
/** Seed 000. */
export const NEVER_WATCHED = asVideoId('Y4wMksHyMFg');

/** The clock of every test: 2026-11-23, noon UTC. */
export const NOW = Date.parse('2026-11-23T12:00:00.000Z');

/** Every seed talk as the talk list shows it: 002 watched three days ago to 12:34 of 30:00, 003 imported. */
export function libraryTalks(): LibraryTalk[] {
  return corpus.talks.map((talk) => {
    const summary = talkSummary(talk, corpus.bibliography);
    const base: LibraryTalk = {
      videoId: talk.videoId,
      title: talk.title,
      claims: summary.claims,
      notes: 0,
      papers: summary.papers,
      concepts: summary.concepts,
      origin: 'bundled',
      importedAt: null,
      lastWatched: null,
      position: null,
      duration: null,
    };
    if (talk.videoId === TALK) return { ...base, notes: 3, lastWatched: '2026-11-20T09:30:00.000Z', position: 754, duration: 1800 };
    if (talk.videoId === IMPORTED) return { ...base, origin: 'imported', importedAt: '2026-11-01T08:00:00.000Z', lastWatched: '2026-11-23T11:00:00.000Z', position: 60, duration: null };
    return base;
  });
}

const momentOf = (videoId: VideoId, start: number, claimText: string): Moment => ({
  videoId,
  talkTitle: corpus.talks.find((t) => t.videoId === videoId)?.title ?? videoId,
  start,
  text: claimText,
});

const claimText = (videoId: VideoId, claimId: string) =>
  corpus.talks.find((t) => t.videoId === videoId)?.claims.find((c) => c.id === claimId)?.text ?? '';

/** The concept index the controller would build from the corpus. */
export function conceptIndex(): ConceptIndexEntry[] {
  return corpus.concepts.map((concept) => ({
    key: concept.key,
    label: concept.label,
    moments: concept.mentions.map((m) => momentOf(m.videoId, m.start, claimText(m.videoId, m.claimId))),
  }));
}

/** The reference index: every cited paper with the moments of every talk that cite it. */
export function referenceIndex(): ReferenceIndexEntry[] {
  const entries = new Map<RefKey, { paper: BibEntry; moments: Moment[] }>();
  for (const talk of corpus.talks) {
    const bundle = talkBundle(corpus, talk.videoId)!;
    for (const paper of bundle.papers) {
      const entry = entries.get(paper.key) ?? { paper, moments: [] };
      for (const claimId of paper.claims) {
        const claim = talk.claims.find((c) => c.id === claimId)!;
        entry.moments.push(momentOf(talk.videoId, claim.start, claim.text));
      }
      entries.set(paper.key, entry);
    }
  }
  return [...entries].map(([key, entry]) => ({ key, ...entry }));
}

export function handlers() {
  return {
    onNavigate: vi.fn<LibraryProps['onNavigate']>(),
    onQuery: vi.fn<LibraryProps['onQuery']>(),
    onOpenAt: vi.fn<LibraryProps['onOpenAt']>(),
    onExport: vi.fn<LibraryProps['onExport']>(),
    onBackup: vi.fn<LibraryProps['onBackup']>(),
    onImportFiles: vi.fn<LibraryProps['onImportFiles']>(),
    onRemoveTalk: vi.fn<LibraryProps['onRemoveTalk']>(),
    onSettingsChange: vi.fn<LibraryProps['onSettingsChange']>(),
    onEditNote: vi.fn<LibraryProps['onEditNote']>(),
    onDeleteNote: vi.fn<LibraryProps['onDeleteNote']>(),
    onDraftChange: vi.fn<LibraryProps['onDraftChange']>(),
    onSaveNote: vi.fn<LibraryProps['onSaveNote']>(),
    onCancelNote: vi.fn<LibraryProps['onCancelNote']>(),
  };
}

/** The talk page's data for seed 002 with `notes`. */
export function talkData(notes: readonly Note[] = []): NonNullable<LibraryProps['talk']> {
  return { bundle: BUNDLE, notes, origin: 'bundled' };
}

/** Renders the library as the controller would; `update` changes props (a re-render, state kept). */
export function renderLibrary(overrides: Partial<LibraryProps> = {}) {
  const calls = handlers();
  let props: LibraryProps = {
    route: { page: 'talks' },
    talks: libraryTalks(),
    talk: null,
    editor: null,
    query: '',
    results: [],
    searchReady: true,
    concepts: conceptIndex(),
    references: referenceIndex(),
    settings: DEFAULT_SETTINGS,
    busy: false,
    messages: [],
    status: null,
    ...calls,
    ...overrides,
  };
  const result = render(<LibraryApp {...props} />);
  const update = (change: Partial<LibraryProps>) =>
    act(() => {
      props = { ...props, ...change };
      result.rerender(<LibraryApp {...props} />);
    });
  return { ...result, handlers: calls, update, props: () => props };
}

/** The element of a `data-action`, failing loudly when absent. */
export function action(root: ParentNode, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-action="${name}"]`);
  if (!found) throw new Error(`no [data-action="${name}"]`);
  return found;
}

/** The talk list's row of a video. */
export function row(root: ParentNode, videoId: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`li[data-video-id="${videoId}"]`);
  if (!found) throw new Error(`no row for ${videoId}`);
  return found;
}

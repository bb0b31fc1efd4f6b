/**
 * Panel props from the real seed talk 002 (via `parseTalk`), with a few
 * hand-made papers and concepts in the shapes of `talk-bundle.ts`, and a
 * harness that plays the controller: it keeps `view`, `collapsed` and
 * `activeId` as state and records every callback.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, vi } from 'vitest';
import { asClaimId, asConceptKey, asNoteId, asRefKey, asVideoId, type ClaimId } from '../../src/core/ids';
import type { BibEntry, Claim, ReferenceLink } from '../../src/core/model';
import type { Note } from '../../src/core/note';
import { parseTalk } from '../../src/core/parse-talk';
import type { BundledConcept, CitedPaper } from '../../src/core/talk-bundle';
import { Panel } from '../../src/ui/Panel';
import type { NoteEditorState, PanelProps } from '../../src/ui/panel-props';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const SEED = 'seeds/002_a67646a8fad18075.txt';

export function seedTalk() {
  const source = readFileSync(join(import.meta.dirname, '..', '..', SEED), 'utf8');
  const { talk } = parseTalk(SEED, source);
  if (!talk) throw new Error(`${SEED} did not parse`);
  return talk;
}

export const id = asClaimId;

const entry = (fields: Partial<BibEntry> & Pick<BibEntry, 'key' | 'number' | 'title' | 'authors'>): BibEntry => ({
  year: null,
  venue: '',
  url: null,
  line: 1,
  ...fields,
});

/** From the workshop's bibliography (seed 004), as `parseBibliography` reads it. */
export const VASHISHTHA = entry({
  key: asRefKey('vashishtha2023causal'),
  number: 10,
  authors: ['Aniket Vashishtha', 'Abbavaram Gowtham Reddy', 'Abhinav Kumar', 'Saketh Bachu', 'Vineeth N Balasubramanian', 'Amit Sharma'],
  title: 'Causal inference using LLM-guided discovery',
  year: 2023,
  venue: 'arXiv preprint arXiv:2310.15117',
  url: 'https://arxiv.org/abs/2310.15117',
});
export const YANG = entry({
  key: asRefKey('yang2023critical'),
  number: 2,
  authors: ['Linying Yang', 'Oscar Clivio', 'Vik Shirvaikar', 'Fabian Falck'],
  title: 'A critical review of causal inference benchmarks for large language models',
  year: 2023,
  venue: 'AAAI 2024 Workshop',
});
export const ANWAR = entry({
  key: asRefKey('anwar2024foundational'),
  number: 3,
  authors: ['Usman Anwar', 'Abulhair Saparov', 'Javier Rando', 'Daniel Paleka', 'Miles Turpin', 'Peter Hase', 'Ekdeep Singh Lubana', 'Erik Jenner'],
  title: 'Foundational challenges in assuring alignment and safety of large language models',
  year: 2024,
  venue: 'arXiv preprint arXiv:2404.09932',
  url: 'https://arxiv.org/abs/2404.09932',
});
/** Hostile on purpose: a link that must never be rendered. */
export const HOSTILE = entry({
  key: asRefKey('mallory2024'),
  number: 31,
  authors: ['Eve Mallory'],
  title: 'Click me',
  year: 2024,
  url: 'javascript:alert(1)',
});
/** Linked with low confidence: not among the panel's papers, so never a chip. */
export const UNSURE = entry({ key: asRefKey('liu2024large'), number: 1, authors: ['Xiaoyu Liu'], title: 'A survey', year: 2024 });

const CITES: Record<string, BibEntry[]> = {
  't10-46-00': [VASHISHTHA],
  't12-41-00': [YANG, ANWAR],
  't13-05-00': [HOSTILE],
  't04-47-00': [UNSURE],
};

const link = (paper: BibEntry, confidence: number): ReferenceLink => ({
  key: paper.key,
  title: paper.title,
  confidence,
  evidence: 'test fixture',
});

export const OTHER_TALK = asVideoId('Y4wMksHyMFg');

/** The seed's claims with references added, and the papers and concepts a bundle would carry. */
export function fixture(): Pick<PanelProps, 'title' | 'claims' | 'papers' | 'concepts'> {
  const talk = seedTalk();
  const claims: Claim[] = talk.claims.map((claim) => {
    const cites = CITES[claim.id] ?? [];
    return cites.length ? { ...claim, references: cites.map((p) => link(p, p === UNSURE ? 0.3 : 0.9)) } : claim;
  });
  const papers: CitedPaper[] = [VASHISHTHA, YANG, ANWAR, HOSTILE].map((paper) => ({
    ...paper,
    claims: claims.filter((c) => c.references.some((r) => r.key === paper.key)).map((c) => c.id),
  }));
  const concepts = new Map<string, BundledConcept>();
  for (const claim of claims) {
    for (const ref of claim.concepts) {
      const concept = concepts.get(ref.key) ?? { key: ref.key, label: ref.label, claims: [], elsewhere: [] };
      concept.claims.push(claim.id);
      concepts.set(ref.key, concept);
    }
  }
  concepts.get('benchmarking_causal_reasoning_in_ai')?.elsewhere.push({
    videoId: OTHER_TALK,
    talkTitle: 'Causality and Large Language Models',
    claimId: asClaimId('t00-03-54'),
    start: 234,
    text: 'The paper introduced a dataset called "seather".',
  });
  return { title: talk.title, claims, papers, concepts: [...concepts.values()] };
}

export const BENCHMARKING = asConceptKey('benchmarking_causal_reasoning_in_ai');

/** Renders the panel the way the controller would drive it; `update` changes props as playback would. */
export function renderPanel(overrides: Partial<PanelProps> = {}) {
  const handlers = {
    onSeek: vi.fn<(claimId: ClaimId) => void>(),
    onOpenTalk: vi.fn<PanelProps['onOpenTalk']>(),
    onViewChange: vi.fn<PanelProps['onViewChange']>(),
    onCollapsedChange: vi.fn<PanelProps['onCollapsedChange']>(),
    onAddNote: vi.fn<PanelProps['onAddNote']>(),
    onEditNote: vi.fn<PanelProps['onEditNote']>(),
    onDeleteNote: vi.fn<PanelProps['onDeleteNote']>(),
    onUndoDelete: vi.fn<PanelProps['onUndoDelete']>(),
    onDraftChange: vi.fn<PanelProps['onDraftChange']>(),
    onSaveNote: vi.fn<PanelProps['onSaveNote']>(),
    onCancelNote: vi.fn<PanelProps['onCancelNote']>(),
    onSeekTime: vi.fn<PanelProps['onSeekTime']>(),
  };
  const initial: PanelProps = {
    ...fixture(),
    activeId: null,
    beyond: new Set(),
    notice: null,
    view: 'sections',
    followPlayback: true,
    collapsed: false,
    layout: 'side',
    theme: 'light',
    notes: [],
    editor: null,
    status: null,
    undo: null,
    ...handlers,
    ...overrides,
  };
  let patch: (change: Partial<PanelProps>) => void = () => {};
  function Controller() {
    const [props, setProps] = useState(initial);
    patch = (change) => setProps((current) => ({ ...current, ...change }));
    return (
      <Panel
        {...props}
        onViewChange={(view) => {
          handlers.onViewChange(view);
          patch({ view });
        }}
        onCollapsedChange={(collapsed) => {
          handlers.onCollapsedChange(collapsed);
          patch({ collapsed });
        }}
      />
    );
  }
  const result = render(<Controller />);
  return { ...result, props: initial, handlers, update: (change: Partial<PanelProps>) => act(() => patch(change)) };
}

/** The claim item of a claim id. */
export function item(container: ParentNode, claimId: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-claim-id="${claimId}"]`);
  if (!found) throw new Error(`no item for ${claimId}`);
  return found;
}

export const TALK = asVideoId('zFeAtV7AN0A');

/** A note on the seed talk; `n` makes its UUID. Times are seconds. */
export function note(n: number, fields: Partial<Omit<Note, 'id'>> = {}): Note {
  return {
    id: asNoteId(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`),
    videoId: TALK,
    start: 0,
    end: null,
    claimId: null,
    text: `Note ${n}`,
    stance: null,
    tags: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    deletedAt: null,
    ...fields,
  };
}

/** The editor as the controller opens it for a new note. */
export function editorState(fields: Partial<NoteEditorState> = {}): NoteEditorState {
  return { noteId: null, start: 0, claimId: null, text: '', stance: null, tags: '', saving: false, error: null, ...fields };
}

/** The note item of a note id. */
export function noteItem(container: ParentNode, noteId: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-note-id="${noteId}"]`);
  if (!found) throw new Error(`no note item for ${noteId}`);
  return found;
}

/**
 * What every note item and note editor needs besides its own note: the
 * claims a note can be attached to and the handlers. One object with a
 * stable identity, so that memoised claim and note items can take it as a
 * prop without re-rendering when the controller hands in new functions.
 */
import type { ClaimId, NoteId } from '../core/ids';
import type { Claim } from '../core/model';
import type { Stance } from '../core/note';
import { claimSnippet } from './paper-text';
import type { NoteDraftChange } from './panel-props';

/** The note callbacks of `PanelProps`. */
export interface NoteActions {
  onEditNote(id: NoteId): void;
  onDeleteNote(id: NoteId): void;
  onSeekTime(seconds: number): void;
  onDraftChange(change: NoteDraftChange): void;
  onSaveNote(): void;
  onCancelNote(): void;
}

export interface NoteKit {
  /** Every claim in time order: the editor's choice of claim. */
  claims: readonly Claim[];
  byId: ReadonlyMap<ClaimId, Claim>;
  actions: NoteActions;
}

/** How a stance reads on its badge and its toggle. */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  agree: 'Agree',
  question: 'Question',
  disagree: 'Disagree',
};

/** Actions that always call the current handlers of `source()`: stable, however often the controller renders. */
export function delegateNoteActions(source: () => NoteActions): NoteActions {
  return {
    onEditNote: (id) => source().onEditNote(id),
    onDeleteNote: (id) => source().onDeleteNote(id),
    onSeekTime: (seconds) => source().onSeekTime(seconds),
    onDraftChange: (change) => source().onDraftChange(change),
    onSaveNote: () => source().onSaveNote(),
    onCancelNote: () => source().onCancelNote(),
  };
}

/** "on “Dataset: The paper introduced…”" for a note's claim; null for no claim. */
export function onClaim(claimId: ClaimId | null, claims: ReadonlyMap<ClaimId, Claim>): string | null {
  if (claimId === null) return null;
  const claim = claims.get(claimId);
  return claim ? `on “${claimSnippet(claim, 48)}”` : 'on a claim no longer in this talk';
}

/**
 * Branded identifiers: plain strings at run time, distinct types at compile
 * time, so that a claim id can never be passed where a video id is expected.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A YouTube video id: exactly 11 characters of `[A-Za-z0-9_-]`. */
export type VideoId = Brand<string, 'VideoId'>;
/** A claim's id, stable across rebuilds and edits of the claim's text (see `claimIdFor`). */
export type ClaimId = Brand<string, 'ClaimId'>;
/** A concept's normalised key (see `conceptKey`). */
export type ConceptKey = Brand<string, 'ConceptKey'>;
/** A bibliography entry's citation key, `zecevic2023causal` style. */
export type RefKey = Brand<string, 'RefKey'>;
/** A note's id: a UUID. */
export type NoteId = Brand<string, 'NoteId'>;

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

export function isVideoId(value: unknown): value is VideoId {
  return typeof value === 'string' && VIDEO_ID.test(value);
}

/** Trusts the caller: use only on values already validated or produced by this codebase. */
export const asVideoId = (value: string) => value as VideoId;
export const asClaimId = (value: string) => value as ClaimId;
export const asConceptKey = (value: string) => value as ConceptKey;
export const asRefKey = (value: string) => value as RefKey;
export const asNoteId = (value: string) => value as NoteId;

/**
 * The talk model every part of Claimline reads: produced by the parser,
 * compiled into the extension at build time, never touched by the DOM.
 * All times are seconds.
 */
import type { ClaimId, ConceptKey, RefKey, VideoId } from './ids';
import type { Diagnostic } from './diagnostics';

/**
 * How a document writes its three-part timestamps (see `timestamp.ts`).
 * `mm:ss` means the document has only two-part markers.
 */
export type TimestampFormat = 'hh:mm:ss' | 'mm:ss:ff' | 'mm:ss';

/** A concept as one claim links it. */
export interface ConceptRef {
  /** Normalised key: case, spaces and underscores folded (`large_language_models_and_causality`). */
  key: ConceptKey;
  /** The concept's display name, from the link's target. */
  label: string;
}

/** A claim's link to a bibliography entry, found by `linkReferences`. */
export interface ReferenceLink {
  key: RefKey;
  title: string;
  /** How sure the linker is, in [0, 1]; the UI shows only links at or above `SHOWN_CONFIDENCE`. */
  confidence: number;
  /** What in the claim matched, in words (for the tooltip and for reviewing the linker). */
  evidence: string;
}

/** One timestamped statement of a talk: a span of text that ends with a timestamp marker. */
export interface Claim {
  /** Stable id derived from the marker as written (`t00-03-43`), see `claimIdFor`. */
  id: ClaimId;
  /** Start in seconds, in the document's timestamp format. */
  start: number;
  /** The next claim's start in time order, or null for the last claim (the end of the video). */
  end: number | null;
  /** Plain text without markup, wiki-link brackets, the lead-in label or the marker. */
  text: string;
  /** The bold lead-in of its bullet ("Dataset"), or null. */
  label: string | null;
  /** Heading path, outermost first. */
  section: string[];
  /** 1-based source position of the claim's first character. */
  line: number;
  column: number;
  /** The marker's digits as written (`00:03:43`), so the time can be read again in another format. */
  marker: string;
  concepts: ConceptRef[];
  references: ReferenceLink[];
}

/** A talk summary: a document with a `videoId`. */
export interface Talk {
  videoId: VideoId;
  title: string;
  /** The document's path as given to the parser. */
  file: string;
  timestampFormat: TimestampFormat;
  /** Why that format was chosen, in one sentence for the panel and the CLI. */
  timestampEvidence: string;
  /** Claims in document order; `claimsInTimeOrder` gives the playback order. */
  claims: Claim[];
}

/** One paper of the workshop bibliography. */
export interface BibEntry {
  key: RefKey;
  /** Its number in the source list (`[9]`). */
  number: number;
  authors: string[];
  title: string;
  year: number | null;
  venue: string;
  url: string | null;
  /** 1-based source position of the entry. */
  line: number;
}

/** Every claim, in every talk, that links one concept. */
export interface ConceptMention {
  videoId: VideoId;
  claimId: ClaimId;
  start: number;
}

export interface ConceptEntry {
  key: ConceptKey;
  label: string;
  mentions: ConceptMention[];
}

/** All documents of a folder, parsed and cross-linked. */
export interface Corpus {
  talks: Talk[];
  bibliography: BibEntry[];
  concepts: ConceptEntry[];
  diagnostics: Diagnostic[];
}

export type { ClaimId, ConceptKey, RefKey, VideoId };

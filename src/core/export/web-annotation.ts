/**
 * The part of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * that Claimline writes: a note is an Annotation on a YouTube video, its
 * moment a media-fragment selector, its text, stance and tags textual bodies,
 * its claim a linking body.
 */
import type { ClaimId, VideoId } from '../ids';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const MEDIA_FRAGMENTS_SPEC = 'http://www.w3.org/TR/media-frags/';
/** The IANA media type for Web Annotation JSON-LD (annotation-protocol §4). */
export const ANNOTATION_MIME = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

/** The note's own text (Markdown, as the viewer wrote it), its stance, or one of its tags. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  /** Only on the commenting body: the viewer writes Markdown. */
  format?: 'text/markdown';
  purpose: 'commenting' | 'assessing' | 'tagging';
}

/** The claim a note is attached to, as an IRI (see `claimIri`). */
export interface LinkingBody {
  id: string;
  purpose: 'linking';
  /** The claim's time and text (`rdfs:label` in the annotation context), for people reading the file in another tool. */
  label?: string;
}

export type AnnotationBody = TextualBody | LinkingBody;

/** The moment of a video a note is about. */
export interface VideoTarget {
  /** `https://www.youtube.com/watch?v=ID` */
  source: string;
  type: 'Video';
  selector: {
    type: 'FragmentSelector';
    conformsTo: typeof MEDIA_FRAGMENTS_SPEC;
    /** `t=START,END` or `t=START`, in seconds (see `formatMediaFragment`). */
    value: string;
  };
}

/** One note. */
export interface Annotation {
  /** `urn:uuid:<note id>` */
  id: string;
  type: 'Annotation';
  /** `assessing` when the note takes a stance, else `commenting`. */
  motivation: 'commenting' | 'assessing';
  /** The note's `createdAt`, as stored. */
  created: string;
  /** The note's `updatedAt`, as stored. */
  modified: string;
  /** The text first, then the stance, the tags and the claim link when present. */
  body: AnnotationBody[];
  target: VideoTarget;
}

export interface AnnotationPage {
  type: 'AnnotationPage';
  items: Annotation[];
}

/**
 * The format version of files Claimline writes, as the collection's
 * `generator` (the W3C model's "agent that generated the serialization").
 * A file from a later version with a higher number is refused on import
 * rather than half understood.
 */
export const FORMAT_VERSION = 1;
const GENERATOR_PREFIX = 'urn:claimline:format:';

export interface Generator {
  id: string;
  type: 'Software';
  name: 'Claimline';
}

export const GENERATOR: Generator = { id: `${GENERATOR_PREFIX}${FORMAT_VERSION}`, type: 'Software', name: 'Claimline' };

/** The Claimline format version a file declares, or null (not written by Claimline). */
export function formatVersionOf(generator: unknown): number | null {
  const id = typeof generator === 'object' && generator !== null ? (generator as { id?: unknown }).id : generator;
  if (typeof id !== 'string' || !id.startsWith(GENERATOR_PREFIX)) return null;
  const version = Number(id.slice(GENERATOR_PREFIX.length));
  return Number.isInteger(version) && version > 0 ? version : null;
}

/** A set of notes: one talk's export, or a backup of all of them (a single embedded page). */
export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  /** `urn:uuid:...` */
  id: string;
  type: 'AnnotationCollection';
  /** The talk's title, or what the backup is. */
  label: string;
  /** How many annotations `first.items` holds. */
  total: number;
  /** When the file was written (ISO 8601). */
  generated: string;
  /** Claimline and its format version. */
  generator: Generator;
  first: AnnotationPage;
}

const CLAIM_IRI = 'urn:claimline:claim:';

/** `urn:claimline:claim:zFeAtV7AN0A:t12-41-00`: a claim of a talk, stable across rebuilds (see `claimIdFor`). */
export function claimIri(videoId: VideoId, claimId: ClaimId): string {
  // Claim ids are `t00-03-43` style and pass through unchanged; anything
  // else a stored note might carry is percent-encoded so the IRI stays valid.
  return `${CLAIM_IRI}${videoId}:${encodeURIComponent(claimId)}`;
}

/** The video and claim of a `claimIri`, or null for any other IRI. */
export function readClaimIri(iri: string): { videoId: string; claimId: string } | null {
  if (!iri.startsWith(CLAIM_IRI)) return null;
  const rest = iri.slice(CLAIM_IRI.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return null;
  try {
    return { videoId: rest.slice(0, colon), claimId: decodeURIComponent(rest.slice(colon + 1)) };
  } catch {
    return null;
  }
}

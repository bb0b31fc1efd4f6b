/**
 * Notes as W3C Web Annotations: the format other annotation tools read, and
 * Claimline's backup. Every field of a note is written in a standard place so
 * that `readAnnotations` gives the same note back (see `import/annotations.ts`).
 */
import type { VideoId } from '../ids';
import type { Claim } from '../model';
import { visibleNotes, type Note } from '../note';
import { formatTime } from '../timestamp';
import { watchUrl } from '../youtube-url';
import { formatMediaFragment } from './media-fragment';
import { stableUuid } from './stable-uuid';
import {
  ANNOTATION_CONTEXT,
  GENERATOR,
  MEDIA_FRAGMENTS_SPEC,
  claimIri,
  type Annotation,
  type AnnotationBody,
  type AnnotationCollection,
  type LinkingBody,
} from './web-annotation';

export interface AnnotationOptions {
  /** The collection's label: the talk's title, or what the backup holds. */
  label: string;
  /** Written as `generated`. */
  exportedAt: Date;
  /** The collection's IRI; by default a `urn:uuid:` derived from the label and the notes, so one export written twice has one id. */
  id?: string;
  /** A video's claims, when known: claim links then carry the claim's time and text as a label for other tools. */
  claims?: (videoId: VideoId) => readonly Pick<Claim, 'id' | 'start' | 'text'>[] | undefined;
}

/** One (non-deleted) note as an Annotation. */
export function noteToAnnotation(note: Note, claims?: AnnotationOptions['claims']): Annotation {
  const body: AnnotationBody[] = [{ type: 'TextualBody', value: note.text, format: 'text/markdown', purpose: 'commenting' }];
  if (note.stance !== null) body.push({ type: 'TextualBody', value: note.stance, purpose: 'assessing' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (note.claimId !== null) {
    const claim = claims?.(note.videoId)?.find((c) => c.id === note.claimId);
    const link: LinkingBody = { id: claimIri(note.videoId, note.claimId), purpose: 'linking' };
    if (claim) link.label = `${formatTime(claim.start)} ${claim.text}`;
    body.push(link);
  }
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: note.stance === null ? 'commenting' : 'assessing',
    created: note.createdAt,
    modified: note.updatedAt,
    body,
    target: {
      source: watchUrl(note.videoId),
      type: 'Video',
      selector: {
        type: 'FragmentSelector',
        conformsTo: MEDIA_FRAGMENTS_SPEC,
        value: formatMediaFragment({ start: note.start, end: note.end }),
      },
    },
  };
}

/**
 * The visible notes as one AnnotationCollection with a single embedded page,
 * grouped by video and in time order within a video. Deleted notes are left out.
 */
export function notesToAnnotations(notes: readonly Note[], options: AnnotationOptions): AnnotationCollection {
  const ordered = visibleNotes(notes).sort((a, b) => (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0));
  const items = ordered.map((note) => noteToAnnotation(note, options.claims));
  const id = options.id ?? `urn:uuid:${stableUuid(`collection\n${options.label}\n${JSON.stringify(items)}`)}`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
    generated: options.exportedAt.toISOString(),
    generator: GENERATOR,
    first: { type: 'AnnotationPage', items },
  };
}

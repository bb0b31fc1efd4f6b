/** What the progress bar shows: a marker per claim (taller where a section starts) and per note. */
import type { Claim } from '../core/model';
import type { Note } from '../core/note';
import type { BarMarker } from '../youtube/progress-markers';

export function barMarkers(claims: readonly Claim[], notes: readonly Note[]): BarMarker[] {
  const markers: BarMarker[] = [];
  let previous = '';
  for (const claim of claims) {
    const path = claim.section.join('\u0000');
    markers.push({
      id: claim.id,
      start: claim.start,
      label: `${claim.label ? `${claim.label}: ` : ''}${claim.text}`.slice(0, 120),
      sectionStart: path !== previous,
      kind: 'claim',
    });
    previous = path;
  }
  for (const note of notes) {
    markers.push({ id: note.id, start: note.start, label: `Your note: ${note.text}`.slice(0, 120), sectionStart: false, kind: 'note' });
  }
  return markers;
}

/**
 * The documented JSON shape of a parsed talk (`npm run talks -- parse`, see
 * the README): claims in document order with their times, text, concepts and
 * references; the papers the talk cites; the concepts it shares with other talks.
 */
import type { BibEntry } from './model';
import type { TalkBundle } from './talk-bundle';

export function talkJson({ talk, papers, concepts }: TalkBundle) {
  return {
    videoId: talk.videoId,
    title: talk.title,
    timestampFormat: talk.timestampFormat,
    timestampEvidence: talk.timestampEvidence,
    claims: talk.claims.map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      text: c.text,
      label: c.label,
      section: c.section,
      line: c.line,
      column: c.column,
      concepts: c.concepts.map(({ key, label }) => ({ key, label })),
      references: c.references.map(({ key, title, confidence }) => ({ key, title, confidence })),
    })),
    references: papers.map(({ key, authors, title, year, venue, url, claims }) => ({
      key, authors, title, year, venue, url, claims,
    })),
    concepts: concepts.map(({ key, label, claims, elsewhere }) => ({
      key,
      label,
      claims,
      elsewhere: elsewhere.map(({ videoId, claimId, start }) => ({ videoId, claimId, start })),
    })),
  };
}

export function bibliographyJson(entries: readonly BibEntry[]) {
  return {
    bibliography: entries.map(({ key, authors, title, year, venue, url }) => ({ key, authors, title, year, venue, url })),
  };
}

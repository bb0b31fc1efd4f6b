/**
 * WebVTT (https://www.w3.org/TR/webvtt1/) for players and editors: the talk's
 * sections as chapters, and its claims and the viewer's notes as cues.
 */
import type { Claim, Talk } from '../model';
import { visibleNotes, type Note } from '../note';
import { claimsInTimeOrder } from '../timeline';
import { formatVttTime } from '../timestamp';
import { watchUrl } from '../youtube-url';
import { noteAppTag } from './note-tag';

/** How long the last cue lasts when neither its end nor the video's duration is known. */
export const TRAILING_SECONDS = 30;

interface Cue {
  id: string;
  start: number;
  end: number;
  text: string;
}

/**
 * One chapter per run of claims in one section, walking the claims in time
 * order (a summary that goes back in time gets a chapter again). The text is
 * the section path (`Key Presentations › Benchmarking`), or the talk's title
 * for claims outside any section. Each chapter ends where the next begins; the
 * last at `duration`, or at the last claim's end, or 30 s after its start.
 */
export function chaptersVtt(talk: Talk, duration?: number | null): string {
  const claims = claimsInTimeOrder(talk.claims);
  const chapters: { start: number; title: string }[] = [];
  let previous: string | null = null;
  for (const claim of claims) {
    const title = claim.section.length > 0 ? claim.section.join(' › ') : talk.title;
    if (title === previous) continue;
    previous = title;
    // Two sections starting at one moment: the first would last no time at all.
    if (chapters.at(-1)?.start === claim.start) chapters.pop();
    chapters.push({ start: claim.start, title });
  }
  const last = claims.at(-1);
  const cues = chapters.map((chapter, i): Cue => {
    const next = chapters[i + 1]?.start;
    const end = next ?? lastChapterEnd(chapter.start, duration, last);
    return { id: `chapter-${i + 1}`, start: chapter.start, end, text: chapter.title };
  });
  return vttFile(`Chapters of “${talk.title}” (${watchUrl(talk.videoId)}), from Claimline`, cues);
}

/**
 * One cue per claim (`Label: text`, start to end) and one per visible note
 * of this talk (`Note (agree): text #tags`), sorted by start (claims before
 * notes at one moment). A claim without an end lasts until the next later
 * claim, the video's end or 30 s; a note without one lasts as long as the
 * claim being spoken when it starts.
 */
export function cuesVtt(talk: Talk, notes: readonly Note[], duration?: number | null): string {
  const inTime = claimsInTimeOrder(talk.claims);
  const nextStartAfter = (time: number) => inTime.find((c) => c.start > time)?.start ?? null;
  const claimCues = inTime.map((claim): Cue => {
    const end = claim.end !== null && claim.end > claim.start ? claim.end : (nextStartAfter(claim.start) ?? finalEnd(claim.start, duration));
    return { id: `claim-${claim.id}`, start: claim.start, end, text: claimCueText(claim) };
  });
  const noteCues = visibleNotes(notes.filter((n) => n.videoId === talk.videoId)).map((note): Cue => {
    const end = note.end !== null && note.end > note.start ? note.end : (nextStartAfter(note.start) ?? finalEnd(note.start, duration));
    const stance = note.stance ? ` (${note.stance})` : '';
    const tags = note.tags.map(noteAppTag).filter(Boolean).map((tag) => `#${tag}`).join(' ');
    return { id: `note-${note.id}`, start: note.start, end, text: [`Note${stance}: ${note.text.trim()}`, tags].filter(Boolean).join(' ') };
  });
  // A stable sort: claims stay in time order, ahead of notes at the same moment.
  const cues = [...claimCues, ...noteCues].sort((a, b) => a.start - b.start);
  return vttFile(`Claims and notes of “${talk.title}” (${watchUrl(talk.videoId)}), from Claimline`, cues);
}

function claimCueText(claim: Pick<Claim, 'label' | 'text'>): string {
  return claim.label ? `${claim.label}: ${claim.text}` : claim.text;
}

/** Where a cue with nothing after it ends: the video's end if known (and later), else 30 s on. */
function finalEnd(start: number, duration: number | null | undefined): number {
  return duration != null && duration > start ? duration : start + TRAILING_SECONDS;
}

function lastChapterEnd(start: number, duration: number | null | undefined, last: Claim | undefined): number {
  if (duration != null && duration > start) return duration;
  const end = last ? (last.end ?? last.start + TRAILING_SECONDS) : start + TRAILING_SECONDS;
  return end > start ? end : start + TRAILING_SECONDS;
}

function vttFile(comment: string, cues: readonly Cue[]): string {
  const blocks = [`WEBVTT`, `NOTE ${cueText(comment)}`];
  for (const cue of cues) {
    const start = formatVttTime(cue.start);
    // Rounded to the millisecond, a very short cue could end where it starts.
    const end = formatVttTime(Math.max(cue.end, Math.round(cue.start * 1000) / 1000 + 0.001));
    blocks.push(`${cue.id}\n${start} --> ${end}\n${cueText(cue.text)}`);
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Cue text: `&`, `<` and `>` as entities (so `-->` cannot occur), no blank
 * line (it would end the cue), no empty text (a cue needs a line).
 */
export function cueText(text: string): string {
  const escaped = text
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
  return escaped === '' ? '…' : escaped;
}
